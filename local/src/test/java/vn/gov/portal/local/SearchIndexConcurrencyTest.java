package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Dates;
import vn.gov.portal.search.Field;
import vn.gov.portal.search.Kind;
import vn.gov.portal.search.SearchDocument;
import vn.gov.portal.search.SearchIndexer;
import vn.gov.portal.search.SearchQuery;
import vn.gov.portal.search.SearchService;
import vn.gov.portal.search.SearchTable;

/**
 * The indexer against the emulator's DynamoDB with concurrent writers (two uploads of one slug
 * published at once, as the publish function's two concurrent consumers can): afterwards the
 * article is found by exactly one version's words, never by a mix.
 */
class SearchIndexConcurrencyTest extends PortalTest {

    private static SearchTable table;

    @BeforeAll
    static void start() {
        table = new SearchTable(portal.dynamo(), portal.deployment().physicalName("SearchTable"));
    }

    private static SearchDocument version(String title, String body) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.TITLE, title);
        fields.put(Field.BODY, body);
        LocalDate day = LocalDate.of(2025, 3, 3);
        return new SearchDocument(
                Kind.ARTICLE,
                "concurrent",
                title,
                "/tin-tuc/x.html",
                day,
                day.atTime(9, 0).atZone(Dates.VIETNAM).toInstant(),
                fields,
                body);
    }

    private static int hits(SearchService search, String q) {
        return search.search(SearchQuery.parse(Map.of("q", q, "kind", "article")))
                .items()
                .size();
    }

    @Test
    void concurrentIndexersOfOneArticleLeaveOneVersion() throws Exception {
        SearchIndexer indexer = new SearchIndexer(table);
        SearchService search = new SearchService(table);
        SearchDocument rice = version("Giống lúa chịu mặn", "Đồng bằng sông Cửu Long gieo cấy giống lúa mới.");
        SearchDocument wind = version("Điện gió ngoài khơi", "Dự án điện gió ven biển miền Trung.");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 4; round++) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (SearchDocument doc : List.of(rice, wind)) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return indexer.index(doc);
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
            int riceHits = hits(search, "giống lúa chịu mặn");
            int windHits = hits(search, "điện gió ngoài khơi");
            assertThat(riceHits + windHits)
                    .as("round " + round + ": found by exactly one version")
                    .isEqualTo(1);
            assertThat(hits(search, "\"sông Cửu Long\"")).isEqualTo(riceHits);
            assertThat(hits(search, "\"ven biển\"")).isEqualTo(windHits);
        }
        pool.shutdown();
        indexer.remove(Kind.ARTICLE, "concurrent");
        assertThat(hits(search, "giống lúa") + hits(search, "điện gió")).isZero();
        assertThat(table.terms(Kind.ARTICLE, "concurrent")).isEmpty();
    }
}
