package vn.gov.portal.directives;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.QueryParameters;

/** GET /api/directives/{id} (public). */
public final class GetDirectiveHandler extends ApiHandler {

    private final DirectiveService directives;

    public GetDirectiveHandler() {
        this(Env.system());
    }

    public GetDirectiveHandler(Env env) {
        this.directives = new DirectivesModule(env).reader();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        QueryParameters.requireNone(request.queryParameters());
        return ApiResponse.ok(
                DirectiveResponses.Item.of(directives.full(request.pathParameter("id")), directives.today()));
    }
}
