package vn.gov.portal.common.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
        items.put(upload.uploadId(), with(upload, UploadsTable.PENDING, upload.errors(), null, null, null, false, null, false, null));
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
        UploadsTable.Upload u = existing(uploadId);
        items.put(uploadId, with(u, UploadsTable.PUBLISHED, List.of(), u.articleId(), url, u.preview(), u.draftApproved(),
                u.scheduledAt(), u.scheduleDue(), meta));
        expiry.remove(uploadId);
    }

    @Override
    public synchronized void markPublished(String uploadId, String articleId, String url) {
        UploadsTable.Upload u = existing(uploadId);
        items.put(uploadId, with(u, UploadsTable.PUBLISHED, List.of(), articleId != null ? articleId : u.articleId(),
                url != null ? url : u.url(), u.preview(), u.draftApproved(), u.scheduledAt(), u.scheduleDue(), u.image()));
        expiry.remove(uploadId);
    }

    @Override
    public synchronized void markRejected(String uploadId, List<FieldError> errors) {
        UploadsTable.Upload u = existing(uploadId);
        if (UploadsTable.PUBLISHED.equals(u.status())) {
            return; // a late duplicate of an event that already published
        }
        items.put(uploadId, with(u, UploadsTable.REJECTED, List.copyOf(errors), u.articleId(), u.url(), u.preview(),
                u.draftApproved(), u.scheduledAt(), u.scheduleDue(), u.image()));
        expiry.remove(uploadId);
    }

    @Override
    public boolean markDraft(String uploadId, UploadsTable.Preview preview) {
        return move(uploadId, UploadsTable.PENDING, UploadsTable.DRAFT, preview.expiresAt(), u -> with(u, UploadsTable.DRAFT,
                List.of(), u.articleId(), u.url(), preview, u.draftApproved(), u.scheduledAt(), u.scheduleDue(), u.image()));
    }

    @Override
    public boolean approveDraft(String uploadId, Instant pendingUntil) {
        return move(uploadId, UploadsTable.DRAFT, UploadsTable.PENDING, pendingUntil, u -> with(u, UploadsTable.PENDING,
                u.errors(), u.articleId(), u.url(), null, true, u.scheduledAt(), u.scheduleDue(), u.image()));
    }

    @Override
    public boolean discardDraft(String uploadId, Instant keepUntil) {
        return move(uploadId, UploadsTable.DRAFT, UploadsTable.DISCARDED, keepUntil, u -> with(u, UploadsTable.DISCARDED,
                u.errors(), u.articleId(), u.url(), null, u.draftApproved(), u.scheduledAt(), u.scheduleDue(), u.image()));
    }

    @Override
    public boolean markScheduled(String uploadId, Instant at) {
        return move(uploadId, UploadsTable.PENDING, UploadsTable.SCHEDULED, at.plus(java.time.Duration.ofDays(7)),
                u -> with(u, UploadsTable.SCHEDULED, List.of(), u.articleId(), u.url(), u.preview(), u.draftApproved(), at,
                        u.scheduleDue(), u.image()));
    }

    @Override
    public boolean releaseScheduled(String uploadId) {
        return move(uploadId, UploadsTable.SCHEDULED, UploadsTable.PENDING, null, u -> with(u, UploadsTable.PENDING,
                u.errors(), u.articleId(), u.url(), u.preview(), u.draftApproved(), u.scheduledAt(), true, u.image()));
    }

    @Override
    public boolean cancelScheduled(String uploadId, Instant keepUntil) {
        return move(uploadId, UploadsTable.SCHEDULED, UploadsTable.DISCARDED, keepUntil, u -> with(u, UploadsTable.DISCARDED,
                u.errors(), u.articleId(), u.url(), u.preview(), u.draftApproved(), u.scheduledAt(), u.scheduleDue(), u.image()));
    }

    /** {@code from → to} only if the upload is in {@code from}; a null {@code ttl} keeps the item's expiry. */
    private synchronized boolean move(String uploadId, String from, String to, Instant ttl,
                                      java.util.function.UnaryOperator<UploadsTable.Upload> change) {
        UploadsTable.Upload u = items.get(uploadId);
        if (u == null || !from.equals(u.status())) {
            return false;
        }
        items.put(uploadId, change.apply(u));
        if (ttl != null) {
            expiry.put(uploadId, ttl);
        }
        return true;
    }

    private UploadsTable.Upload existing(String uploadId) {
        UploadsTable.Upload u = items.get(uploadId);
        if (u == null) {
            throw new IllegalStateException("no upload " + uploadId + " (attribute_exists(pk))");
        }
        return u;
    }

    /** The one place an upload is rebuilt with what a write changes. */
    private static UploadsTable.Upload with(UploadsTable.Upload u, String status, List<FieldError> errors, String articleId,
                                            String url, UploadsTable.Preview preview, boolean draftApproved,
                                            Instant scheduledAt, boolean scheduleDue, UploadsTable.ImageMeta image) {
        return new UploadsTable.Upload(u.uploadId(), u.kind(), u.filename(), u.contentType(), u.contentLength(), u.key(), status,
                u.createdAt(), u.editor(), errors == null ? List.of() : errors, articleId, url, u.editorSubject(), u.editorEmail(),
                preview, draftApproved, scheduledAt, scheduleDue, image);
    }
}
