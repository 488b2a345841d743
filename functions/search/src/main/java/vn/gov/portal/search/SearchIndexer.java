package vn.gov.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Keeps the index current, called by the publish pipeline (articles) and the directives service.
 * Writes grow with the document's own distinct terms (its new postings, plus the old ones it no
 * longer has), never with the size of the archive.
 *
 * <p>Crash-safe order: the document's term list first holds the union of its old and new
 * postings, so a retry after any failure still knows every posting to clean up; then the
 * postings; then the term list with exactly the new ones; then what results show. A posting whose
 * document item is missing is never shown. Removal first marks the document removed (results skip
 * it from that moment), then deletes its postings, then its items. Concurrent indexers of one
 * document (two uploads of one slug) are serialized by the term list's version: a writer whose
 * list write finds another version starts again from that list, so the list always names every
 * posting of the document and the last writer's postings are the ones left.
 */
public final class SearchIndexer {

    private static final int MAX_ATTEMPTS = 8;
    private static final SearchStore.TermList NONE = new SearchStore.TermList(List.of(), 0);

    private final SearchStore store;

    public SearchIndexer(SearchStore store) {
        this.store = store;
    }

    /** What one call wrote, for tests and benchmarks. */
    public record Writes(int postingsWritten, int postingsDeleted) {}

    public Writes index(SearchDocument doc) {
        List<Posting> postings = DocumentTerms.of(doc);
        Set<String> entries = new LinkedHashSet<>();
        postings.forEach(p -> entries.add(p.listEntry()));
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (attempt > 0) {
                backOff(attempt);
            }
            SearchStore.TermList old = store.terms(doc.kind(), doc.id()).orElse(NONE);
            List<String> stale =
                    old.entries().stream().filter(t -> !entries.contains(t)).toList();
            long version = old.version();
            if (!stale.isEmpty()) {
                List<String> union = new ArrayList<>(stale);
                union.addAll(entries);
                if (!store.putTerms(doc.kind(), doc.id(), union, version++)) {
                    continue; // another indexer of this document wrote in between: start again from its list
                }
            }
            store.writePostings(doc.kind(), postings, stale);
            if (!store.putTerms(doc.kind(), doc.id(), List.copyOf(entries), version)) {
                continue; // the other writer's list may not name our postings yet: again, so it does
            }
            store.putDoc(new SearchStore.StoredDoc(
                    doc.kind(), doc.id(), doc.title(), doc.url(), doc.day().toString(), doc.snippetText(), false));
            return new Writes(postings.size(), stale.size());
        }
        throw new IllegalStateException(
                "The search index of " + doc.key() + " kept changing under concurrent updates; retry.");
    }

    /** Jittered, growing pauses, so two writers that collided do not collide again at once. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 20L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Removes a document from every result, at once; nothing happens for one that is not indexed. */
    public void remove(Kind kind, String id) {
        Optional<SearchStore.TermList> terms = store.terms(kind, id);
        if (terms.isEmpty()) {
            return;
        }
        store.markRemoved(kind, id);
        store.writePostings(kind, List.of(), terms.get().entries());
        store.deleteDoc(kind, id);
    }
}
