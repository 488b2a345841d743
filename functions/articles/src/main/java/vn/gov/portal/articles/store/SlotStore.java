package vn.gov.portal.articles.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which upload is scheduled for a slug on a Vietnam day: {@link ScheduledSlots} (DynamoDB) in the
 * functions; unit tests use an in-memory one.
 */
public interface SlotStore {

    /** Puts {@code uploadId} in the slot; returns the upload it held before, if another. */
    Optional<String> swap(LocalDate day, String slug, String uploadId);

    /** The upload the slot holds, if any. */
    Optional<String> get(LocalDate day, String slug);
}
