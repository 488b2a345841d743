package vn.gov.portal.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The index in memory, with DynamoDB's semantics (postings sorted by sort key, Limit); counts what it reads and writes. */
public final class InMemorySearchStore implements SearchStore {

    private final Map<String, NavigableMap<String, Posting>> postings = new ConcurrentHashMap<>();
    private final Map<String, StoredDoc> docs = new ConcurrentHashMap<>();
    private final Map<String, TermList> terms = new ConcurrentHashMap<>();
    final AtomicInteger postingWrites = new AtomicInteger();

    @Override
    public PostingList postings(Kind kind, String term, int limit) {
        NavigableMap<String, Posting> list =
                postings.getOrDefault(SearchTable.postingPk(kind, term), new ConcurrentSkipListMap<>());
        List<Posting> out = list.values().stream().limit(limit).toList();
        return new PostingList(out, list.size() < limit);
    }

    @Override
    public Optional<TermList> terms(Kind kind, String id) {
        return Optional.ofNullable(terms.get(kind.code() + "#" + id));
    }

    @Override
    public synchronized boolean putTerms(Kind kind, String id, List<String> list, long expectedVersion) {
        TermList current = terms.get(kind.code() + "#" + id);
        if ((current == null ? 0 : current.version()) != expectedVersion) {
            return false;
        }
        terms.put(kind.code() + "#" + id, new TermList(list, expectedVersion + 1));
        return true;
    }

    /** Every posting held for one document, as list entries (what a Scan would find). */
    Set<String> postingsOf(Kind kind, String id) {
        Set<String> out = new TreeSet<>();
        String prefix = "P#" + kind.code() + "#";
        postings.forEach((pk, list) -> list.forEach((sk, p) -> {
            if (p.docId().equals(id)) {
                out.add(pk.substring(prefix.length()) + "\t" + sk);
            }
        }));
        return out;
    }

    @Override
    public void markRemoved(Kind kind, String id) {
        docs.computeIfPresent(
                kind.code() + "#" + id,
                (k, d) -> new StoredDoc(d.kind(), d.id(), d.title(), d.url(), d.day(), d.snippetText(), true));
    }

    public Optional<StoredDoc> doc(Kind kind, String id) {
        return Optional.ofNullable(docs.get(kind.code() + "#" + id));
    }

    @Override
    public Map<String, StoredDoc> docs(Collection<String> keys) {
        Map<String, StoredDoc> out = new LinkedHashMap<>();
        keys.forEach(k -> {
            if (docs.containsKey(k)) {
                out.put(k, docs.get(k));
            }
        });
        return out;
    }

    @Override
    public void putDoc(StoredDoc doc) {
        docs.put(doc.key(), doc);
    }

    @Override
    public void deleteDoc(Kind kind, String id) {
        docs.remove(kind.code() + "#" + id);
        terms.remove(kind.code() + "#" + id);
    }

    @Override
    public void writePostings(Kind kind, List<Posting> puts, Collection<String> deletes) {
        for (String entry : deletes) {
            int tab = entry.indexOf('\t');
            NavigableMap<String, Posting> list = postings.get(SearchTable.postingPk(kind, entry.substring(0, tab)));
            if (list != null) {
                list.remove(entry.substring(tab + 1));
            }
            postingWrites.incrementAndGet();
        }
        for (Posting p : puts) {
            postings.computeIfAbsent(SearchTable.postingPk(kind, p.term()), k -> new ConcurrentSkipListMap<>())
                    .put(p.sortKey(), p);
            postingWrites.incrementAndGet();
        }
    }

    /** Every posting item held (what a Scan would see), for tests that prove removals leave nothing. */
    int postingCount() {
        return postings.values().stream().mapToInt(Map::size).sum();
    }
}
