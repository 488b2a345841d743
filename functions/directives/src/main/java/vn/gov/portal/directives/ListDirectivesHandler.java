package vn.gov.portal.directives;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;

/** GET /api/directives?latest=N | ?from=&to=[&type=][&issuer=] | ?symbol= | the list's filters (public). */
public final class ListDirectivesHandler extends ApiHandler {

    private final DirectiveService directives;

    public ListDirectivesHandler() {
        this(Env.system());
    }

    public ListDirectivesHandler(Env env) {
        this.directives = new DirectivesModule(env).reader();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        DirectiveService.Page page = directives.list(request.queryParameters());
        return ApiResponse.ok(DirectiveResponses.page(page, directives.today()))
                .withHeader("cache-control", "public, max-age=30");
    }
}
