package vn.gov.portal.directives;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;
import vn.gov.portal.directives.store.DirectivesTable;

/** POST /api/directives (editor): 201 with the new directive, 200 with the one already registered. */
public final class CreateDirectiveHandler extends ApiHandler {

    private final DirectiveService directives;

    public CreateDirectiveHandler() {
        this(Env.system());
    }

    public CreateDirectiveHandler(Env env) {
        this.directives = new DirectivesModule(env).service();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String editor = Editors.require(request);
        DirectiveQuery.requireNone(request.queryParameters());
        DirectivesTable.Saved saved = directives.create(editor, request.jsonObject());
        ApiResponse response = ApiResponse.json(saved.created() ? 201 : 200,
                DirectiveService.toJson(directives.full(saved.directive().id()), directives.today()));
        return response.withHeader("location", "/api/directives/" + saved.directive().id());
    }
}
