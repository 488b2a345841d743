package vn.gov.portal.common.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.gov.portal.common.FieldError;

/**
 * Where uploads are kept: what the services need of {@link UploadsTable} (the DynamoDB one); unit
 * tests use an in-memory one with the same conditions. Every status move is conditional on the
 * status it leaves, so of two concurrent moves one wins and the other gets false.
 */
public interface UploadsStore {

    /** Stores a new pending upload (never overwrites one) that expires at {@code expiresAt} unless moved on. */
    void create(UploadsTable.Upload upload, Instant expiresAt);

    /** Stores a new pending upload that expires {@link UploadsTable#PENDING_LIFETIME} after its creation. */
    default void createPending(UploadsTable.Upload upload) {
        create(upload, upload.createdAt().plus(UploadsTable.PENDING_LIFETIME));
    }

    Optional<UploadsTable.Upload> get(String uploadId);

    /** Marks an image upload published with its size and variants; idempotent for a redelivered event. */
    void markImagePublished(String uploadId, String url, UploadsTable.ImageMeta meta);

    /** Marks an upload published; idempotent for a redelivered event. */
    void markPublished(String uploadId, String articleId, String url);

    /** Marks an upload rejected with the reasons, unless it was already published. */
    void markRejected(String uploadId, List<FieldError> errors);

    /** pending → draft with its preview; false when no longer pending. */
    boolean markDraft(String uploadId, UploadsTable.Preview preview);

    /** draft → pending, approved for publication, preview revoked; false when not a draft. */
    boolean approveDraft(String uploadId, Instant pendingUntil);

    /** draft → discarded, preview revoked; false when not a draft. */
    boolean discardDraft(String uploadId, Instant keepUntil);

    /** pending → scheduled at {@code at}; false when no longer pending. */
    boolean markScheduled(String uploadId, Instant at);

    /** scheduled → pending, due for publication; false for every firing after the first. */
    boolean releaseScheduled(String uploadId);

    /** scheduled → discarded; false when not scheduled. */
    boolean cancelScheduled(String uploadId, Instant keepUntil);
}
