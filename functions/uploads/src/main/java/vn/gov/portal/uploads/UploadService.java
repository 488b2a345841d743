package vn.gov.portal.uploads;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.UploadKind;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.store.UploadsStore;
import vn.gov.portal.common.store.UploadsTable;
import vn.gov.portal.common.text.VietnameseText;

/**
 * Issues pre-signed PUT URLs: the server picks the key ({@code incoming/<uploadId>}; the filename
 * is only remembered), signs content type and length so S3 refuses anything else, and enforces
 * kinds and size limits before signing. Reports an upload's status afterwards.
 */
public final class UploadService {

    /** How long an upload URL lives: within the contract's 15 minutes. */
    public static final Duration URL_LIFETIME = Duration.ofMinutes(15);

    private static final Set<String> FIELDS = Set.of("kind", "filename", "contentType", "contentLength");

    private final UploadsStore uploads;
    private final S3Presigner presigner;
    private final String bucket;
    private final Clock clock;
    private final AuditTrail audit;

    public UploadService(UploadsStore uploads, S3Presigner presigner, String bucket, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.uploads = uploads;
        this.presigner = presigner;
        this.bucket = bucket;
        this.clock = clock;
    }

    /** The signed upload an editor receives. */
    public record SignedUpload(String uploadId, URL uploadUrl, Map<String, String> headers, Instant expiresAt) {}

    public SignedUpload create(Editor editor, Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        body.keySet().stream()
                .filter(k -> !FIELDS.contains(k))
                .sorted()
                .forEach(k -> errors.add(new FieldError(k, "is not a known field")));
        UploadKind kind = null;
        if (!(body.get("kind") instanceof String k) || UploadKind.fromWire(k).isEmpty()) {
            errors.add(new FieldError("kind", "must be one of article, attachment, image"));
        } else {
            kind = UploadKind.fromWire(k).get();
        }
        // control characters are checked before cleaning, which would turn CR/LF into a space
        String raw = body.get("filename") instanceof String f ? f : null;
        String filename = VietnameseText.clean(raw);
        if (filename == null
                || filename.isEmpty()
                || filename.length() > 200
                || raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            errors.add(new FieldError("filename", "must be 1 to 200 printable characters"));
        }
        String contentType =
                body.get("contentType") instanceof String t ? t.strip().toLowerCase(Locale.ROOT) : null;
        if (contentType == null) {
            errors.add(new FieldError("contentType", "is required"));
        } else if (kind != null && !kind.contentTypes().contains(contentType)) {
            errors.add(new FieldError(
                    "contentType",
                    "must be one of "
                            + String.join(
                                    ", ", kind.contentTypes().stream().sorted().toList()) + " for " + kind.wireName()));
        }
        long length = -1;
        // only Integer and Long: a BigInteger past 2^63 would wrap in longValue()
        if (!(body.get("contentLength") instanceof Number n)
                || !(n instanceof Integer || n instanceof Long)
                || n.longValue() < 1) {
            errors.add(new FieldError("contentLength", "must be a positive integer (bytes)"));
        } else {
            length = n.longValue();
            if (kind != null && length > kind.maxBytes()) {
                errors.add(new FieldError(
                        "contentLength", "must be at most " + kind.maxBytes() + " bytes for " + kind.wireName()));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }

        String uploadId = Ids.newId();
        String key = "incoming/" + uploadId;
        Instant now = clock.instant();
        uploads.createPending(UploadsTable.Upload.builder()
                .uploadId(uploadId)
                .kind(kind.wireName())
                .filename(filename)
                .contentType(contentType)
                .contentLength(length)
                .key(key)
                .createdAt(now)
                .requestedBy(editor)
                .build());
        audit.record(
                editor,
                "upload.request",
                "upload/" + uploadId,
                "accepted",
                Map.of("kind", kind.wireName(), "filename", filename));
        final long signedLength = length;
        PresignedPutObjectRequest presigned = presigner.presignPutObject(p -> p.signatureDuration(URL_LIFETIME)
                .putObjectRequest(
                        o -> o.bucket(bucket).key(key).contentType(contentType).contentLength(signedLength)));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Content-Length", Long.toString(length));
        return new SignedUpload(uploadId, presigned.url(), headers, presigned.expiration());
    }

    public UploadsTable.Upload status(String uploadId) {
        if (!Ids.isWellFormed(uploadId)) {
            throw new DomainException.NotFound("No upload " + uploadId + ".");
        }
        return uploads.get(uploadId).orElseThrow(() -> new DomainException.NotFound("No upload " + uploadId + "."));
    }
}
