package vn.gov.portal.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesStore;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.directives.store.Relation;

/**
 * Directives in memory with {@link DirectivesTable}'s rules: the symbol (or title) and day copy
 * makes a registration idempotent and keeps the directive as registered; an attachment upload
 * belongs to one directive; a relation's target must still have the end day it was read with
 * (else 409), and gets the new end day and incoming entries in the same step. The list reads
 * (between, browse) are the emulator suites' concern.
 */
final class InMemoryDirectivesStore implements DirectivesStore {

    private static final Comparator<Directive> NEWEST_FIRST = Comparator.comparing(Directive::issuedOn)
            .thenComparing(Directive::id)
            .reversed();

    private final Map<String, Directive> directives = new HashMap<>();
    private final Map<String, Directive> byDedup = new HashMap<>();
    private final Map<String, String> attachments = new HashMap<>();

    private static String dedup(String key, LocalDate issuedOn) {
        return key + "|" + issuedOn;
    }

    @Override
    public DirectivesTable.Saved insert(Directive d) {
        return insert(d, List.of());
    }

    @Override
    public synchronized DirectivesTable.Saved insert(Directive d, List<DirectivesTable.Target> targets) {
        Directive existing = byDedup.get(dedup(d.dedupKey(), d.issuedOn()));
        if (existing != null) {
            return new DirectivesTable.Saved(existing, false);
        }
        if (d.attachmentUploadId() != null && attachments.containsKey(d.attachmentUploadId())) {
            throw new DomainException.Conflict(
                    "This attachment upload belongs to another directive; upload the file again.");
        }
        checkUnchanged(targets, "A related document was changed or deleted meanwhile; retry.");
        directives.put(d.id(), d);
        byDedup.put(dedup(d.dedupKey(), d.issuedOn()), d);
        if (d.attachmentUploadId() != null) {
            attachments.put(d.attachmentUploadId(), d.id());
        }
        targets.forEach(this::apply);
        return new DirectivesTable.Saved(d, true);
    }

    @Override
    public boolean delete(Directive d) {
        return delete(d, List.of());
    }

    @Override
    public synchronized boolean delete(Directive d, List<DirectivesTable.Target> targets) {
        if (!directives.containsKey(d.id())) {
            return false;
        }
        checkUnchanged(targets, "A related document was changed meanwhile; retry.");
        directives.remove(d.id());
        Directive copy = byDedup.get(dedup(d.dedupKey(), d.issuedOn()));
        if (copy != null && copy.id().equals(d.id())) {
            byDedup.remove(dedup(d.dedupKey(), d.issuedOn()));
        }
        if (d.attachmentUploadId() != null) {
            attachments.remove(d.attachmentUploadId(), d.id());
        }
        targets.forEach(this::apply);
        return true;
    }

    private void checkUnchanged(List<DirectivesTable.Target> targets, String message) {
        for (DirectivesTable.Target t : targets) {
            Directive now = directives.get(t.directive().id());
            if (now == null || !Objects.equals(now.endsOn(), t.directive().endsOn())) {
                throw new DomainException.Conflict(message);
            }
        }
    }

    /** A target's new end day, its incoming entries appended and removed (positions in its incoming list). */
    private void apply(DirectivesTable.Target t) {
        Directive target = directives.get(t.directive().id());
        List<Relation> incoming = new ArrayList<>(target.incoming());
        t.removeAt().stream().sorted(Comparator.reverseOrder()).forEach(i -> incoming.remove((int) i));
        incoming.addAll(t.add());
        List<Relation> relations = new ArrayList<>(target.outgoing());
        relations.addAll(incoming);
        Directive changed = target.withRelations(relations);
        directives.put(target.id(), t.endsOnChanges() ? changed.withEndsOn(t.newEndsOn()) : changed);
    }

    @Override
    public synchronized Optional<Directive> get(String id) {
        return Optional.ofNullable(directives.get(id));
    }

    @Override
    public synchronized Optional<DirectivesTable.Full> full(String id) {
        return get(id).map(d -> new DirectivesTable.Full(d, d.incoming()));
    }

    @Override
    public synchronized Optional<Directive> byDedupKey(String dedupKey, LocalDate issuedOn) {
        return Optional.ofNullable(byDedup.get(dedup(dedupKey, issuedOn)));
    }

    @Override
    public synchronized Optional<String> attachmentOwner(String uploadId) {
        return Optional.ofNullable(attachments.get(uploadId));
    }

    @Override
    public synchronized List<Directive> latest(int n) {
        return directives.values().stream().sorted(NEWEST_FIRST).limit(n).toList();
    }

    @Override
    public List<Directive> bySymbolIfAny(String symbol) {
        return symbol == null ? List.of() : bySymbol(symbol);
    }

    @Override
    public synchronized List<Directive> bySymbol(String symbol) {
        String key = DirectivesTable.dedupKey(symbol, null);
        return byDedup.values().stream()
                .filter(d -> d.dedupKey().equals(key))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public DirectivesTable.Page between(
            LocalDate from, LocalDate to, String type, String issuer, int limit, String cursor) {
        throw new UnsupportedOperationException("date ranges are tested on the emulator (DirectiveListCostTest)");
    }

    @Override
    public DirectivesTable.Page browse(DirectivesTable.Filter f, int limit, String cursor) {
        throw new UnsupportedOperationException("browsing is tested on the emulator (DirectiveListCostTest)");
    }
}
