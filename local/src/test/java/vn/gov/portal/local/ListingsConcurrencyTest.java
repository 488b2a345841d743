package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Listings converge when publishes and unpublishes run at once: the publish function runs the
 * template's MaximumConcurrency batches concurrently (as Lambda does), and the API serves
 * concurrent DELETEs. Afterwards every listing (day archive, section and section month pages, home, feed, month sitemap) shows
 * exactly what the table holds. Site writes get random delays ({@link WriteJitter}) so that
 * concurrent rebuilds reach S3 out of order, as they may on AWS.
 */
class ListingsConcurrencyTest {

    private static final String DAY = "2023-08-21";
    private static final Pattern ARTICLE_LINK = Pattern.compile("/tin-tuc/2023/08/21/(dong-thoi-\\d+)\\.html");
    private static LocalPortal portal;
    private static EditorClient editor;
    private static Http http;

    @BeforeAll
    static void start() {
        portal = TestStack.portal();
        editor = new EditorClient(portal);
        http = new Http(portal.baseUrl(), Duration.ofSeconds(120));
        WriteJitter.enable(150, site());
    }

    @AfterAll
    static void stop() {
        WriteJitter.disable(site());
        portal.close();
    }

    private static String site() {
        return portal.deployment().physicalName("SiteBucket");
    }

    @Test
    void fiftyUploadsAtOnceThenTwentyFiveUnpublishedAtOnceLeaveEveryListingMatchingTheTable() throws Exception {
        List<String> uploads = all(50, i -> editor.uploadArticle(ArticlesApiTest.source("Tin đồng thời số " + i, "dong-thoi-" + i,
                String.format("%sT%02d:%02d:00+07:00", DAY, 6 + i / 6, (i % 6) * 10), "Nội dung " + i + ".")));
        List<Map<String, Object>> published = new ArrayList<>();
        for (String uploadId : uploads) {
            Map<String, Object> status = editor.awaitDone(uploadId);
            assertThat(status).containsEntry("status", "published");
            published.add(status);
        }
        assertListingsMatchTheTable(50);

        // site writes may now arrive a second late: rebuilds that read before the last delete write
        // stale listings after fresh ones, and must notice and write again
        WriteJitter.enable(1000, site());
        List<Integer> statuses = all(25, i -> http.delete("/api/articles/" + published.get(i * 2).get("articleId"),
                "authorization", editor.bearer()).status());
        assertThat(statuses).containsOnly(204);
        assertListingsMatchTheTable(25);
        for (int i = 0; i < 50; i += 2) {
            assertThat(http.get((String) published.get(i).get("url")).status()).as("unpublished page").isEqualTo(404);
        }
    }

    /** The day's articles per the API (the table), then every listing against them. */
    @SuppressWarnings("unchecked")
    private static void assertListingsMatchTheTable(int expected) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.get("/api/articles?date=" + DAY + "&limit=100").json().get("items");
        List<String> slugs = items.stream().map(i -> (String) i.get("slug")).toList(); // newest first
        assertThat(slugs).hasSize(expected);

        assertThat(slugsIn(http.get("/tin-tuc/2023/08/21/").body())).as("day archive").containsExactlyInAnyOrderElementsOf(slugs);
        assertThat(slugsIn(http.get("/rss.xml").body())).as("feed").containsExactlyInAnyOrderElementsOf(slugs);
        // home: the lead and the six latest beside it (its tin-tuc block repeats the newest four)
        assertThat(slugsIn(http.get("/").body())).as("home: the 7 newest").containsExactlyInAnyOrderElementsOf(slugs.subList(0, 7));
        assertThat(slugsIn(http.get("/tin-tuc/").body())).as("section page: the 20 newest").containsExactlyInAnyOrderElementsOf(slugs.subList(0, 20));
        assertThat(slugsIn(http.get("/tin-tuc/2023/08/").body())).as("section month page").containsExactlyInAnyOrderElementsOf(slugs);
        assertThat(slugsIn(String.join("\n", SitemapFiles.urls(http)))).as("sitemap").containsExactlyInAnyOrderElementsOf(slugs);
    }

    private static List<String> slugsIn(String text) {
        Matcher m = ARTICLE_LINK.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out.stream().distinct().toList();
    }

    interface Step<T> {
        T run(int i) throws Exception;
    }

    /** Runs n steps at once, released together, and returns their results in order. */
    private static <T> List<T> all(int n, Step<T> step) throws Exception {
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    go.await();
                    return step.run(index);
                }));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        }
    }
}
