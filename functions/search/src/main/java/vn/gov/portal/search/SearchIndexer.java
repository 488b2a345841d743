package vn.gov.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the index current, called by the publish pipeline (articles) and the directives service.
 * Writes grow with the document's own distinct terms (its new postings, plus the old ones it no
 * longer has), never with the size of the archive.
 *
 * <p>Crash-safe order: the document item first lists the union of its old and new postings, so a
 * retry after any failure still knows every posting to clean up; then the postings; then the
 * document item with exactly the new ones. Removal first marks the document removed (results skip
 * it from that moment), then deletes its postings, then the item.
 */
public final class SearchIndexer {

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
        Optional<SearchStore.StoredDoc> old = store.doc(doc.kind(), doc.id());
        List<String> stale = new ArrayList<>();
        old.ifPresent(o -> o.terms().stream().filter(t -> !entries.contains(t)).forEach(stale::add));
        if (!stale.isEmpty()) {
            List<String> union = new ArrayList<>(stale);
            union.addAll(entries);
            store.putDoc(stored(doc, union, false));
        }
        store.writePostings(doc.kind(), postings, stale);
        store.putDoc(stored(doc, List.copyOf(entries), false));
        return new Writes(postings.size(), stale.size());
    }

    /** Removes a document from every result, at once; nothing happens for one that is not indexed. */
    public void remove(Kind kind, String id) {
        Optional<SearchStore.StoredDoc> old = store.doc(kind, id);
        if (old.isEmpty()) {
            return;
        }
        SearchStore.StoredDoc doc = old.get();
        store.putDoc(new SearchStore.StoredDoc(kind, id, doc.title(), doc.url(), doc.day(), doc.snippetText(), doc.terms(), true));
        store.writePostings(kind, List.of(), doc.terms());
        store.deleteDoc(kind, id);
    }

    private static SearchStore.StoredDoc stored(SearchDocument doc, List<String> terms, boolean removed) {
        return new SearchStore.StoredDoc(doc.kind(), doc.id(), doc.title(), doc.url(), doc.day().toString(),
                doc.snippetText(), terms, removed);
    }
}
