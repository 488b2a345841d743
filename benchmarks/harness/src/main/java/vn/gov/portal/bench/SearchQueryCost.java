package vn.gov.portal.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import vn.gov.portal.common.Dates;
import vn.gov.portal.search.Field;
import vn.gov.portal.search.Kind;
import vn.gov.portal.search.SearchDocument;
import vn.gov.portal.search.SearchQuery;
import vn.gov.portal.search.SearchService;
import vn.gov.portal.search.SearchTable;

/**
 * Full-text queries (SearchService over SearchTable) with more and more indexed articles that
 * all contain the query's common words ("bảo hiểm"), and one that also has its rare ones
 * ("nông nghiệp"). The index items are bulk-loaded as the indexer writes them
 * ({@link SearchTable#newItems}), with BatchWriteItem from one thread (moto is serialized).
 */
final class SearchQueryCost {

    static final String QUERY = "bảo hiểm nông nghiệp";
    /** A search projected to take longer than this on the emulator is not attempted (the SDK call timeout is 3 min). */
    static final double MAX_SEARCH_NANOS = 60e9;

    record Step(
            int articles,
            double loadSeconds,
            int itemsRead,
            int returned,
            String first,
            double p50Nanos,
            double p99Nanos,
            int samples,
            double rawQueryP50Nanos,
            boolean skipped,
            String note) {
        static Step skipped(int articles, String note) {
            return new Step(articles, 0, 0, 0, null, 0, 0, 0, 0, true, note);
        }
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final SearchService search;
    private int loaded;

    SearchQueryCost(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.search = new SearchService(new SearchTable(dynamo, table));
    }

    void loadTheMatch() {
        load(List.of(article("special", LocalDate.of(2001, 1, 1), "Bảo hiểm nông nghiệp", "Cho nông dân trồng lúa.")));
    }

    /** Indexes up to {@code articles} in total, unless that would not finish within {@code budgetSeconds}. */
    Step step(int articles, double secondsPerArticleSoFar, double budgetSeconds, int queries) {
        int toLoad = articles - loaded;
        double projected = secondsPerArticleSoFar * toLoad;
        if (secondsPerArticleSoFar > 0 && projected > budgetSeconds) {
            return Step.skipped(
                    articles,
                    String.format(
                            "not run: indexing %,d more articles would take ≈%.0f s at the measured %.2f ms/article, over this step's budget of %.0f s",
                            toLoad, projected, secondsPerArticleSoFar * 1000, budgetSeconds));
        }
        long started = System.nanoTime();
        List<SearchDocument> batch = new ArrayList<>();
        for (int i = loaded; i < articles; i++) {
            batch.add(
                    article(String.format("a%07d", i), LocalDate.of(2000, 1, 1).plusDays(i % 9000), "Bảo hiểm", null));
            if (batch.size() == 2_000) {
                load(batch);
                batch.clear();
            }
        }
        load(batch);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        loaded = articles;
        SearchQuery query = SearchQuery.parse(Map.of("q", QUERY));
        List<Long> latencies = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        SearchService.Result result = null;
        for (int i = 0; i < queries; i++) {
            if (i == 3 && Stats.median(latencies) > 2e9) {
                break; // moto walks the whole table per Query: three samples when one takes seconds
            }
            long t0 = System.nanoTime();
            result = search.search(query);
            latencies.add(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            dynamo.query(q -> q.tableName(table)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("P#a#bao")))
                    .limit(SearchService.POSTINGS_PER_TERM));
            raw.add(System.nanoTime() - t1);
        }
        return new Step(
                articles,
                loadSeconds,
                result.itemsRead(),
                result.items().size(),
                result.items().getFirst().id(),
                Stats.median(latencies),
                Stats.percentile(latencies, 99),
                latencies.size(),
                Stats.median(raw),
                false,
                "");
    }

    private static SearchDocument article(String id, LocalDate day, String title, String body) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.TITLE, title);
        if (body != null) {
            fields.put(Field.BODY, body);
        }
        return new SearchDocument(
                Kind.ARTICLE,
                id,
                title,
                "/tin-tuc/" + id + ".html",
                day,
                day.atTime(9, 0).atZone(Dates.VIETNAM).toInstant(),
                fields,
                body == null ? title : body);
    }

    private void load(List<SearchDocument> docs) {
        List<WriteRequest> writes = new ArrayList<>();
        for (SearchDocument doc : docs) {
            for (Map<String, AttributeValue> item : SearchTable.newItems(doc)) {
                writes.add(WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(item).build())
                        .build());
            }
        }
        for (int start = 0; start < writes.size(); start += 25) {
            Map<String, List<WriteRequest>> pending =
                    Map.of(table, writes.subList(start, Math.min(writes.size(), start + 25)));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = dynamo.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
            }
        }
    }
}
