package vn.gov.portal.common.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.store.Cursors;

/**
 * The audit trail in memory, ordered like {@link AuditTable} (Vietnam time, then id); a page reads
 * only the entries it returns. Its cursors are its own (the sort key of the last entry returned).
 */
public final class InMemoryAuditStore implements AuditStore {

    private final NavigableMap<String, AuditEntry> entries = new ConcurrentSkipListMap<>();

    @Override
    public void append(AuditEntry entry, Instant expiresAt) {
        if (entries.putIfAbsent(AuditTable.sortKey(entry.at(), entry.id()), entry) != null) {
            throw new IllegalStateException("audit entry " + entry.id() + " exists (attribute_not_exists(pk))");
        }
    }

    /** Every entry recorded, oldest first. */
    public List<AuditEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** The entries recorded with this action, oldest first. */
    public List<AuditEntry> entries(String action) {
        return entries.values().stream().filter(e -> e.action().equals(action)).toList();
    }

    @Override
    public Page between(LocalDate from, LocalDate to, String editorSubject, int limit, String cursor) {
        String high = to + "~";
        if (cursor != null) {
            Map<String, String> position = Cursors.decode(cursor);
            String after = position.get("k");
            if (position.size() != 1 || after == null || after.compareTo(from + "T") < 0 || after.compareTo(high) > 0) {
                throw new DomainException.Invalid("cursor", "does not belong to this query");
            }
            high = after;
        }
        List<String> keys = new ArrayList<>();
        for (var e : entries.subMap(from + "T", true, high, cursor == null)
                .descendingMap()
                .entrySet()) {
            if (editorSubject == null
                    || editorSubject.equals(e.getValue().editor().subject())) {
                keys.add(e.getKey());
                if (keys.size() == limit) {
                    break;
                }
            }
        }
        List<AuditEntry> items = keys.stream().map(entries::get).toList();
        boolean more = keys.size() == limit
                && entries.headMap(keys.getLast(), false).tailMap(from + "T", true).values().stream()
                        .anyMatch(e -> editorSubject == null
                                || editorSubject.equals(e.editor().subject()));
        return new Page(items, more ? Cursors.encode(Map.of("k", keys.getLast())) : null, items.size(), 1);
    }
}
