package vn.gov.portal.uploads;

import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;
import vn.gov.portal.common.store.UploadsTable;

/** POST /api/uploads/{uploadId}/publish (editor): a draft goes through the publish pipeline; 202, then poll the upload. */
public final class PublishDraftHandler extends ApiHandler {

    private final Drafts drafts;

    public PublishDraftHandler() {
        this(Env.system());
    }

    public PublishDraftHandler(Env env) {
        this.drafts = UploadsModule.drafts(env);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var editor = Editors.identify(request);
        if (!request.queryParameters().isEmpty() || request.bodySize() > 0) {
            throw new DomainException.Invalid("request", "takes no query parameters and no body");
        }
        String uploadId = request.pathParameter("uploadId");
        drafts.publish(editor, uploadId);
        return ApiResponse.json(202, new UploadResponses.Accepted(uploadId, UploadsTable.PENDING));
    }
}
