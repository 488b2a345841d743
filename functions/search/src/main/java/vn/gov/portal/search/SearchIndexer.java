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
 * <p>Crash-safe order: the document's term list first holds the union of its old and new
 * postings, so a retry after any failure still knows every posting to clean up; then the
 * postings; then the term list with exactly the new ones; then what results show. A posting whose
 * document item is missing is never shown. Removal first marks the document removed (results skip
 * it from that moment), then deletes its postings, then its items.
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
        List<String> stale = new ArrayList<>();
        store.terms(doc.kind(), doc.id()).ifPresent(old -> old.stream().filter(t -> !entries.contains(t)).forEach(stale::add));
        if (!stale.isEmpty()) {
            List<String> union = new ArrayList<>(stale);
            union.addAll(entries);
            store.putTerms(doc.kind(), doc.id(), union);
        }
        store.writePostings(doc.kind(), postings, stale);
        store.putTerms(doc.kind(), doc.id(), List.copyOf(entries));
        store.putDoc(new SearchStore.StoredDoc(doc.kind(), doc.id(), doc.title(), doc.url(), doc.day().toString(),
                doc.snippetText(), false));
        return new Writes(postings.size(), stale.size());
    }

    /** Removes a document from every result, at once; nothing happens for one that is not indexed. */
    public void remove(Kind kind, String id) {
        Optional<List<String>> terms = store.terms(kind, id);
        if (terms.isEmpty()) {
            return;
        }
        store.markRemoved(kind, id);
        store.writePostings(kind, List.of(), terms.get());
        store.deleteDoc(kind, id);
    }
}
