package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.Ids;

/**
 * Date queries are key-bounded Queries, never Scans: the items DynamoDB reads for one day's
 * query are the day's articles, whether the table holds 10 or 10,000 articles on other days
 * (in the same month partition and in others).
 */
class DateQueryCostTest extends PortalTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 15);
    private static ArticlesTable articles;

    @BeforeAll
    static void start() {
        articles = new ArticlesTable(portal.dynamo(), portal.deployment().physicalName("ArticlesTable"));
    }

    @Test
    void oneDaysQueryReadsTheSameItemsWith10And10000ArticlesOnOtherDays() {
        load(IntStream.range(0, 3).mapToObj(i -> article(DAY.atTime(8 + i, 0))).toList());
        load(otherDays(10));
        ArticlesTable.Page small = articles.between(DAY, DAY, 100, null);

        load(otherDays(9_990));
        ArticlesTable.Page large = articles.between(DAY, DAY, 100, null);

        assertThat(small.items()).hasSize(3);
        assertThat(large.items()).hasSize(3);
        assertThat(small.itemsRead()).isEqualTo(3);
        assertThat(large.itemsRead()).as("items read with 10,000 articles on other days").isEqualTo(small.itemsRead());
        assertThat(large.items()).extracting(Article::publishedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    /** Articles on other days: most in the same month (same partition), the rest in neighbouring months. */
    private static List<Article> otherDays(int count) {
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate day = i % 4 == 0 ? DAY.plusMonths(i % 8 == 0 ? 1 : -1) : DAY.withDayOfMonth(1 + (i % 14)).plusDays(i % 2 == 0 ? 0 : 16);
            if (day.equals(DAY)) {
                day = DAY.plusDays(1);
            }
            out.add(article(day.atTime(i % 24, i % 60)));
        }
        return out;
    }

    private static Article article(LocalDateTime vietnamTime) {
        String id = Ids.newId();
        OffsetDateTime at = vietnamTime.atOffset(ZoneOffset.ofHours(7));
        return Article.builder().id(id).slug("bai-" + id).title("Bài " + id).category("tin-tuc").publishedAt(at)
                .url("/tin-tuc/" + at.toLocalDate().toString().replace('-', '/') + "/bai-" + id + ".html")
                .updatedAt(Instant.now()).build();
    }

    private static void load(List<Article> batch) {
        List<WriteRequest> writes = batch.stream()
                .flatMap(a -> ArticlesTable.newItems(a).stream())
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                .toList();
        String table = articles.tableName();
        IntStream.range(0, (writes.size() + 24) / 25).parallel().forEach(chunk -> {
            Map<String, List<WriteRequest>> pending = Map.of(table,
                    writes.subList(chunk * 25, Math.min(writes.size(), chunk * 25 + 25)));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = portal.dynamo().batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
            }
        });
    }
}
