package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.local.archive.DayArchive;

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
        load(IntStream.range(0, 3)
                .mapToObj(i -> DayArchive.article(DAY.atTime(8 + i, 0)))
                .toList());
        load(DayArchive.otherDays(DAY, 0, 10));
        ArticlesTable.Page small = articles.between(DAY, DAY, 100, null);

        load(DayArchive.otherDays(DAY, 10, 10_000));
        ArticlesTable.Page large = articles.between(DAY, DAY, 100, null);

        assertThat(small.items()).hasSize(3);
        assertThat(large.items()).hasSize(3);
        assertThat(small.itemsRead()).isEqualTo(3);
        assertThat(large.itemsRead())
                .as("items read with 10,000 articles on other days")
                .isEqualTo(small.itemsRead());
        assertThat(large.items()).extracting(Article::publishedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    private static void load(List<Article> batch) {
        BulkArchive.writeItems(portal.dynamo(), articles, batch);
    }
}
