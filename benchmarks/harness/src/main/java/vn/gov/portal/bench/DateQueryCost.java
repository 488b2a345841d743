package vn.gov.portal.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.local.archive.DayArchive;

/**
 * One Vietnam day's query with more and more articles stored on other days (same month partition
 * and neighbouring months, as DateQueryCostTest spreads them), bulk-loaded with BatchWriteItem
 * from one thread (moto is serialized: parallel loaders do not help).
 */
final class DateQueryCost {

    static final LocalDate DAY = LocalDate.of(2024, 5, 15);
    static final int ON_THE_DAY = 3;

    record Step(
            int otherArticles,
            double loadSeconds,
            int itemsRead,
            int returned,
            double p50Nanos,
            double getItemP50Nanos,
            boolean skipped,
            String note) {
        static Step skipped(int otherArticles, double projectedSeconds, String note) {
            return new Step(otherArticles, projectedSeconds, 0, 0, 0, 0, true, note);
        }
    }

    private final DynamoDbClient dynamo;
    private final ArticlesTable articles;
    private int loaded;

    DateQueryCost(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.articles = new ArticlesTable(dynamo, table);
    }

    void loadTheDay() {
        List<Article> day = new ArrayList<>();
        for (int i = 0; i < ON_THE_DAY; i++) {
            day.add(DayArchive.article(DAY.atTime(8 + i, 0)));
        }
        load(day);
    }

    /** Loads up to {@code otherArticles} in total, unless that would not finish within {@code budgetSeconds}. */
    Step step(int otherArticles, double secondsPerItemSoFar, double budgetSeconds, int queries) {
        int toLoad = otherArticles - loaded;
        double projected = secondsPerItemSoFar * toLoad;
        if (secondsPerItemSoFar > 0 && projected > budgetSeconds) {
            return Step.skipped(
                    otherArticles,
                    projected,
                    String.format(
                            "not run: loading %,d more items would take ≈%.0f s at the measured %.2f ms/item, over this step's budget of %.0f s",
                            toLoad, projected, secondsPerItemSoFar * 1000, budgetSeconds));
        }
        long started = System.nanoTime();
        int chunk = 5_000;
        for (int from = loaded; from < otherArticles; from += chunk) {
            load(DayArchive.otherDays(DAY, from, Math.min(otherArticles, from + chunk)));
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        loaded = otherArticles;
        List<Long> latencies = new ArrayList<>();
        List<Long> getItems = new ArrayList<>();
        ArticlesTable.Page page = null;
        String someId = null;
        for (int i = 0; i < queries; i++) {
            if (i == 3 && Stats.median(latencies) > 2e9) {
                break; // moto walks the whole table per Query: three samples when one takes seconds
            }
            long t0 = System.nanoTime();
            page = articles.between(DAY, DAY, 100, null);
            latencies.add(System.nanoTime() - t0);
            someId = page.items().getFirst().id();
            long t1 = System.nanoTime();
            articles.get(someId);
            getItems.add(System.nanoTime() - t1);
        }
        return new Step(
                otherArticles,
                loadSeconds,
                page.itemsRead(),
                page.items().size(),
                Stats.median(latencies),
                Stats.median(getItems),
                false,
                "");
    }

    private void load(List<Article> batch) {
        String table = articles.tableName();
        for (int start = 0; start < batch.size(); start += 8) { // three items per article, 25 per batch
            List<WriteRequest> writes = batch.subList(start, Math.min(batch.size(), start + 8)).stream()
                    .flatMap(a -> ArticlesTable.newItems(a).stream())
                    .map(item -> WriteRequest.builder()
                            .putRequest(PutRequest.builder().item(item).build())
                            .build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, writes);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = dynamo.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
            }
        }
    }
}
