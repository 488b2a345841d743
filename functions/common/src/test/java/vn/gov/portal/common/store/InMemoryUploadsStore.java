package vn.gov.portal.common.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import vn.gov.portal.common.FieldError;

/**
 * Uploads in memory with {@link UploadsTable}'s conditions (create never overwrites; a move only
 * from the status it leaves, atomically); remembers each item's expiry (the table's ttl).
 */
public final class InMemoryUploadsStore implements UploadsStore {

    private final Map<String, UploadsTable.Upload> items = new ConcurrentHashMap<>();
    private final Map<String, Instant> expiry = new ConcurrentHashMap<>();

    @Override
    public synchronized void create(UploadsTable.Upload upload, Instant expiresAt) {
        if (items.containsKey(upload.uploadId())) {
            throw new IllegalStateException("upload " + upload.uploadId() + " exists (attribute_not_exists(pk))");
        }
        items.put(
                upload.uploadId(),
                upload.toBuilder().status(UploadsTable.PENDING).build());
        expiry.put(upload.uploadId(), expiresAt);
    }

    @Override
    public Optional<UploadsTable.Upload> get(String uploadId) {
        return Optional.ofNullable(items.get(uploadId));
    }

    /** When the item expires (the table's ttl); empty once it is kept for good (published, rejected). */
    public Optional<Instant> expiresAt(String uploadId) {
        return Optional.ofNullable(expiry.get(uploadId));
    }

    @Override
    public synchronized void markImagePublished(String uploadId, String url, UploadsTable.ImageMeta meta) {
        settle(
                uploadId,
                UploadsTable.PUBLISHED,
                b -> b.errors(List.of()).url(url).image(meta));
    }

    @Override
    public synchronized void markPublished(String uploadId, String articleId, String url) {
        UploadsTable.Upload u = existing(uploadId);
        settle(
                uploadId,
                UploadsTable.PUBLISHED,
                b -> b.errors(List.of())
                        .articleId(articleId != null ? articleId : u.articleId())
                        .url(url != null ? url : u.url()));
    }

    @Override
    public synchronized void markRejected(String uploadId, List<FieldError> errors) {
        if (UploadsTable.PUBLISHED.equals(existing(uploadId).status())) {
            return; // a late duplicate of an event that already published
        }
        settle(uploadId, UploadsTable.REJECTED, b -> b.errors(errors));
    }

    @Override
    public boolean markDraft(String uploadId, UploadsTable.Preview preview) {
        return move(
                uploadId,
                UploadsTable.PENDING,
                UploadsTable.DRAFT,
                preview.expiresAt(),
                b -> b.errors(List.of()).preview(preview));
    }

    @Override
    public boolean approveDraft(String uploadId, Instant pendingUntil) {
        return move(
                uploadId,
                UploadsTable.DRAFT,
                UploadsTable.PENDING,
                pendingUntil,
                b -> b.preview(null).draftApproved(true));
    }

    @Override
    public boolean discardDraft(String uploadId, Instant keepUntil) {
        return move(uploadId, UploadsTable.DRAFT, UploadsTable.DISCARDED, keepUntil, b -> b.preview(null));
    }

    @Override
    public boolean markScheduled(String uploadId, Instant at) {
        return move(
                uploadId,
                UploadsTable.PENDING,
                UploadsTable.SCHEDULED,
                at.plus(Duration.ofDays(7)),
                b -> b.errors(List.of()).scheduledAt(at));
    }

    @Override
    public boolean releaseScheduled(String uploadId) {
        return move(uploadId, UploadsTable.SCHEDULED, UploadsTable.PENDING, null, b -> b.scheduleDue(true));
    }

    @Override
    public boolean cancelScheduled(String uploadId, Instant keepUntil) {
        return move(uploadId, UploadsTable.SCHEDULED, UploadsTable.DISCARDED, keepUntil, b -> b);
    }

    /**
     * {@code from → to} (with what {@code change} sets besides) only if the upload is in
     * {@code from}; a null {@code ttl} keeps the item's expiry.
     */
    private synchronized boolean move(
            String uploadId, String from, String to, Instant ttl, UnaryOperator<UploadsTable.Upload.Builder> change) {
        UploadsTable.Upload u = items.get(uploadId);
        if (u == null || !from.equals(u.status())) {
            return false;
        }
        items.put(uploadId, change.apply(u.toBuilder().status(to)).build());
        if (ttl != null) {
            expiry.put(uploadId, ttl);
        }
        return true;
    }

    /** An existing upload to its final {@code status} (with what {@code change} sets besides), kept for good. */
    private synchronized void settle(
            String uploadId, String status, UnaryOperator<UploadsTable.Upload.Builder> change) {
        items.put(
                uploadId,
                change.apply(existing(uploadId).toBuilder().status(status)).build());
        expiry.remove(uploadId);
    }

    private UploadsTable.Upload existing(String uploadId) {
        UploadsTable.Upload u = items.get(uploadId);
        if (u == null) {
            throw new IllegalStateException("no upload " + uploadId + " (attribute_exists(pk))");
        }
        return u;
    }
}
