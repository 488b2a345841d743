package vn.gov.portal.articles.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import vn.gov.portal.articles.store.SlotStore;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.schedule.ScheduleStore;
import vn.gov.portal.common.schedule.ScheduledUploadCancel;
import vn.gov.portal.common.store.UploadsStore;
import vn.gov.portal.common.store.UploadsTable;

/**
 * Timed publication and expiry. An article whose {@code publishedAt} is still ahead is not
 * published: a one-time schedule is set for that instant and the upload reads {@code scheduled}
 * with {@code scheduledAt}; when it fires, the schedule consumer releases the upload (once, by a
 * conditional write) and publishes it through the same {@link UploadPublisher}. An article with
 * {@code expiresAt} gets an unpublish schedule, replaced or removed by every later version.
 */
public final class ScheduledPublishing {

    /** Closer than this to now is now: not worth a schedule. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private final UploadsStore uploads;
    private final ScheduleStore schedules;
    private final Clock clock;
    private final AuditTrail audit;
    private final SlotStore slots;
    private final ScheduledUploadCancel cancel;

    public ScheduledPublishing(
            UploadsStore uploads, ScheduleStore schedules, Clock clock, AuditTrail audit, SlotStore slots) {
        this.slots = slots;
        this.uploads = uploads;
        this.schedules = schedules;
        this.clock = clock;
        this.audit = audit;
        this.cancel = new ScheduledUploadCancel(uploads, schedules, audit, clock);
    }

    /** Whether an upload must wait for its time: not yet released by its schedule, and its time still ahead. */
    public boolean mustWait(UploadsTable.Upload upload, OffsetDateTime publishedAt) {
        return !upload.scheduleDue()
                && publishedAt.toInstant().isAfter(clock.instant().plus(GRACE));
    }

    /**
     * Sets the schedule first, then the status: a crash between is redelivered and sets the same
     * schedule again. A version of the same article (slug and Vietnam day) still scheduled is
     * replaced: its upload is cancelled (a conditional write: if it already fired, it stays
     * published and this version updates it at its own time) and its schedule deleted.
     */
    public void schedule(UploadsTable.Upload upload, OffsetDateTime publishedAt, String slug, String title) {
        Instant at = publishedAt.toInstant();
        schedules.publishAt(upload.uploadId(), at);
        audit.record(
                upload.requestedBy(),
                "upload.publish",
                "upload/" + upload.uploadId(),
                "scheduled",
                Map.of("scheduledAt", at.toString(), "title", title));
        uploads.markScheduled(upload.uploadId(), at);
        slots.swap(Dates.vietnamDay(publishedAt), slug, upload.uploadId())
                .ifPresent(replaced -> cancel.cancel(
                        upload.requestedBy(), replaced, "superseded", Map.of("replacedBy", upload.uploadId())));
    }

    /** The article's expiry as this version says: set (or moved) when given, removed when not. */
    public void expiry(String articleId, OffsetDateTime expiresAt, Editor editor) {
        if (expiresAt == null) {
            schedules.cancelUnpublish(articleId);
            return;
        }
        Instant soonest = clock.instant().plus(GRACE);
        Instant at = expiresAt.toInstant().isBefore(soonest) ? soonest : expiresAt.toInstant();
        schedules.unpublishAt(articleId, at, editor);
    }
}
