package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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
class ListingsConcurrencyTest extends PortalTest {

    private static final String DAY = "2023-08-21";
    private static final Pattern ARTICLE_LINK = Pattern.compile("/tin-tuc/2023/08/21/(dong-thoi-\\d+)\\.html");

    @BeforeAll
    static void start() {
        http = new Http(portal.baseUrl(), Duration.ofSeconds(120));
        WriteJitter.enable(150, site());
    }

    @AfterAll
    static void stop() {
        WriteJitter.disable(site());
    }

    private static String site() {
        return portal.deployment().physicalName("SiteBucket");
    }

    @Test
    void fiftyUploadsAtOnceThenTwentyFiveUnpublishedAtOnceLeaveEveryListingMatchingTheTable() throws Exception {
        List<String> uploads = all(
                50,
                i -> editor.uploadArticle(ArticlesApiTest.source(
                        "Tin đồng thời số " + i,
                        "dong-thoi-" + i,
                        String.format("%sT%02d:%02d:00+07:00", DAY, 6 + i / 6, (i % 6) * 10),
                        "Nội dung " + i + ".")));
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
        List<Integer> statuses = all(
                25,
                i -> http.delete(
                                "/api/articles/" + published.get(i * 2).get("articleId"),
                                "authorization",
                                editor.bearer())
                        .status());
        assertThat(statuses).containsOnly(204);
        assertListingsMatchTheTable(25);
        for (int i = 0; i < 50; i += 2) {
            assertThat(http.get((String) published.get(i).get("url")).status())
                    .as("unpublished page")
                    .isEqualTo(404);
        }
    }

    /**
     * A section's month pages link month to month: twelve months of one section arriving at once
     * (each month new to the section, rebuilding its neighbours), then every other one emptied at
     * once, end with every page's "older"/"newer" links naming exactly its neighbours among the
     * months that hold articles, and the emptied months' pages gone.
     */
    @Test
    void monthsOfASectionArrivingAndLeavingAtOnceKeepTheirLinksExact() throws Exception {
        String section = "hoat-dong-dia-phuong";
        WriteJitter.enable(150, site()); // the other test may have left a longer one
        List<String> uploads = all(
                12,
                i -> editor.uploadArticle("---\ntitle: Hoạt động tháng " + (i + 1) + "\nslug: hoat-dong-"
                        + (i + 1) + "\npublishedAt: " + String.format("2021-%02d-15T09:00:00+07:00", i + 1)
                        + "\nsection: " + section
                        + "\n---\nNội dung.\n"));
        List<Map<String, Object>> published = new ArrayList<>();
        for (String uploadId : uploads) {
            Map<String, Object> status = editor.awaitDone(uploadId, Duration.ofSeconds(120)); // every write jittered
            assertThat(status).containsEntry("status", "published");
            published.add(status);
        }
        assertMonthChain(section, IntStream.rangeClosed(1, 12).boxed().toList());

        List<Integer> statuses = all(
                6,
                i -> http.delete(
                                "/api/articles/" + published.get(i * 2 + 1).get("articleId"),
                                "authorization",
                                editor.bearer())
                        .status());
        assertThat(statuses).containsOnly(204);
        assertMonthChain(section, List.of(1, 3, 5, 7, 9, 11));
        for (int month = 2; month <= 12; month += 2) {
            assertThat(http.get(String.format("/%s/2021/%02d/", section, month)).status())
                    .as("emptied month " + month)
                    .isEqualTo(404);
        }
    }

    private static final Pattern OLDER = Pattern.compile("pager-older\" href=\"([^\"]+)\"");
    private static final Pattern NEWER = Pattern.compile("pager-newer\" href=\"([^\"]+)\"");

    /** Each month page lists its article and links to exactly the months before and after it; the landing page lists them all. */
    private static void assertMonthChain(String section, List<Integer> months) {
        for (int k = 0; k < months.size(); k++) {
            String body = http.get(String.format("/%s/2021/%02d/", section, months.get(k)))
                    .body();
            assertThat(body).as("month " + months.get(k)).contains("Hoạt động tháng " + months.get(k) + "<");
            assertThat(link(OLDER, body))
                    .as("older than " + months.get(k))
                    .isEqualTo(k == 0 ? null : String.format("/%s/2021/%02d/", section, months.get(k - 1)));
            assertThat(link(NEWER, body))
                    .as("newer than " + months.get(k))
                    .isEqualTo(
                            k == months.size() - 1
                                    ? null
                                    : String.format("/%s/2021/%02d/", section, months.get(k + 1)));
        }
        String landing = http.get("/" + section + "/").body();
        for (int month = 1; month <= 12; month++) {
            assertThat(landing.contains(String.format("href=\"/%s/2021/%02d/\"", section, month)))
                    .as("landing lists month " + month)
                    .isEqualTo(months.contains(month));
        }
    }

    private static String link(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    /** The day's articles per the API (the table), then every listing against them. */
    @SuppressWarnings("unchecked")
    private static void assertListingsMatchTheTable(int expected) {
        List<Map<String, Object>> items = (List<Map<String, Object>>)
                http.get("/api/articles?date=" + DAY + "&limit=100").json().get("items");
        List<String> slugs = items.stream().map(i -> (String) i.get("slug")).toList(); // newest first
        assertThat(slugs).hasSize(expected);

        assertThat(slugsIn(http.get("/tin-tuc/2023/08/21/").body()))
                .as("day archive")
                .containsExactlyInAnyOrderElementsOf(slugs);
        assertThat(slugsIn(http.get("/rss.xml").body())).as("feed").containsExactlyInAnyOrderElementsOf(slugs);
        // home: the lead and the six latest beside it (its tin-tuc block repeats the newest four)
        assertThat(slugsIn(http.get("/").body()))
                .as("home: the 7 newest")
                .containsExactlyInAnyOrderElementsOf(slugs.subList(0, 7));
        assertThat(slugsIn(http.get("/tin-tuc/").body()))
                .as("section page: the 20 newest")
                .containsExactlyInAnyOrderElementsOf(slugs.subList(0, 20));
        assertThat(slugsIn(http.get("/tin-tuc/2023/08/").body()))
                .as("section month page")
                .containsExactlyInAnyOrderElementsOf(slugs);
        assertThat(slugsIn(String.join("\n", SitemapFiles.urls(http))))
                .as("sitemap")
                .containsExactlyInAnyOrderElementsOf(slugs);
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
        CountDownLatch go = new CountDownLatch(1);
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
