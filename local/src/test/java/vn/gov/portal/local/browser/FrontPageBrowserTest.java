package vn.gov.portal.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.gov.portal.common.Sections;
import vn.gov.portal.local.Http;

/**
 * The portal's front as a reader meets it, at desktop and phone widths: the home page (menu of
 * every section, lead article with its picture, a block per section), a section's pages paged
 * back month by month to its oldest article, and an article with responsive images, related
 * articles and share links. Screenshots go where {@link ReaderPagesScreenshotTest} puts them.
 */
class FrontPageBrowserTest extends BrowserTest {

    /** The sample article (local/samples/articles/06-…) with a 1440 px photograph. */
    static final String PHOTO_ARTICLE =
            "/chi-dao-dieu-hanh/2026/11/26/hoi-nghi-trien-khai-nhiem-vu-trong-tam-nhung-thang-cuoi-nam-2026.html";
    /** Articles published here for paging: more than a landing page shows, over three months. */
    static final int PAGED = 23;

    static final String PAGED_SECTION = "huong-dan";

    private static ReaderSite site;
    private static final List<String> pagedTitles = new ArrayList<>();

    @BeforeAll
    static void content() {
        site = ReaderSite.shared();
        // not in date order (March, then January, then February), as an archive import may publish:
        // every month page's links must still chain through all three
        for (int k = 0; k < PAGED; k++) {
            int i = (k + 20) % PAGED;
            String title = "Hướng dẫn lưu trữ số " + (i + 1);
            String at = String.format("2019-%02d-%02dT09:00:00+07:00", 1 + i / 10, 1 + i % 10 * 2);
            site.publishIn(
                    PAGED_SECTION,
                    title,
                    "huong-dan-luu-tru-" + (i + 1),
                    at,
                    "Tóm tắt " + title,
                    "Nội dung " + title + ".");
            pagedTitles.add(title);
        }
    }

    /** What every page of the front keeps: one h1, every image with an alt, every link and control named. */
    private void assertAccessibleBasics() {
        assertThat((Long) browser.script("return document.querySelectorAll('h1').length;"))
                .as("one h1")
                .isEqualTo(1L);
        assertThat((List<?>) browser.script(
                        "return [...document.images].filter(i => !i.hasAttribute('alt')).map(i => i.src);"))
                .as("images without alt")
                .isEmpty();
        assertThat((List<?>) browser.script("""
                return [...document.querySelectorAll('a[href], button, input, select')]
                  .filter(e => e.getClientRects().length > 0 && e.getAttribute('aria-hidden') !== 'true')
                  .filter(e => !(e.getAttribute('aria-label') || e.textContent.trim() || (e.labels && e.labels.length)
                      || e.getAttribute('title') || (e.querySelector('img[alt]:not([alt=""])'))))
                  .map(e => e.outerHTML.slice(0, 80));
                """))
                .as("links and controls without a name")
                .isEmpty();
    }

    @Test
    void theHomePageLeadsWithAPictureAndHasABlockPerSectionAndTheMenuListsEverySection() {
        for (Browser.Viewport viewport : List.of(Browser.DESKTOP, Browser.PHONE)) {
            browser.use(viewport);
            browser.open(site.url("/"));
            List<String> menu = browser.findAll("nav.site-nav a").stream()
                    .map(a -> a.getDomAttribute("href"))
                    .toList();
            assertThat(menu)
                    .containsAll(Sections.site().all().stream()
                            .map(Sections.Section::path)
                            .toList());
            WebElement lead = browser.visible("article.home-lead");
            WebElement img = lead.findElement(By.cssSelector("img"));
            browser.await(d ->
                    (Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0;", img));
            assertThat(lead.findElement(By.cssSelector("h3 a")).getDomAttribute("href"))
                    .isEqualTo(PHOTO_ARTICLE);
            assertThat(img.getDomAttribute("width")).isEqualTo("1440");
            String chosen = (String) browser.script("return arguments[0].currentSrc;", img);
            // the lead is the column's width on a phone (358 px), 560 px beside the latest list on a desktop
            assertThat(chosen)
                    .as("a variant that fits, not the 1440 px original")
                    .endsWith("-640.jpg");
            assertThat(browser.findAll("section.home-block").stream()
                            .map(b -> b.getDomAttribute("data-section"))
                            .toList())
                    .contains("tin-tuc", "chi-dao-dieu-hanh", "thong-bao", PAGED_SECTION, "hoat-dong-dia-phuong");
            assertThat(browser.findAll("aside #tim-theo-ngay form, header form.site-search, aside #van-ban-chi-dao"))
                    .hasSize(3);
            ReaderPagesScreenshotTest.assertFitsWidth(browser, viewport);
            assertAccessibleBasics();
            browser.saveScreenshot(ReaderPagesScreenshotTest.SCREENSHOTS, "trang-chu-" + viewport.name());
        }
    }

    @Test
    void aSectionPagesBackMonthByMonthToItsOldestArticle() {
        browser.use(Browser.PHONE);
        browser.open(site.url("/"));
        browser.find("nav.site-nav a[href='/" + PAGED_SECTION + "/']").click();
        browser.text("main h1", "Hướng dẫn nghiệp vụ");
        List<WebElement> first = browser.findAll("main ol.article-list h2 a");
        assertThat(first).hasSize(20);
        ReaderPagesScreenshotTest.assertFitsWidth(browser, Browser.PHONE);
        assertAccessibleBasics();
        browser.saveScreenshot(ReaderPagesScreenshotTest.SCREENSHOTS, "chuyen-muc-phone");
        Set<String> seen =
                new LinkedHashSet<>(first.stream().map(WebElement::getText).toList());
        int pages = 1;
        while (!browser.findAll("nav.pager a.pager-older").isEmpty()) {
            browser.find("nav.pager a.pager-older").click();
            browser.visible("main h1 .page-title-sub");
            browser.findAll("main ol.article-list h2 a").forEach(a -> seen.add(a.getText()));
            assertThat(++pages).as("paging ends").isLessThan(10);
        }
        assertThat(browser.find("main h1").getText()).isEqualTo("Hướng dẫn nghiệp vụ tháng 01/2019");
        assertThat(seen)
                .as("every article of the section is reached, the oldest on the last page")
                .containsAll(pagedTitles);
        assertThat(browser.findAll("main ol.article-list h2 a").getLast().getText())
                .isEqualTo("Hướng dẫn lưu trữ số 1");
        // and back up through "newer", and the month list of the landing page
        browser.find("nav.pager a.pager-newer").click();
        browser.text("main h1", "tháng 02/2019");
        browser.use(Browser.DESKTOP);
        browser.open(site.url("/" + PAGED_SECTION + "/"));
        assertThat(browser.findAll("#luu-tru a").stream()
                        .map(a -> a.getDomAttribute("href"))
                        .toList())
                .contains("/huong-dan/2019/01/", "/huong-dan/2019/02/", "/huong-dan/2019/03/");
        ReaderPagesScreenshotTest.assertFitsWidth(browser, Browser.DESKTOP);
        browser.saveScreenshot(ReaderPagesScreenshotTest.SCREENSHOTS, "chuyen-muc-desktop");
    }

    @Test
    void anArticleServesImagesThatFitThePhoneAndLinksToRelatedArticlesAndSharing() {
        long original = bytes(originalOf());
        for (Browser.Viewport viewport : List.of(Browser.PHONE, Browser.DESKTOP)) {
            browser.use(viewport);
            browser.open(site.url(PHOTO_ARTICLE));
            WebElement img = browser.visible(".article-body figure img");
            browser.await(d ->
                    (Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0;", img));
            assertThat(img.getDomAttribute("srcset"))
                    .contains("-320.jpg 320w", "-640.jpg 640w", "-1024.jpg 1024w", " 1440w");
            assertThat(img.getDomAttribute("width") + "x" + img.getDomAttribute("height"))
                    .isEqualTo("1440x810");
            assertThat(img.getDomAttribute("sizes")).isNotEmpty();
            String chosen = (String) browser.script("return arguments[0].currentSrc;", img);
            long loaded = bytes(chosen.replaceFirst("^https?://[^/]+", ""));
            System.out.printf(
                    "image bytes at %s: %d of the original's %d (%.0f %% saved)%n",
                    viewport.name(), loaded, original, 100.0 * (original - loaded) / original);
            assertThat(loaded).as("the image loaded at " + viewport.name()).isLessThan(original);
            Map<?, ?> box = (Map<?, ?>) browser.script(
                    "const r = arguments[0].getBoundingClientRect(); return {w: r.width, h: r.height};", img);
            assertThat(((Number) box.get("h")).doubleValue() / ((Number) box.get("w")).doubleValue())
                    .as("no distortion")
                    .isCloseTo(810.0 / 1440, Offset.offset(0.01));
            ReaderPagesScreenshotTest.assertFitsWidth(browser, viewport);
            assertAccessibleBasics();
            browser.saveScreenshot(ReaderPagesScreenshotTest.SCREENSHOTS, "bai-viet-anh-" + viewport.name());
        }
        assertThat(browser.find("meta[property='og:image']").getDomAttribute("content"))
                .endsWith(originalOf());
        assertThat(browser.find("a.share-zalo").getDomAttribute("href")).startsWith("https://sp.zalo.me/");
        assertThat(browser.find("a.share-facebook").getDomAttribute("href"))
                .startsWith("https://www.facebook.com/sharer/sharer.php?u=");
    }

    @Test
    void relatedArticlesAreOfTheSameSectionSharingWordsNeverTheArticleItself() {
        site.publishIn(
                "thong-bao",
                "Thông báo tuyển dụng viên chức năm 2020",
                "tuyen-dung-2020",
                "2020-03-02T09:00:00+07:00",
                null,
                "Nội dung.");
        site.publishIn(
                "thong-bao", "Thông báo lịch nghỉ lễ", "nghi-le-2020", "2020-03-03T09:00:00+07:00", null, "Nội dung.");
        site.publishIn(
                "tin-tuc",
                "Tuyển dụng viên chức ở một chuyên mục khác",
                "tuyen-dung-khac",
                "2020-03-04T09:00:00+07:00",
                null,
                "Nội dung.");
        ReaderSite.Published article = site.publishIn(
                "thong-bao",
                "Thông báo kết quả tuyển dụng viên chức năm 2020",
                "ket-qua-tuyen-dung-2020",
                "2020-03-05T09:00:00+07:00",
                null,
                "Nội dung.");
        for (Browser.Viewport viewport : List.of(Browser.PHONE, Browser.DESKTOP)) {
            browser.use(viewport);
            browser.open(site.url(article.url()));
            List<String> related = browser.findAll("section.related a").stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(related)
                    .contains("Thông báo tuyển dụng viên chức năm 2020", "Thông báo lịch nghỉ lễ")
                    .doesNotContain(
                            "Thông báo kết quả tuyển dụng viên chức năm 2020",
                            "Tuyển dụng viên chức ở một chuyên mục khác");
            assertThat(related.indexOf("Thông báo lịch nghỉ lễ"))
                    .as("newest first")
                    .isLessThan(related.indexOf("Thông báo tuyển dụng viên chức năm 2020"));
            ReaderPagesScreenshotTest.assertFitsWidth(browser, viewport);
        }
        // copy-link: the page's address goes to the clipboard, and the reader is told
        browser.driver()
                .executeCdpCommand(
                        "Browser.grantPermissions",
                        Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.find("a[data-copy-link]").click();
        browser.text(".share-status", "Đã sao chép liên kết.");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(site.url(article.url()));
    }

    @Test
    void theFrontIsReadAndPagedWithJavaScriptOffAndWithTheKeyboard() {
        replaceBrowser(Browser.withoutJavaScript());
        browser.use(Browser.PHONE);
        browser.open(site.url("/"));
        assertThat(browser.find("article.home-lead h3 a").getDomAttribute("href"))
                .isEqualTo(PHOTO_ARTICLE);
        browser.find("section.home-block[data-section='" + PAGED_SECTION + "'] .home-block-more a")
                .click();
        browser.text("main h1", "Hướng dẫn nghiệp vụ");
        browser.find("nav.pager a.pager-older").click();
        browser.text("main h1", "tháng");
        assertThat(browser.findAll("main ol.article-list h2 a")).isNotEmpty();
        browser.open(site.url(PHOTO_ARTICLE));
        assertThat(browser.find("a[data-copy-link]").getDomAttribute("href"))
                .as("without the script: the address itself")
                .endsWith(PHOTO_ARTICLE);

        replaceBrowser(Browser.start());
        browser.use(Browser.DESKTOP);
        browser.open(site.url("/"));
        // skip link, brand, search field, search button, then the menu: Trang chủ, then the first section
        for (int i = 0;
                i < 6 && !"Tin tức - Sự kiện".equalsIgnoreCase(browser.focused().getText());
                i++) {
            browser.press(Keys.TAB);
        }
        assertThat(browser.focused().getDomAttribute("href")).isEqualTo("/tin-tuc/");
        browser.press(Keys.ENTER);
        browser.text("main h1", "Tin tức - Sự kiện");
        assertThat(browser.find("nav.site-nav a[href='/tin-tuc/']").getDomAttribute("aria-current"))
                .isEqualTo("page");
    }

    private String originalOf() {
        return site.http
                .get(PHOTO_ARTICLE)
                .body()
                .replaceAll("(?s).*<meta property=\"og:image\" content=\"[^\"]*?(/media/[^\"]+)\".*", "$1");
    }

    /** Bytes a reader downloads for a site file (its Content-Length). */
    private static long bytes(String path) {
        Http.Response response = site.http.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.raw().headers().firstValueAsLong("content-length").orElseThrow();
    }
}
