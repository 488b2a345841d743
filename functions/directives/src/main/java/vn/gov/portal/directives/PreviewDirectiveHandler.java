package vn.gov.portal.directives;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;
import vn.gov.portal.common.http.QueryParameters;

/**
 * POST /api/directives/preview (editor): the fields a registration would derive from the title
 * (type, symbol, number, issuer, unit, subject, issuer name). Reads and writes nothing.
 */
public final class PreviewDirectiveHandler extends ApiHandler {

    private final DirectiveService directives;

    public PreviewDirectiveHandler() {
        this(Env.system());
    }

    /** Takes the local stack's Env like every handler; the preview reads no configuration. */
    public PreviewDirectiveHandler(Env env) {
        this.directives = DirectivesModule.previewer();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Editors.require(request);
        QueryParameters.requireNone(request.queryParameters());
        return ApiResponse.json(200, directives.preview(request.jsonObject()));
    }
}
