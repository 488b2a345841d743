package vn.gov.portal.uploads;

import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uploadId", signed.uploadId());
        body.put("uploadUrl", signed.uploadUrl().toString());
        body.put("method", "PUT");
        body.put("headers", signed.headers());
        body.put("expiresAt", signed.expiresAt().toString());
        return ApiResponse.json(201, body);
    }
}
