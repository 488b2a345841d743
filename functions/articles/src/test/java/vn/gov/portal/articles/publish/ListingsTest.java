package vn.gov.portal.articles.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.render.SitePaths;
import vn.gov.portal.articles.store.Listed;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.aws.InMemorySiteStore;
import vn.gov.portal.common.aws.SiteBucket;

/**
 * The listing pages a publish or an unpublish rewrites, without the emulator: day archive,
 * section landing and month pages, home, feed, month sitemap and index; and that the work does
 * not grow with the archive.
 */
class ListingsTest {

    private static final String SITE = "https://portal.example.vn";

    private final InMemoryArticleStore store = new InMemoryArticleStore();
    private final InMemorySiteStore site = new InMemorySiteStore();
    private final Listings listings = new Listings(
            store,
            site,
            new PageRenderer("Bộ Thử nghiệm", SITE),
            () -> SITE,
            Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC));
    private int ids;

    /** The one place a listed article is built: published at {@code at} (offset +07:00). */
    private Listed article(String section, String at, String title) {
        OffsetDateTime published = OffsetDateTime.parse(at + "+07:00");
        String id = String.format("a%025d", ++ids);
        return new Listed(
                id,
                title,
                SitePaths.articlePath(section, published, "bai-" + ids),
                "Tóm tắt " + title,
                section,
                published,
                published.toInstant());
    }

    private Listed publish(String section, String at, String title) {
        Listed a = article(section, at, title);
        store.publish(a);
        listings.refresh(Set.of(place(a)));
        return a;
    }

    private static Listings.Place place(Listed a) {
        return new Listings.Place(a.category(), Dates.vietnamDay(a.publishedAt()));
    }

    @Test
    void aPublishPutsTheArticleOnEveryListingItBelongsTo() {
        Listed a = publish("tin-tuc", "2026-03-02T09:00:00", "Hội nghị tổng kết năm");

        for (String path : List.of(
                "/tin-tuc/2026/03/02/index.html",
                "/tin-tuc/index.html",
                "/tin-tuc/2026/03/index.html",
                "/index.html",
                "/rss.xml")) {
            assertThat(site.text(path))
                    .as(path)
                    .contains("Hội nghị tổng kết năm")
                    .contains(a.url());
            assertThat(site.file(path).orElseThrow().cacheControl()).isEqualTo(SiteBucket.LISTING_CACHE);
        }
        assertThat(site.text("/sitemaps/2026-03.xml")).contains(SITE + a.url());
        assertThat(site.text("/sitemap.xml"))
                .contains(SITE + "/sitemaps/2026-03.xml")
                .contains(SITE + SitePaths.PAGES_SITEMAP);
        assertThat(site.exists("/thong-bao/index.html"))
                .as("another section's pages")
                .isFalse();
    }

    @Test
    void listingsShowTheNewestFirst() {
        publish("tin-tuc", "2026-03-02T08:00:00", "Tin buổi sáng");
        publish("tin-tuc", "2026-03-02T15:00:00", "Tin buổi chiều");
        String day = site.text("/tin-tuc/2026/03/02/index.html");
        assertThat(day.indexOf("Tin buổi chiều"))
                .isLessThan(day.indexOf("Tin buổi sáng"))
                .isPositive();
        String home = site.text("/index.html");
        assertThat(home.indexOf("Tin buổi chiều"))
                .isLessThan(home.indexOf("Tin buổi sáng"))
                .isPositive();
    }

    @Test
    void anArticleAfterMidnightInVietnamIsOnTheNextDay() {
        publish("thong-bao", "2026-03-01T00:30:00", "Thông báo nửa đêm");
        assertThat(site.exists("/thong-bao/2026/03/01/index.html")).isTrue();
        assertThat(site.exists("/thong-bao/2026/02/28/index.html")).isFalse();
        assertThat(site.exists("/thong-bao/2026/03/index.html")).isTrue();
    }

    @Test
    void unpublishingTheLastArticleOfADayAndMonthRemovesTheirPages() {
        publish("tin-tuc", "2026-02-10T09:00:00", "Tin tháng hai");
        Listed march = publish("tin-tuc", "2026-03-02T09:00:00", "Tin tháng ba");

        store.unpublish(march.id());
        listings.refresh(Set.of(place(march)));

        assertThat(site.exists("/tin-tuc/2026/03/02/index.html")).isFalse();
        assertThat(site.exists("/tin-tuc/2026/03/index.html")).isFalse();
        assertThat(site.exists("/sitemaps/2026-03.xml")).isFalse();
        assertThat(site.text("/sitemap.xml")).doesNotContain("2026-03.xml").contains("2026-02.xml");
        assertThat(site.text("/tin-tuc/index.html"))
                .doesNotContain("Tin tháng ba")
                .contains("Tin tháng hai")
                .doesNotContain("/tin-tuc/2026/03/");
        assertThat(site.text("/tin-tuc/2026/02/index.html"))
                .as("the neighbour no longer links the emptied month")
                .doesNotContain("/tin-tuc/2026/03/");
        assertThat(site.text("/index.html")).doesNotContain("Tin tháng ba");
        assertThat(site.text("/rss.xml")).doesNotContain("Tin tháng ba");
        assertThat(store.sectionMonths("tin-tuc")).containsExactly(YearMonth.of(2026, 2));
    }

    @Test
    void theFirstArticleOfASectionInAMonthLinksItFromTheNeighbouringMonths() {
        publish("huong-dan", "2026-01-05T09:00:00", "Hướng dẫn tháng một");
        publish("huong-dan", "2026-03-05T09:00:00", "Hướng dẫn tháng ba");
        assertThat(site.text("/huong-dan/2026/01/index.html")).contains("/huong-dan/2026/03/");

        publish("huong-dan", "2026-02-05T09:00:00", "Hướng dẫn tháng hai");
        assertThat(site.text("/huong-dan/2026/01/index.html")).contains("/huong-dan/2026/02/");
        assertThat(site.text("/huong-dan/2026/03/index.html")).contains("/huong-dan/2026/02/");
    }

    @Test
    void aPublishRewritesItsOwnPagesOnlyAndReadsTheSameWhateverTheArchiveHolds() {
        int small = publishIntoAnArchiveOf(8);
        List<String> changesSmall = site.changes();
        ListingsTest other = new ListingsTest();
        int large = other.publishIntoAnArchiveOf(36);

        assertThat(large).as("listing items read for one publish").isEqualTo(small);
        assertThat(other.site.changes()).isEqualTo(changesSmall);
        assertThat(changesSmall)
                .containsExactlyInAnyOrder(
                        "put /tin-tuc/2026/03/02/index.html",
                        "put /tin-tuc/2026/03/index.html",
                        "put /sitemaps/2026-03.xml",
                        "put /tin-tuc/index.html",
                        "put /index.html",
                        "put /rss.xml",
                        "put /sitemap.xml");
    }

    /**
     * An archive of {@code months} months of three articles in every section (listed, their pages
     * not written: a publish never reads them), then one publish; its listing reads.
     */
    private int publishIntoAnArchiveOf(int months) {
        YearMonth first = YearMonth.of(2026, 3).minusMonths(months);
        for (int m = 0; m < months; m++) {
            for (String section :
                    List.of("tin-tuc", "thong-bao", "chi-dao-dieu-hanh", "huong-dan", "hoat-dong-dia-phuong")) {
                for (int d = 1; d <= 3; d++) {
                    store.publish(
                            article(section, first.plusMonths(m).atDay(d * 7) + "T10:00:00", "Bài " + m + " " + d));
                }
            }
        }
        publish("tin-tuc", "2026-03-01T10:00:00", "Bài đầu tháng ba");
        site.clearChanges();
        int before = store.listedRead;
        publish("tin-tuc", "2026-03-02T10:00:00", "Bài mới");
        return store.listedRead - before;
    }
}
