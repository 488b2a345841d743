package vn.gov.portal.uploads;

import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uploadId", upload.uploadId());
        body.put("kind", upload.kind());
        body.put("status", upload.status());
        if (upload.articleId() != null) {
            body.put("articleId", upload.articleId());
        }
        if (upload.url() != null) {
            body.put("url", upload.url());
        }
        if (UploadsTable.SCHEDULED.equals(upload.status()) && upload.scheduledAt() != null) {
            body.put("scheduledAt", upload.scheduledAt().toString());
        }
        if (upload.preview() != null) { // a draft: its secret link, relative to the site like url
            body.put("previewUrl", "/api/uploads/" + upload.uploadId() + "/preview?token=" + upload.preview().token());
            body.put("previewExpiresAt", upload.preview().expiresAt().toString());
        }
        if (!upload.errors().isEmpty()) {
            body.put("errors", upload.errors().stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        }
        return ApiResponse.ok(body);
    }
}
