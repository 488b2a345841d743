package vn.gov.portal.uploads;

import java.util.List;
import java.util.Map;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.store.UploadsTable;

/** The upload routes' response bodies, as openapi.yaml shows them (field order included). */
public final class UploadResponses {

    private UploadResponses() {}

    /** {@code POST /api/uploads}: where and how to PUT the file. */
    public record Created(
            String uploadId, String uploadUrl, String method, Map<String, String> headers, String expiresAt) {

        static Created of(UploadService.SignedUpload signed) {
            return new Created(
                    signed.uploadId(),
                    signed.uploadUrl().toString(),
                    "PUT",
                    signed.headers(),
                    signed.expiresAt().toString());
        }
    }

    /**
     * {@code GET /api/uploads/{uploadId}}: what a state does not have is left out (an article and
     * its url once published, the time of a scheduled one, a draft's secret preview link relative to
     * the site like url, the reasons of a rejection).
     */
    public record Status(
            String uploadId,
            String kind,
            String status,
            String articleId,
            String url,
            String scheduledAt,
            String previewUrl,
            String previewExpiresAt,
            List<FieldError> errors)
            implements Json.OmitsNulls {

        static Status of(UploadsTable.Upload upload) {
            String scheduledAt = UploadsTable.SCHEDULED.equals(upload.status()) && upload.scheduledAt() != null
                    ? upload.scheduledAt().toString()
                    : null;
            UploadsTable.Preview preview = upload.preview();
            return new Status(
                    upload.uploadId(),
                    upload.kind(),
                    upload.status(),
                    upload.articleId(),
                    upload.url(),
                    scheduledAt,
                    preview == null ? null : "/api/uploads/" + upload.uploadId() + "/preview?token=" + preview.token(),
                    preview == null ? null : preview.expiresAt().toString(),
                    upload.errors().isEmpty() ? null : upload.errors());
        }
    }

    /** {@code POST /api/uploads/{uploadId}/publish}: the draft is queued for publishing. */
    public record Accepted(String uploadId, String status) {}
}
