package vn.gov.portal.uploads;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.http.Editors;

/** POST /api/uploads (editor): a pre-signed PUT URL for one upload. */
public final class CreateUploadHandler extends ApiHandler {

    private final UploadService uploads;

    public CreateUploadHandler() {
        this(Env.system());
    }

    public CreateUploadHandler(Env env) {
        this.uploads = UploadsModule.service(env);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Editor editor = Editors.identify(request);
        UploadService.SignedUpload signed = uploads.create(editor, request.jsonObject());
        return ApiResponse.json(201, UploadResponses.Created.of(signed));
    }
}
