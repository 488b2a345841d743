package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.articles.store.ArticlesTable;

/**
 * What one publish, update and unpublish cost does not grow with the archive (its section's
 * landing and month pages, the neighbouring month's page, related articles and the home page's
 * section blocks included): the articles
 * table's items read and written and the site bucket's objects written (counted by
 * {@link StorageCounter} on every SDK client in this JVM) are the same beside an archive of 105
 * and of 10,105 articles. The measured article is alone in its month, as each new month's first
 * article is; the archive sits in the ten years before it.
 */
class PublishCostTest extends PortalTest {

    /** Counts, not time, are measured here; moto takes tens of seconds per publish beside 10,000 articles. */
    private static final Duration SLOW_EMULATOR = Duration.ofSeconds(150);

    private static ArticlesTable articles;
    private static String table;
    private static String bucket;

    @BeforeAll
    static void start() {
        http = new Http(portal.baseUrl(), SLOW_EMULATOR);
        table = portal.deployment().physicalName("ArticlesTable");
        bucket = portal.deployment().physicalName("SiteBucket");
        articles = new ArticlesTable(portal.dynamo(), table);
    }

    record Costs(StorageCounter.Cost publish, StorageCounter.Cost update, StorageCounter.Cost unpublish) {}

    @Test
    void publishUpdateAndUnpublishCostTheSameBesideASmallAndALargeArchive() {
        // the measured month's neighbour in its section (its page's links change): the same month in both measurements
        BulkArchive.load(
                portal.dynamo(), articles, BulkArchive.synthetic(5, YearMonth.of(2024, 12), YearMonth.of(2024, 12), 3));
        BulkArchive.load(
                portal.dynamo(),
                articles,
                BulkArchive.synthetic(100, YearMonth.of(2015, 1), YearMonth.of(2024, 11), 1));
        Costs small = publishUpdateUnpublish("Bài đo chi phí nhỏ", "bai-do-chi-phi");

        BulkArchive.load(
                portal.dynamo(),
                articles,
                BulkArchive.synthetic(10_000, YearMonth.of(2015, 1), YearMonth.of(2024, 11), 2));
        Costs large = publishUpdateUnpublish("Bài đo chi phí lớn", "bai-do-chi-phi");

        System.out.println("publish cost beside 105 archive articles: " + small + "; beside 10,105: " + large);
        assertThat(small.publish().itemsRead()).as("a publish reads some items").isPositive();
        assertThat(small.publish().objectsWritten())
                .as("page, day archive, section page, section month page and its "
                        + "neighbour's (a new month in the section), home, feed, month sitemap, index")
                .isEqualTo(9);
        assertThat(small.update().objectsWritten())
                .as("the same but the neighbour's page")
                .isEqualTo(8);
        assertThat(large).as("costs with 10,105 archive articles vs 105").isEqualTo(small);
    }

    /** Publishes an article alone in June 2025, updates it in place, unpublishes it; what each step cost. */
    private Costs publishUpdateUnpublish(String title, String slug) {
        String source = ArticlesApiTest.source(title, slug, "2025-06-15T09:00:00+07:00", "Nội dung.");
        StorageCounter.Cost publish = measure(() -> editor.awaitDone(editor.uploadArticle(source), SLOW_EMULATOR));
        Map<String, Object> status =
                editor.awaitDone(editor.uploadArticle(source.replace("Nội dung.", "Nội dung sửa.")), SLOW_EMULATOR);
        assertThat(status).containsEntry("status", "published");
        // Sitemap lastmods have whole seconds: an update within the second of the last one leaves the month's
        // sitemap byte-identical, and it is not rewritten. Measure the usual case, an update seconds later.
        EditorClient.sleep(1100);
        StorageCounter.Cost update = measure(
                () -> editor.awaitDone(editor.uploadArticle(source.replace("Nội dung.", "Bản ba.")), SLOW_EMULATOR));

        assertThat(http.get("/").body()).contains(title);
        assertThat(http.get("/tin-tuc/2025/06/15/").body()).contains(title);
        assertThat(http.get("/tin-tuc/").body())
                .as("the section's landing page")
                .contains(title)
                .contains("/tin-tuc/2025/06/");
        assertThat(http.get("/tin-tuc/2025/06/").body())
                .as("the section's month page")
                .contains(title);
        assertThat(http.get("/tin-tuc/2024/12/").body())
                .as("its neighbour links to it")
                .contains("/tin-tuc/2025/06/");
        assertThat(SitemapFiles.urls(http)).contains(portalUrl("/tin-tuc/2025/06/15/" + slug + ".html"));

        StorageCounter.Cost unpublish = measure(
                () -> http.delete("/api/articles/" + status.get("articleId"), "authorization", editor.bearer()));
        assertThat(http.get("/tin-tuc/2025/06/15/").status()).isEqualTo(404);
        assertThat(http.get("/tin-tuc/").body()).doesNotContain(title);
        assertThat(http.get("/tin-tuc/2025/06/").status())
                .as("an emptied month's page is gone")
                .isEqualTo(404);
        assertThat(http.get("/tin-tuc/2024/12/").body())
                .as("and its neighbour no longer links to it")
                .doesNotContain("/tin-tuc/2025/06/");
        assertThat(http.get("/sitemaps/2025-06.xml").status())
                .as("the emptied month's sitemap is gone")
                .isEqualTo(404);
        assertThat(SitemapFiles.urls(http)).noneMatch(u -> u.contains("/2025/06/"));
        return new Costs(publish, update, unpublish);
    }

    private static String portalUrl(String path) {
        return portal.baseUrl() + path;
    }

    private static StorageCounter.Cost measure(Supplier<?> step) {
        StorageCounter.Snapshot before = StorageCounter.snapshot(table, bucket);
        step.get();
        return before.since();
    }
}
