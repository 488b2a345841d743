package vn.gov.portal.common.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the audit trail is kept: {@link AuditTable} (DynamoDB) in the functions; unit tests use an
 * in-memory one. Append-only: an entry is never changed or removed (only expired).
 */
public interface AuditStore {

    /** A page of entries, newest first; {@code itemsRead} is what the store read for it. */
    record Page(List<AuditEntry> items, String nextCursor, int itemsRead, int queries) {}

    /** Appends an entry that expires at {@code expiresAt}; an existing key is never overwritten. */
    void append(AuditEntry entry, Instant expiresAt);

    /**
     * Entries of Vietnam days {@code from..to} (inclusive), newest first, of one editor (by
     * subject) or of all; {@code cursor} continues a previous page of the same query (a cursor
     * the store did not give out for it is a 400 on {@code cursor}).
     */
    Page between(LocalDate from, LocalDate to, String editorSubject, int limit, String cursor);
}
