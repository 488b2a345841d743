package vn.gov.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.Json;

/**
 * The relevance set: Vietnamese queries as readers type them (with and without tone marks, in
 * capitals, symbols in several spellings, quoted phrases) over a corpus of realistic articles and
 * directives (src/test/resources/relevance/corpus.json, the ./run samples among them), each with
 * the documents a reader expects at the top. Prints the top-3 hit rate and the mean reciprocal
 * rank; the hit rate must be at least 95 %.
 */
class RelevanceTest {

    @Test
    @SuppressWarnings("unchecked")
    void atLeast95PercentOfQueriesFindAnExpectedDocumentInTheTopThree() throws IOException {
        Map<String, Object> corpus;
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/corpus.json")) {
            corpus = Json.readObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        InMemorySearchStore store = new InMemorySearchStore();
        SearchIndexer indexer = new SearchIndexer(store);
        for (Object d : (List<Object>) corpus.get("documents")) {
            indexer.index(document((Map<String, Object>) d));
        }
        SearchService search = new SearchService(store);
        List<Object> queries = (List<Object>) corpus.get("queries");
        int hits = 0;
        double reciprocalRanks = 0;
        List<String> misses = new ArrayList<>();
        for (Object o : queries) {
            Map<String, Object> query = (Map<String, Object>) o;
            String q = (String) query.get("q");
            List<String> expected = (List<String>) query.get("expect");
            List<String> ranked = search.search(SearchQuery.parse(Map.of("q", q, "limit", "50"))).items().stream()
                    .map(SearchService.Item::id)
                    .toList();
            int rank = 0;
            for (int i = 0; i < ranked.size() && rank == 0; i++) {
                if (expected.contains(ranked.get(i))) {
                    rank = i + 1;
                }
            }
            if (rank >= 1 && rank <= 3) {
                hits++;
            } else {
                misses.add(q + " → expected " + expected + ", got "
                        + ranked.stream().limit(5).toList());
            }
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
        }
        double top3 = (double) hits / queries.size();
        double mrr = reciprocalRanks / queries.size();
        System.out.printf(
                "Relevance set: %d queries, %d documents; top-3 hit rate %.1f %%, MRR %.3f%n",
                queries.size(), ((List<Object>) corpus.get("documents")).size(), top3 * 100, mrr);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
        assertThat(top3).as("top-3 hit rate; misses: " + misses).isGreaterThanOrEqualTo(0.95);
    }

    private static SearchDocument document(Map<String, Object> d) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        put(fields, Field.TITLE, d.get("title"));
        put(fields, Field.SUMMARY, d.get("summary"));
        put(fields, Field.BODY, d.get("body"));
        put(fields, Field.CAPTION, d.get("captions"));
        put(fields, Field.SYMBOL, d.get("symbol"));
        put(fields, Field.ISSUER, d.get("issuer"));
        put(fields, Field.SUBJECT, d.get("subject"));
        Kind kind = "directive".equals(d.get("kind")) ? Kind.DIRECTIVE : Kind.ARTICLE;
        LocalDate day = LocalDate.parse((String) d.get("day"));
        String id = (String) d.get("id");
        return new SearchDocument(
                kind,
                id,
                (String) d.get("title"),
                "/" + id,
                day,
                day.atTime(9, 0).atZone(Dates.VIETNAM).toInstant(),
                fields,
                d.getOrDefault("summary", d.getOrDefault("subject", "")) + " " + d.getOrDefault("body", ""));
    }

    private static void put(Map<Field, String> fields, Field field, Object value) {
        if (value instanceof String s) {
            fields.put(field, s);
        }
    }
}
