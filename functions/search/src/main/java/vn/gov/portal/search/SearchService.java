package vn.gov.portal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.gov.portal.common.Dates;

/**
 * Answers a {@link SearchQuery} from the index. For each kind searched it reads, per query word,
 * the best {@value #POSTINGS_PER_TERM} postings of the word and of each pair of adjacent query
 * words, never more: a query costs the same whatever the archive holds. Then, per document found:
 * <ol>
 *   <li>it must contain every word whose postings were read completely (a word too common to
 *       read completely cannot exclude anything), and every quoted phrase, adjacent and in order;</li>
 *   <li>ranking: more query words matched first, then more words typed with tone marks matched
 *       in exactly that spelling ("con dấu" before "con dâu"), then score (the impacts of the
 *       words and word pairs found: title and symbol weigh most, a pair adds to its two words so
 *       words found together outrank words found apart), then newest, then id.</li>
 * </ol>
 * The page's documents are then read by key (a removed one is skipped).
 */
public final class SearchService {

    public static final int POSTINGS_PER_TERM = 100;

    private final SearchStore store;
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();

    public SearchService(SearchStore store) {
        this.store = store;
    }

    public record Item(
            Kind kind, String id, String title, String url, String date, String snippet, List<int[]> highlights) {}

    /** A page of results; {@code cursor} null on the last; {@code itemsRead} what the index read for it. */
    public record Result(List<Item> items, String cursor, int itemsRead) {}

    public Result search(SearchQuery query) {
        List<SearchQuery.Word> words = query.words();
        List<String> terms = terms(words);
        Map<Kind, Map<String, Future<SearchStore.PostingList>>> reads = new LinkedHashMap<>();
        for (Kind kind : query.kinds()) {
            Map<String, Future<SearchStore.PostingList>> byTerm = new LinkedHashMap<>();
            for (String term : terms) {
                byTerm.put(term, readers.submit(() -> store.postings(kind, term, POSTINGS_PER_TERM)));
            }
            reads.put(kind, byTerm);
        }
        int itemsRead = 0;
        List<Candidate> ranked = new ArrayList<>();
        for (var e : reads.entrySet()) {
            Map<String, SearchStore.PostingList> lists = new HashMap<>();
            for (var t : e.getValue().entrySet()) {
                SearchStore.PostingList list = await(t.getValue());
                itemsRead += list.postings().size();
                lists.put(t.getKey(), list);
            }
            ranked.addAll(candidates(e.getKey(), words, lists, query.from(), query.to()));
        }
        ranked.sort(RANKING);
        int end = Math.min(ranked.size(), query.offset() + query.limit());
        List<Candidate> page = query.offset() >= ranked.size() ? List.of() : ranked.subList(query.offset(), end);
        Map<String, SearchStore.StoredDoc> docs = page.isEmpty()
                ? Map.of()
                : store.docs(page.stream().map(c -> c.kind.code() + "#" + c.id).toList());
        itemsRead += docs.size();
        Set<String> folded = new LinkedHashSet<>();
        words.forEach(w -> folded.add(w.folded()));
        List<Item> items = new ArrayList<>();
        for (Candidate c : page) {
            SearchStore.StoredDoc doc = docs.get(c.kind.code() + "#" + c.id);
            if (doc == null || doc.removed()) {
                continue;
            }
            Snippets.Snippet snippet = Snippets.of(doc.snippetText(), folded);
            items.add(new Item(c.kind, c.id, doc.title(), doc.url(), doc.day(), snippet.text(), snippet.highlights()));
        }
        boolean more = end < ranked.size() && end < SearchQuery.MAX_OFFSET;
        return new Result(items, more ? query.cursorAt(end) : null, itemsRead);
    }

    /** Each distinct word, then each distinct pair of adjacent words ("bao hiem"). */
    static List<String> terms(List<SearchQuery.Word> words) {
        Set<String> terms = new LinkedHashSet<>();
        words.forEach(w -> terms.add(w.folded()));
        for (int i = 0; i + 1 < words.size(); i++) {
            terms.add(pair(words, i));
        }
        return List.copyOf(terms);
    }

    private static String pair(List<SearchQuery.Word> words, int i) {
        return words.get(i).folded() + " " + words.get(i + 1).folded();
    }

    private static final class Candidate {
        final Kind kind;
        final String id;
        final Instant time;
        final BitSet matched = new BitSet();
        final BitSet exactTone = new BitSet();
        final Map<Integer, List<Integer>> pairPositions = new HashMap<>();
        int score;

        Candidate(Kind kind, String id, Instant time) {
            this.kind = kind;
            this.id = id;
            this.time = time;
        }
    }

    private static final Comparator<Candidate> RANKING = Comparator.comparingInt(
                    (Candidate c) -> -c.matched.cardinality())
            .thenComparingInt(c -> -c.exactTone.cardinality())
            .thenComparingInt(c -> -c.score)
            .thenComparing((Candidate c) -> c.time, Comparator.reverseOrder())
            .thenComparing(c -> c.kind)
            .thenComparing(c -> c.id);

    private static List<Candidate> candidates(
            Kind kind,
            List<SearchQuery.Word> words,
            Map<String, SearchStore.PostingList> lists,
            LocalDate from,
            LocalDate to) {
        Map<String, Candidate> found = new HashMap<>();
        BitSet required = new BitSet();
        for (int i = 0; i < words.size(); i++) {
            SearchQuery.Word word = words.get(i);
            SearchStore.PostingList list = lists.get(word.folded());
            if (list.complete()) {
                required.set(i);
            }
            for (Posting p : list.postings()) {
                Candidate c = found.computeIfAbsent(p.docId(), id -> new Candidate(kind, id, p.time()));
                if (!c.matched.get(i)) {
                    c.score += p.impact();
                }
                c.matched.set(i);
                if (word.hasMarks() && p.forms().contains(word.toned())) {
                    c.exactTone.set(i);
                }
            }
        }
        Set<String> pairsSeen = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String term = pair(words, i);
            boolean firstTime = pairsSeen.add(term);
            for (Posting p : lists.get(term).postings()) {
                Candidate c = found.computeIfAbsent(p.docId(), id -> new Candidate(kind, id, p.time()));
                if (firstTime) {
                    c.score += p.impact();
                }
                c.matched.set(i);
                c.matched.set(i + 1);
                c.pairPositions.put(i, p.positions());
                for (String form : p.forms()) {
                    int space = form.indexOf(' ');
                    if (words.get(i).hasMarks()
                            && form.substring(0, space).equals(words.get(i).toned())) {
                        c.exactTone.set(i);
                    }
                    if (words.get(i + 1).hasMarks()
                            && form.substring(space + 1).equals(words.get(i + 1).toned())) {
                        c.exactTone.set(i + 1);
                    }
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found.values()) {
            BitSet missing = (BitSet) required.clone();
            missing.andNot(c.matched);
            if (missing.isEmpty() && phrasesHold(c, words) && inRange(c, from, to)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every quoted phrase's words are in the document, each pair adjacent at aligned positions. */
    private static boolean phrasesHold(Candidate c, List<SearchQuery.Word> words) {
        int i = 0;
        while (i < words.size()) {
            int phrase = words.get(i).phrase();
            if (phrase < 0) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < words.size() && words.get(end + 1).phrase() == phrase) {
                end++;
            }
            if (end == i) {
                if (!c.matched.get(i)) {
                    return false;
                }
            } else if (!aligned(c, i, end)) {
                return false;
            }
            i = end + 1;
        }
        return true;
    }

    private static boolean aligned(Candidate c, int first, int last) {
        List<Integer> starts = c.pairPositions.get(first);
        if (starts == null) {
            return false;
        }
        for (int start : starts) {
            boolean all = true;
            for (int k = first + 1; k < last && all; k++) {
                List<Integer> at = c.pairPositions.get(k);
                all = at != null && at.contains(start + (k - first));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRange(Candidate c, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        LocalDate day = c.time.atZone(Dates.VIETNAM).toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static SearchStore.PostingList await(Future<SearchStore.PostingList> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
