package vn.gov.portal.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Rectangle;
import vn.gov.portal.local.TestStack;

/**
 * The article page and the date search page at desktop (1280 px) and phone (390 px) widths: the
 * layout holds (no sideways scrolling, the aside beside or below the main column) and a full-page
 * screenshot is saved, to local/target/screenshots by default. To refresh the ones in the docs:
 * {@code mvn -B -o test -pl local -Dtest='vn.gov.portal.local.browser.*Test' -Dportal.screenshots=docs/screenshots}.
 */
class ReaderPagesScreenshotTest extends BrowserTest {

    static final Path SCREENSHOTS =
            TestStack.ROOT.resolve(System.getProperty("portal.screenshots", "local/target/screenshots"));
    static final String SAMPLE_DAY = "2026-11-24";
    static final String SAMPLE_SLUG = "hoi-thao-ve-doi-moi-cong-tac-truyen-thong-chinh-sach";

    private static ReaderSite site;
    private static String articleUrl;

    @BeforeAll
    static void content() {
        site = ReaderSite.shared();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> day = (List<Map<String, Object>>)
                site.http.get("/api/articles?date=" + SAMPLE_DAY).json().get("items");
        Map<String, Object> sample = day.stream()
                .filter(a -> SAMPLE_SLUG.equals(a.get("slug")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the sample article of local/samples is missing: " + day));
        articleUrl = (String) sample.get("url");
        for (int stars : new int[] {5, 4, 4, 5, 3, 4, 5}) {
            site.vote((String) sample.get("id"), stars);
        }
    }

    /** Nothing sticks out sideways: no horizontal scrolling, no element past the right edge (but inside a scrolling strip). */
    private void assertFitsWidth(Browser.Viewport viewport) {
        assertFitsWidth(browser, viewport);
    }

    static void assertFitsWidth(Browser browser, Browser.Viewport viewport) {
        assertThat((Long) browser.script("return document.documentElement.scrollWidth;"))
                .as("page width at " + viewport.name())
                .isLessThanOrEqualTo(viewport.width());
        Object outside = browser.script("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                  .filter(e => !e.closest('.visually-hidden, .skip-link') && e.getClientRects().length > 0)
                  // inside a sideways-scrolling strip (the phone's menu) is not outside the page
                  .filter(e => { for (let p = e.parentElement; p; p = p.parentElement) {
                      const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return false; } return true; })
                  .filter(e => e.getBoundingClientRect().right > width + 0.5)
                  .map(e => e.tagName.toLowerCase() + '.' + e.className);
                """);
        assertThat((List<?>) outside)
                .as("elements past the right edge at " + viewport.name())
                .isEmpty();
    }

    private void assertColumns(Browser.Viewport viewport) {
        Rectangle main = browser.find("main").getRect();
        Rectangle aside = browser.find("aside").getRect();
        if (viewport.mobile()) {
            assertThat(aside.getY())
                    .as("the aside comes after the article on a phone")
                    .isGreaterThanOrEqualTo(main.getY() + main.getHeight());
        } else {
            assertThat(aside.getX())
                    .as("the aside is beside the article on a desktop")
                    .isGreaterThanOrEqualTo(main.getX() + main.getWidth());
        }
    }

    @Test
    void theArticlePageOnADesktopAndAPhone() {
        for (Browser.Viewport viewport : List.of(Browser.DESKTOP, Browser.PHONE)) {
            browser.use(viewport);
            browser.open(site.url(articleUrl));
            browser.visible("#van-ban-chi-dao .directive-list");
            browser.text("#danh-gia .rating-summary", "7 lượt đánh giá");
            // the captcha is asked for when the box comes into view
            browser.script("document.querySelector('#danh-gia').scrollIntoView();");
            browser.visible("#danh-gia .captcha-image");
            browser.script("window.scrollTo(0, 0);");
            browser.await(d -> (Boolean)
                    browser.script("return [...document.images].every(i => i.complete && i.naturalWidth > 0);"));
            assertFitsWidth(viewport);
            assertColumns(viewport);
            browser.saveScreenshot(SCREENSHOTS, "article-" + viewport.name());
        }
    }

    @Test
    void theDateSearchPageOnADesktopAndAPhone() {
        for (Browser.Viewport viewport : List.of(Browser.DESKTOP, Browser.PHONE)) {
            browser.use(viewport);
            browser.open(site.url("/tim-theo-ngay.html?date=" + SAMPLE_DAY));
            browser.visible(".date-search-results .article-list");
            browser.visible("#van-ban-chi-dao .directive-list");
            assertFitsWidth(viewport);
            assertColumns(viewport);
            browser.saveScreenshot(SCREENSHOTS, "tim-theo-ngay-" + viewport.name());
        }
    }
}
