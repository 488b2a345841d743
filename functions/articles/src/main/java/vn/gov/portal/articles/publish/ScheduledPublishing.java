package vn.gov.portal.articles.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.schedule.Schedules;
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

    private final UploadsTable uploads;
    private final Schedules schedules;
    private final Clock clock;
    private final AuditTrail audit;

    public ScheduledPublishing(UploadsTable uploads, Schedules schedules, Clock clock, AuditTrail audit) {
        this.uploads = uploads;
        this.schedules = schedules;
        this.clock = clock;
        this.audit = audit;
    }

    /** Whether an upload must wait for its time: not yet released by its schedule, and its time still ahead. */
    public boolean mustWait(UploadsTable.Upload upload, OffsetDateTime publishedAt) {
        return !upload.scheduleDue() && publishedAt.toInstant().isAfter(clock.instant().plus(GRACE));
    }

    /** Sets the schedule first, then the status: a crash between is redelivered and sets the same schedule again. */
    public void schedule(UploadsTable.Upload upload, OffsetDateTime publishedAt, String title) {
        Instant at = publishedAt.toInstant();
        schedules.publishAt(upload.uploadId(), at);
        audit.record(upload.requestedBy(), "upload.publish", "upload/" + upload.uploadId(), "scheduled",
                Map.of("scheduledAt", at.toString(), "title", title));
        uploads.markScheduled(upload.uploadId(), at);
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
