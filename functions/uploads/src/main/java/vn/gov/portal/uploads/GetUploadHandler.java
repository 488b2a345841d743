package vn.gov.portal.uploads;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;
import vn.gov.portal.common.store.UploadsTable;

/** GET /api/uploads/{uploadId} (editor): pending, draft (with its preview link), published, rejected (with reasons) or discarded. */
public final class GetUploadHandler extends ApiHandler {

    private final UploadService uploads;

    public GetUploadHandler() {
        this(Env.system());
    }

    public GetUploadHandler(Env env) {
        this.uploads = UploadsModule.reader(env);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Editors.require(request);
        UploadsTable.Upload upload = uploads.status(request.pathParameter("uploadId"));
        return ApiResponse.ok(UploadResponses.Status.of(upload));
    }
}
