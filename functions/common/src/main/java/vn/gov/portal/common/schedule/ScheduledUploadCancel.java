package vn.gov.portal.common.schedule;

import java.time.Clock;
import java.util.Map;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.store.UploadsStore;
import vn.gov.portal.common.store.UploadsTable;

/**
 * Cancels a scheduled upload: {@code scheduled → discarded} (a conditional write: one that fired
 * meanwhile is left alone), its schedule deleted, {@code schedule.cancel} recorded. The one way an
 * editor's cancel, a superseding version and a takedown cancel a timed publication.
 */
public final class ScheduledUploadCancel {

    private final UploadsStore uploads;
    private final ScheduleStore schedules;
    private final AuditTrail audit;
    private final Clock clock;

    public ScheduledUploadCancel(UploadsStore uploads, ScheduleStore schedules, AuditTrail audit, Clock clock) {
        this.uploads = uploads;
        this.schedules = schedules;
        this.audit = audit;
        this.clock = clock;
    }

    /** False when the upload is not (or no longer) scheduled: nothing changed. */
    public boolean cancel(Editor editor, String uploadId, String outcome, Map<String, String> details) {
        if (!uploads.cancelScheduled(uploadId, clock.instant().plus(UploadsTable.PENDING_LIFETIME))) {
            return false;
        }
        schedules.cancelPublish(uploadId);
        audit.record(editor, "schedule.cancel", "upload/" + uploadId, outcome, details);
        return true;
    }
}
