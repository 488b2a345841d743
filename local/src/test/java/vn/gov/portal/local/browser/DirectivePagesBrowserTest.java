package vn.gov.portal.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The directives' pages in a real browser: the list /van-ban/ with its filters and pages in
 * shareable URLs, a document's page with its status and relations both ways, the status kept right
 * by the script after the day it changes, reading without JavaScript, and an article's link to a
 * document it mentions. The samples of local/samples provide a decision replaced by another
 * (1200/QĐ-LĐTBXH by 1420/QĐ-LĐTBXH) and the article mentioning 06/QĐ-TTg.
 */
class DirectivePagesBrowserTest extends BrowserTest {

    private static final String YEAR = "2011";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static ReaderSite site;
    private static Map<String, Object> replaced;
    private static Map<String, Object> replacing;
    private static Map<String, Object> inEffect;

    @BeforeAll
    static void content() {
        site = ReaderSite.shared();
        replaced = only("1200/QĐ-LĐTBXH");
        replacing = only("1420/QĐ-LĐTBXH");
        // a year of 22 letters: more than one page of 20
        for (int i = 1; i <= 22; i++) {
            site.directive(
                    "Công văn số " + (600 + i) + "/LĐTBXH-VP v/v thử phân trang số " + i,
                    YEAR + "-03-" + String.format("%02d", i),
                    null);
        }
        inEffect = site.directive(
                "Quyết định số 700/QĐ-LĐTBXH về thử tình trạng hiệu lực",
                TODAY.minusDays(3).toString(),
                null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> only(String symbol) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) site.http
                .get("/api/directives?symbol=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8))
                .json()
                .get("items");
        assertThat(items).as("the sample " + symbol).hasSize(1);
        return items.getFirst();
    }

    /** The titles listed now, read in one script call (the script replaces the list while a test waits). */
    @SuppressWarnings("unchecked")
    private List<String> rowTitles() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'.directive-list-results .directive-row-title a'), a => a.textContent);");
    }

    @SuppressWarnings("unchecked")
    private List<String> statuses() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'.directive-list-results .directive-status'), s => s.textContent);");
    }

    private void assertLandmarksAndNames() {
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("vi");
        for (String landmark : List.of("body > header", "header nav", "main#noi-dung", "aside", "body > footer")) {
            assertThat(browser.findAll(landmark)).as(landmark).hasSize(1);
        }
        assertThat(browser.findAll("main h1")).hasSize(1);
        for (WebElement control : browser.findAll("main select, main input, main button, main a").stream()
                .filter(WebElement::isDisplayed)
                .toList()) {
            assertThat(control.getAccessibleName())
                    .as("accessible name of " + control.getTagName())
                    .isNotBlank();
        }
        assertThat(browser.findAll("a[href^='/api/']")).as("no link to the API").isEmpty();
    }

    @Test
    void theListFiltersByStatusAndIssuerInShareableUrls() {
        browser.open(site.url("/van-ban/"));
        assertThat(browser.find("main h1").getText()).isEqualTo("Văn bản chỉ đạo điều hành");
        assertThat(browser.driver().getTitle()).startsWith("Văn bản chỉ đạo điều hành | ");
        assertLandmarksAndNames();
        assertThat(rowTitles()).hasSize(20);

        new Select(browser.find("#loc-tinh-trang")).selectByVisibleText("Hết hiệu lực");
        browser.find(".directive-filters button[type=submit]").click();
        browser.await(d -> d.getCurrentUrl().endsWith("/van-ban/?status=het-hieu-luc"));
        // the static first page also lists the replaced decision: wait for the API's answer
        browser.await(d -> statuses().stream().allMatch("Hết hiệu lực"::equals) ? true : null);
        assertThat(rowTitles()).contains((String) replaced.get("title")).doesNotContain((String)
                replacing.get("title"));

        // the address is shared: another reader opening it sees the same filter and results
        browser.driver().navigate().refresh();
        browser.await(d -> statuses().stream().allMatch("Hết hiệu lực"::equals) ? true : null);
        assertThat(rowTitles()).contains((String) replaced.get("title"));
        assertThat(new Select(browser.find("#loc-tinh-trang"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Hết hiệu lực");

        new Select(browser.find("#loc-tinh-trang")).selectByVisibleText("Tất cả");
        new Select(browser.find("#loc-co-quan")).selectByVisibleText("Thủ tướng Chính phủ");
        browser.find(".directive-filters button[type=submit]").click();
        browser.await(d -> d.getCurrentUrl().endsWith("/van-ban/?issuer=TTg"));
        browser.await(d -> rowTitles().size() == 1 ? true : null);
        assertThat(rowTitles().getFirst()).contains("06/QĐ-TTg");
        assertThat(browser.find(".directive-list-results .directive-issuer").getText())
                .isEqualTo("Thủ tướng Chính phủ");

        browser.driver().navigate().back();
        browser.await(d -> d.getCurrentUrl().endsWith("/van-ban/?status=het-hieu-luc"));
        browser.await(d -> rowTitles().contains((String) replaced.get("title"))
                        && rowTitles().size() < 20
                ? true
                : null);
        assertLandmarksAndNames();
    }

    @Test
    void theListPagesWithTheKeyboardAndTheNextPageCanBeShared() {
        browser.open(site.url("/van-ban/?year=" + YEAR));
        // the static first page (newest of all years) shows until the script has the year's page
        browser.await(d -> rowTitles().size() == 20 && rowTitles().getFirst().contains("622/LĐTBXH-VP") ? true : null);
        assertThat(browser.find("#loc-nam").getDomProperty("value")).isEqualTo(YEAR);
        WebElement next = browser.visible(".directive-pager-next");
        assertThat(browser.find(".directive-pager-first").isDisplayed()).isFalse();
        next.sendKeys(Keys.ENTER);
        browser.await(d -> rowTitles().size() == 2 ? true : null);
        assertThat(rowTitles())
                .containsExactly(
                        "Công văn số 602/LĐTBXH-VP v/v thử phân trang số 2",
                        "Công văn số 601/LĐTBXH-VP v/v thử phân trang số 1");
        String second = browser.driver().getCurrentUrl();
        assertThat(second).contains("year=" + YEAR, "cursor=");
        assertThat(browser.find(".directive-pager-next").isDisplayed()).isFalse();

        browser.open(second);
        browser.await(d -> rowTitles().size() == 2 ? true : null);
        browser.visible(".directive-pager-first").click();
        browser.await(d -> rowTitles().size() == 20 ? true : null);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/van-ban/?year=" + YEAR);
    }

    @Test
    void aReplacedDecisionLinksToItsReplacementAndBack() {
        browser.open(site.url((String) replaced.get("pageUrl")));
        assertLandmarksAndNames();
        assertThat(browser.find("main h1").getText()).isEqualTo(replaced.get("title"));
        assertThat(browser.find(".directive-status").getText()).isEqualTo("Hết hiệu lực");
        assertThat(browser.find(".directive-facts").getText())
                .contains(
                        "Bộ Lao động - Thương binh và Xã hội",
                        "Chuyển đổi số",
                        "Thứ trưởng Nguyễn Văn An",
                        "Ngày hết hiệu lực");
        assertThat(browser.find(".directive-relations dt").getText()).isEqualTo("Bị thay thế bởi");
        browser.find(".directive-relations a").click();
        browser.await(d -> d.getCurrentUrl().endsWith((String) replacing.get("pageUrl")));
        assertThat(browser.find(".directive-status").getText()).isEqualTo("Còn hiệu lực");
        assertThat(browser.find(".directive-relations dt").getText()).isEqualTo("Thay thế");
        assertThat(browser.find(".directive-relations a").getDomAttribute("href"))
                .isEqualTo(replaced.get("pageUrl"));
        assertThat(browser.find(".breadcrumb a[href='/van-ban/']").getText()).isEqualTo("Văn bản chỉ đạo điều hành");
    }

    @Test
    void aPageWrittenBeforeTheDayItsStatusChangedShowsTodaysStatus() {
        // the page as it was written the day before the document took effect: the script recomputes it
        String path = (String) inEffect.get("pageUrl");
        String written = site.http.get(path).body();
        String yesterday = TODAY.minusDays(1).toString();
        String stale = written.replace(
                        "data-effective-from=\"" + inEffect.get("issuedOn") + "\"",
                        "data-effective-from=\"" + TODAY + "\"")
                .replace(">Còn hiệu lực<", ">Chưa có hiệu lực<")
                .replace("datetime=\"" + TODAY + "\">", "datetime=\"" + yesterday + "\">");
        assertThat(stale).contains(">Chưa có hiệu lực<");
        site.portal
                .s3()
                .putObject(
                        r -> r.bucket(site.portal.deployment().physicalName("SiteBucket"))
                                .key(path.substring(1))
                                .contentType("text/html; charset=utf-8"),
                        RequestBody.fromString(stale, StandardCharsets.UTF_8));

        browser.open(site.url(path));
        browser.await(
                d -> "Còn hiệu lực".equals(browser.find(".directive-status").getText()) ? true : null);
        assertThat(browser.find(".directive-status").getDomAttribute("class"))
                .contains("directive-status-con-hieu-luc");
        assertThat(browser.find(".directive-status-as-of time").getDomAttribute("datetime"))
                .isEqualTo(TODAY.toString());
    }

    @Test
    void withoutJavaScriptTheListsFirstPageAndTheDocumentsAreReadable() {
        replaceBrowser(Browser.withoutJavaScript());
        browser.open(site.url("/van-ban/"));
        assertThat(browser.findAll(".directive-list-results .directive-row")).hasSize(20);
        assertThat(browser.find("main").getText()).contains("Bộ lọc và các trang sau cần JavaScript");
        browser.find(".directive-row-title a").click();
        browser.await(d -> d.getCurrentUrl().contains("/van-ban/20"));
        assertThat(browser.find(".directive-status").getText()).isNotBlank();
        assertThat(browser.find(".directive-facts").getText()).contains("Ngày ban hành");
    }

    @Test
    void anArticleLinksTheDecisionItMentions() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> day = (List<Map<String, Object>>)
                site.http.get("/api/articles?date=2026-11-24").json().get("items");
        String url = day.stream()
                .map(a -> (String) a.get("url"))
                .filter(u -> u.contains("bao-hiem"))
                .findFirst()
                .orElseThrow();
        browser.open(site.url(url));
        WebElement link = browser.find(".article-body a.directive-ref");
        assertThat(link.getText()).isEqualTo("06/QĐ-TTg");
        link.click();
        browser.await(d -> d.getCurrentUrl().endsWith("/van-ban/2022/06-qd-ttg.html"));
        assertThat(browser.find("main h1").getText()).startsWith("Quyết định số 06/QĐ-TTg");
        assertThat(browser.find(".directive-facts").getText()).contains("Thủ tướng Chính phủ");
    }
}
