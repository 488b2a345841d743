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
     * A document as a result shows it; {@code removed} hides it at once while its postings are
     * being deleted. The postings it owns are kept apart ({@link #terms}), so reading a page of
     * results never reads the (long) term lists.
     */
    record StoredDoc(Kind kind, String id, String title, String url, String day, String snippetText, boolean removed) {

        public String key() {
            return kind.code() + "#" + id;
        }
    }

    /** A term's best postings; {@code complete} when the term has no more than were read. */
    record PostingList(List<Posting> postings, boolean complete) {}

    /** The first {@code limit} postings of a term (by {@link Posting#sortKey}). */
    PostingList postings(Kind kind, String term, int limit);

    /**
     * The postings a document owns ({@link Posting#listEntry}) and the list's version (it grows
     * by one with every write), so concurrent indexers of one document notice each other.
     */
    record TermList(List<String> entries, long version) {
        public TermList {
            entries = List.copyOf(entries);
        }
    }

    /** A document's term list, read consistently; empty when not indexed. */
    Optional<TermList> terms(Kind kind, String id);

    /**
     * Writes the term list as version {@code expectedVersion + 1} if it is still at
     * {@code expectedVersion} (0: absent); false if another writer got there first.
     */
    boolean putTerms(Kind kind, String id, List<String> entries, long expectedVersion);

    /** Documents by key ({@link StoredDoc#key}), read consistently; absent ones are left out. */
    Map<String, StoredDoc> docs(Collection<String> keys);

    void putDoc(StoredDoc doc);

    /** Hides a document from results (nothing happens to one that is not there). */
    void markRemoved(Kind kind, String id);

    /** Deletes the document and its term list. */
    void deleteDoc(Kind kind, String id);

    /** Writes {@code puts} and deletes the postings named by {@code deletes} (list entries). */
    void writePostings(Kind kind, List<Posting> puts, Collection<String> deletes);
}
