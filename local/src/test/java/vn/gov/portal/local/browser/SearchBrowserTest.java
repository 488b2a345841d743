package vn.gov.portal.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Tìm kiếm: the header's search box on every page and /tim-kiem.html, in a real browser. */
class SearchBrowserTest extends BrowserTest {

    private static ReaderSite site;
    private static ReaderSite.Published pension;

    @BeforeAll
    static void content() {
        site = ReaderSite.shared();
        pension = site.publish(
                "Điều chỉnh lương hưu và trợ cấp bảo hiểm xã hội hằng tháng",
                "dieu-chinh-luong-huu",
                "2024-07-01T08:00:00+07:00",
                "Mức hưởng lương hưu tăng từ tháng 7.",
                "Người hưởng **lương hưu** được điều chỉnh.");
        for (int i = 1; i <= 12; i++) {
            site.publish(
                    "Phát triển điện gió ngoài khơi, đợt " + i,
                    "dien-gio-ngoai-khoi-" + i,
                    String.format("2024-06-%02dT08:00:00+07:00", i),
                    "Điện gió ngoài khơi.",
                    "Nội dung.");
        }
    }

    private static String page(String q) {
        return site.url("/tim-kiem.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    /** Waits until the results list has {@code count} items. */
    private List<WebElement> results(int count) {
        return browser.await(d -> {
            List<WebElement> items = browser.findAll(".search-results li.search-result");
            return items.size() == count
                            && browser.findAll(".search-results[aria-busy]").isEmpty()
                    ? items
                    : null;
        });
    }

    @Test
    void aReaderTypesWithoutToneMarksInTheHeaderAndOpensTheArticle() {
        browser.open(site.url(pension.url()));
        WebElement box = browser.find(".site-search-input");
        assertThat(box.getDomAttribute("type")).isEqualTo("search");
        assertThat(browser.find("label[for=site-search-q]").getDomAttribute("class"))
                .contains("visually-hidden");
        box.click();
        box.sendKeys("luong huu", Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().contains("/tim-kiem.html?q=luong+huu"));
        List<WebElement> items = results(1);
        WebElement link = items.getFirst().findElement(By.cssSelector("a"));
        assertThat(link.getText()).isEqualTo("Điều chỉnh lương hưu và trợ cấp bảo hiểm xã hội hằng tháng");
        assertThat(items.getFirst().findElements(By.cssSelector("mark")).stream()
                        .map(WebElement::getText)
                        .toList())
                .contains("lương", "hưu");
        assertThat(items.getFirst().findElement(By.cssSelector("time")).getText())
                .isEqualTo("01-07-2024");
        assertThat(browser.find(".search-status").getText()).contains("luong huu");
        assertThat(browser.find("#tu-khoa").getDomProperty("value")).isEqualTo("luong huu");
        assertThat(browser.driver().getTitle()).startsWith("Tìm kiếm: luong huu | ");
        link.click();
        browser.await(d -> d.getCurrentUrl().endsWith(pension.url()));
    }

    @Test
    void resultsArePagedWithShareableAddressesAndTheKeyboardReachesThePager() {
        browser.open(page("điện gió ngoài khơi"));
        List<WebElement> first = results(10);
        assertThat(first.getFirst().findElement(By.cssSelector("a")).getText())
                .isEqualTo("Phát triển điện gió ngoài khơi, đợt 12");
        WebElement next = browser.visible(".search-pager-next");
        assertThat(browser.find(".search-pager-first").isDisplayed()).isFalse();
        String nextUrl = next.getDomProperty("href");
        next.sendKeys(Keys.ENTER); // the keyboard follows the link
        browser.await(d -> d.getCurrentUrl().equals(nextUrl));
        List<WebElement> second = results(2);
        assertThat(second.getLast().findElement(By.cssSelector("a")).getText())
                .isEqualTo("Phát triển điện gió ngoài khơi, đợt 1");
        assertThat(browser.find(".search-pager-next").isDisplayed()).isFalse();
        assertThat(browser.find(".search-pager-first").isDisplayed()).isTrue();

        // back returns to the first page; the second page's address, opened afresh (shared), shows that page
        browser.driver().navigate().back();
        assertThat(results(10).getFirst().findElement(By.cssSelector("a")).getText())
                .isEqualTo("Phát triển điện gió ngoài khơi, đợt 12");
        browser.open(nextUrl);
        assertThat(results(2).getFirst().findElement(By.cssSelector("a")).getText())
                .isEqualTo("Phát triển điện gió ngoài khơi, đợt 2");
    }

    @Test
    void noResultsSuggestsTheTonelessFormAndAPhraseWithoutQuotes() {
        browser.open(page("\"điện gió trên bờ\""));
        browser.text(".search-status", "Không tìm thấy kết quả nào");
        List<String> suggestions = browser.findAll(".search-suggestion a").stream()
                .map(WebElement::getText)
                .toList();
        assertThat(suggestions).contains("\"dien gio tren bo\"", "điện gió trên bờ");
        browser.find(".search-suggestion a").click();
        browser.await(d -> d.getCurrentUrl().contains("q=%22dien+gio+tren+bo%22"));
        browser.text(".search-status", "Không tìm thấy kết quả nào");
    }

    @Test
    void onAPhoneTheHeaderBoxFitsAndTheResultsDoNotOverflow() {
        browser.use(Browser.PHONE);
        browser.open(page("dien gio"));
        results(10);
        assertThat(browser.find(".site-search-input").isDisplayed()).isTrue();
        assertThat((Long) browser.script("return document.documentElement.scrollWidth;"))
                .isLessThanOrEqualTo((Long) browser.script("return window.innerWidth;"));
    }

    @Test
    void badInputIsExplainedNotBroken() {
        browser.open(site.url("/tim-kiem.html?q=" + "a".repeat(150) + "+" + "b".repeat(60)));
        browser.text(".search-status", "không hợp lệ");
        browser.expectConsoleError("api/search.*400");
    }
}
