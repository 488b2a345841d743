package vn.gov.portal.common.schedule;

import java.time.Instant;
import vn.gov.portal.common.http.Editor;

/**
 * The one-time schedules of timed publication and expiry: {@link Schedules} (EventBridge
 * Scheduler) in the functions; unit tests use an in-memory one. Setting one that exists replaces
 * it; cancelling a missing one is not an error.
 */
public interface ScheduleStore {

    /** Publishes the upload at {@code at}. */
    void publishAt(String uploadId, Instant at);

    /** Unpublishes the article at {@code at}, in the name of the editor who set its expiry. */
    void unpublishAt(String articleId, Instant at, Editor editor);

    void cancelPublish(String uploadId);

    void cancelUnpublish(String articleId);
}
