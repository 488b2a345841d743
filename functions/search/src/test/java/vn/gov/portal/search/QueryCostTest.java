package vn.gov.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.portal.search.Docs.article;
import static vn.gov.portal.search.Docs.query;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Scale is correctness: a query reads the same number of index items with 10³ and with 10⁵
 * articles that contain its words, and still finds the one document that matches all of them.
 */
class QueryCostTest {

    private record Cost(int itemsRead, String first) {}

    private static Cost cost(int articles, String q) {
        InMemorySearchStore store = new InMemorySearchStore();
        SearchIndexer indexer = new SearchIndexer(store);
        LocalDate start = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < articles; i++) {
            indexer.index(
                    article(String.format("a%06d", i), start.plusDays(i % 9000).toString(), "Bảo hiểm", null, null));
        }
        indexer.index(article("special", "2001-01-01", "Bảo hiểm nông nghiệp", null, "Cho nông dân trồng lúa."));
        SearchService.Result result = new SearchService(store).search(query(q));
        return new Cost(result.itemsRead(), result.items().getFirst().id());
    }

    @Test
    void itemsReadDoNotGrowWithTheArchive() {
        Cost small = cost(1_000, "bảo hiểm nông nghiệp");
        Cost large = cost(100_000, "bảo hiểm nông nghiệp");
        System.out.printf(
                "Query cost: %d items read with 10^3 articles, %d with 10^5%n", small.itemsRead(), large.itemsRead());
        assertThat(large.itemsRead()).isEqualTo(small.itemsRead());
        // bao, hiem, "bao hiem": the best 100 each; nong, nghiep, "hiem nong", "nong nghiep": 1 each; the page: 1
        assertThat(large.itemsRead()).isEqualTo(3 * SearchService.POSTINGS_PER_TERM + 4 + 1);
        assertThat(small.first()).isEqualTo("special");
        assertThat(large.first()).isEqualTo("special");
    }

    @Test
    void aCommonWordAloneReadsOneBoundedListPerKind() {
        assertThat(cost(100_000, "bao hiem").itemsRead())
                .isEqualTo(cost(1_000, "bao hiem").itemsRead())
                .isEqualTo(3 * SearchService.POSTINGS_PER_TERM + SearchQuery.DEFAULT_LIMIT);
    }
}
