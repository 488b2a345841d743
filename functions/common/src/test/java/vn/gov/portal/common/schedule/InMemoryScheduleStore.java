package vn.gov.portal.common.schedule;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.gov.portal.common.http.Editor;

/** The schedules in memory, by name ({@code publish-<uploadId>}, {@code unpublish-<articleId>}) like {@link Schedules}. */
public final class InMemoryScheduleStore implements ScheduleStore {

    private final Map<String, Instant> schedules = new TreeMap<>();

    @Override
    public synchronized void publishAt(String uploadId, Instant at) {
        schedules.put(Schedules.PUBLISH + "-" + uploadId, at);
    }

    @Override
    public synchronized void unpublishAt(String articleId, Instant at, Editor editor) {
        schedules.put(Schedules.UNPUBLISH + "-" + articleId, at);
    }

    @Override
    public synchronized void cancelPublish(String uploadId) {
        schedules.remove(Schedules.PUBLISH + "-" + uploadId);
    }

    @Override
    public synchronized void cancelUnpublish(String articleId) {
        schedules.remove(Schedules.UNPUBLISH + "-" + articleId);
    }

    /** When the schedule of this name fires; empty when there is none. */
    public synchronized Optional<Instant> at(String name) {
        return Optional.ofNullable(schedules.get(name));
    }

    /** Every schedule set, by name. */
    public synchronized Map<String, Instant> all() {
        return Map.copyOf(schedules);
    }
}
