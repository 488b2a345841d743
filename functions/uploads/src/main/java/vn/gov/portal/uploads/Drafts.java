package vn.gov.portal.uploads;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.aws.UploadObjectStore;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.schedule.ScheduleStore;
import vn.gov.portal.common.schedule.ScheduledUploadCancel;
import vn.gov.portal.common.store.UploadsStore;
import vn.gov.portal.common.store.UploadsTable;

/**
 * What an editor does with a draft (an article uploaded with {@code draft: true}, which the
 * publish function rendered to {@code previews/<uploadId>.html} in the uploads bucket): look at
 * it through its secret, expiring preview link; publish it without uploading it again; or
 * discard it.
 *
 * <p>Publishing goes through the normal pipeline: the draft is approved in its item, then its
 * object is copied onto itself, which makes S3 send the same "object created" event the upload
 * did; the publish function sees an approved draft and publishes it like any upload.
 */
public final class Drafts {

    private final UploadsStore uploads;
    private final UploadObjectStore objects;
    private final Clock clock;
    private final AuditTrail audit;
    private final ScheduleStore schedules;

    /** @param schedules the scheduler, for cancelling scheduled uploads; null where the route never does */
    public Drafts(
            UploadsStore uploads, UploadObjectStore objects, Clock clock, AuditTrail audit, ScheduleStore schedules) {
        this.schedules = schedules;
        this.uploads = uploads;
        this.objects = objects;
        this.clock = clock;
        this.audit = audit;
    }

    /** The preview page, for whoever holds the draft's token while it lasts; 404 otherwise (never says which). */
    public String preview(String uploadId, String token) {
        DomainException.NotFound none = new DomainException.NotFound(
                "No preview here: the link is wrong, has expired, " + "or the draft was published or discarded.");
        if (!Ids.isWellFormed(uploadId) || token == null || token.length() > 200) {
            throw none;
        }
        UploadsTable.Upload upload = uploads.get(uploadId).orElseThrow(() -> none);
        UploadsTable.Preview preview = upload.preview();
        if (!UploadsTable.DRAFT.equals(upload.status())
                || preview == null
                || !clock.instant().isBefore(preview.expiresAt())
                || !MessageDigest.isEqual(
                        preview.token().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw none;
        }
        return objects.previewPage(uploadId).orElseThrow(() -> none);
    }

    /** Approves a draft and sends it through the publish pipeline again. */
    public void publish(Editor editor, String uploadId) {
        UploadsTable.Upload upload = draft(uploadId);
        if (!uploads.approveDraft(uploadId, clock.instant().plus(Duration.ofDays(1)))) {
            throw notADraft(uploadId);
        }
        objects.resend(upload.key(), upload.contentType());
        audit.record(editor, "draft.publish", "upload/" + uploadId, "accepted", Map.of("filename", upload.filename()));
    }

    /**
     * Throws a draft away (its preview stops working at once), or cancels a scheduled upload
     * before its time (its schedule is deleted; should it fire all the same, the upload is no
     * longer scheduled and nothing is published).
     */
    public void discard(Editor editor, String uploadId) {
        UploadsTable.Upload found = find(uploadId);
        if (UploadsTable.SCHEDULED.equals(found.status()) && schedules != null) {
            if (!new ScheduledUploadCancel(uploads, schedules, audit, clock)
                    .cancel(
                            editor,
                            uploadId,
                            "cancelled",
                            Map.of("filename", found.filename(), "scheduledAt", String.valueOf(found.scheduledAt())))) {
                throw notADraft(uploadId);
            }
            return;
        }
        if (!UploadsTable.DRAFT.equals(found.status())) {
            throw notADraft(uploadId);
        }
        UploadsTable.Upload upload = found;
        if (!uploads.discardDraft(uploadId, clock.instant().plus(Duration.ofDays(1)))) {
            throw notADraft(uploadId);
        }
        objects.deletePreview(uploadId);
        audit.record(editor, "draft.discard", "upload/" + uploadId, "discarded", Map.of("filename", upload.filename()));
    }

    private UploadsTable.Upload find(String uploadId) {
        if (!Ids.isWellFormed(uploadId)) {
            throw new DomainException.NotFound("No upload " + uploadId + ".");
        }
        return uploads.get(uploadId).orElseThrow(() -> new DomainException.NotFound("No upload " + uploadId + "."));
    }

    private UploadsTable.Upload draft(String uploadId) {
        UploadsTable.Upload upload = find(uploadId);
        if (!UploadsTable.DRAFT.equals(upload.status())) {
            throw notADraft(uploadId);
        }
        return upload;
    }

    private static DomainException.Conflict notADraft(String uploadId) {
        return new DomainException.Conflict(
                "Upload " + uploadId + " is not a draft or scheduled (any more): only a draft can be "
                        + "published, and a draft or a scheduled upload discarded.");
    }
}
