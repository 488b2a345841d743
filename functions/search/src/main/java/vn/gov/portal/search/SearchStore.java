package vn.gov.portal.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the index lives. {@link SearchTable} is the DynamoDB one; tests use an in-memory one with
 * the same semantics. Nothing here lists or scans: postings are read one term at a time, at most
 * {@code limit} of them, best first; documents by key.
 */
public interface SearchStore {

    /**
     * A document as a result shows it, and the postings it owns ({@link Posting#listEntry}), so
     * that an update or removal deletes exactly those. {@code removed} hides it at once while its
     * postings are being deleted.
     */
    record StoredDoc(Kind kind, String id, String title, String url, String day, String snippetText,
                     List<String> terms, boolean removed) {
        public StoredDoc {
            terms = List.copyOf(terms);
        }

        public String key() {
            return kind.code() + "#" + id;
        }
    }

    /** A term's best postings; {@code complete} when the term has no more than were read. */
    record PostingList(List<Posting> postings, boolean complete) {}

    /** The first {@code limit} postings of a term (by {@link Posting#sortKey}). */
    PostingList postings(Kind kind, String term, int limit);

    /** A document, read consistently (the indexer's own read before it writes). */
    Optional<StoredDoc> doc(Kind kind, String id);

    /** Documents by key ({@link StoredDoc#key}), read consistently; absent ones are left out. */
    Map<String, StoredDoc> docs(Collection<String> keys);

    void putDoc(StoredDoc doc);

    void deleteDoc(Kind kind, String id);

    /** Writes {@code puts} and deletes the postings named by {@code deletes} (list entries). */
    void writePostings(Kind kind, List<Posting> puts, Collection<String> deletes);
}
