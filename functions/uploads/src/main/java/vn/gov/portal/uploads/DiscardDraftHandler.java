package vn.gov.portal.uploads;

import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;

/** DELETE /api/uploads/{uploadId} (editor): discards a draft (its preview link stops working) or cancels a scheduled upload. */
public final class DiscardDraftHandler extends ApiHandler {

    private final Drafts drafts;

    public DiscardDraftHandler() {
        this(Env.system());
    }

    public DiscardDraftHandler(Env env) {
        this.drafts = UploadsModule.discarding(env);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var editor = Editors.identify(request);
        if (!request.queryParameters().isEmpty()) {
            throw new DomainException.Invalid("request", "takes no query parameters");
        }
        drafts.discard(editor, request.pathParameter("uploadId"));
        return ApiResponse.noContent();
    }
}
