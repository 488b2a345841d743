package vn.gov.portal.local;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import vn.gov.portal.articles.render.SitePaths;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.Ids;

/**
 * An archive written straight into the articles table (BatchWriteItem, the items a publish
 * writes for each article), for measuring what a publish costs beside a large archive without
 * publishing it first. It has no pages or listing files: only the table is what matters there.
 */
public final class BulkArchive {

    private BulkArchive() {}

    /** {@code count} articles spread over the months {@code from..to} (inclusive), reproducibly. */
    public static List<Article> synthetic(int count, YearMonth from, YearMonth to, long seed) {
        Random random = new Random(seed);
        int months = (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            YearMonth month = from.plusMonths(random.nextInt(months));
            LocalDateTime at = month.atDay(1 + random.nextInt(month.lengthOfMonth()))
                    .atTime(7 + random.nextInt(12), random.nextInt(60));
            OffsetDateTime published = at.atOffset(ZoneOffset.ofHours(7));
            String id = Ids.newId();
            String slug = "luu-tru-" + id;
            out.add(Article.builder()
                    .id(id)
                    .slug(slug)
                    .title("Bài lưu trữ " + (i + 1))
                    .summary("Tóm tắt bài lưu trữ " + (i + 1))
                    .category("tin-tuc")
                    .publishedAt(published)
                    .url(SitePaths.articlePath("tin-tuc", published, slug))
                    .updatedAt(Instant.parse("2020-01-01T00:00:00Z"))
                    .build());
        }
        return out;
    }

    /** Writes the articles (and names their months), 25 items per request, a few requests at once. */
    public static void load(DynamoDbClient dynamo, ArticlesTable articles, List<Article> batch) {
        writeItems(dynamo, articles, batch);
        if (!batch.isEmpty()) {
            articles.addMonths(
                    batch.stream().map(a -> YearMonth.from(a.day())).distinct().toList());
            batch.stream()
                    .collect(Collectors.groupingBy(Article::category))
                    .forEach((section, inSection) -> articles.addSectionMonths(
                            section,
                            inSection.stream()
                                    .map(a -> YearMonth.from(a.day()))
                                    .distinct()
                                    .toList()));
        }
    }

    /**
     * Writes the items a publish writes for each article (without naming their months), 25 items
     * per request, a few requests at once, retrying what DynamoDB leaves unprocessed.
     */
    public static void writeItems(DynamoDbClient dynamo, ArticlesTable articles, List<Article> batch) {
        List<WriteRequest> writes = batch.stream()
                .flatMap(a -> ArticlesTable.newItems(a).stream())
                .map(item -> WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(item).build())
                        .build())
                .toList();
        String table = articles.tableName();
        IntStream.range(0, (writes.size() + 24) / 25).parallel().forEach(chunk -> {
            Map<String, List<WriteRequest>> pending =
                    Map.of(table, writes.subList(chunk * 25, Math.min(writes.size(), chunk * 25 + 25)));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = dynamo.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
            }
        });
    }
}
