package vn.gov.portal.directives;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;

/** DELETE /api/directives/{id} (editor): the directive, its index items and its published file. */
public final class DeleteDirectiveHandler extends ApiHandler {

    private final DirectiveService directives;

    public DeleteDirectiveHandler() {
        this(Env.system());
    }

    public DeleteDirectiveHandler(Env env) {
        this.directives = new DirectivesModule(env).service();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Editors.require(request);
        DirectiveQuery.requireNone(request.queryParameters());
        directives.delete(request.pathParameter("id"));
        return ApiResponse.noContent();
    }
}
