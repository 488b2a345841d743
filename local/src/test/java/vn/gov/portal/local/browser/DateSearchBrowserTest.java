package vn.gov.portal.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Tìm theo ngày (/tim-theo-ngay.html) in a real browser. */
class DateSearchBrowserTest extends BrowserTest {

    private static ReaderSite site;
    private static ReaderSite.Published early;
    private static ReaderSite.Published morning;
    private static ReaderSite.Published afternoon;
    private static ReaderSite.Published nextDay;

    @BeforeAll
    static void content() {
        site = ReaderSite.shared();
        // 23:30 UTC on the 14th is 06:30 on the 15th in Vietnam: a 15 May article
        early = site.publish(
                "Tin sáng sớm ngày 15 tháng 5",
                "tin-sang-som",
                "2024-05-14T23:30:00Z",
                "Đăng lúc 06:30 giờ Việt Nam.",
                "Nội dung.");
        morning = site.publish(
                "Hội nghị giao ban tháng 5",
                "hoi-nghi-giao-ban-thang-5",
                "2024-05-15T08:00:00+07:00",
                "Giao ban công tác tháng 5.",
                "Nội dung.");
        afternoon = site.publish(
                "Thông báo kết luận của Lãnh đạo Bộ",
                "thong-bao-ket-luan",
                "2024-05-15T14:45:00+07:00",
                null,
                "Nội dung.");
        nextDay = site.publish(
                "Tin ngày 16 tháng 5",
                "tin-ngay-16-thang-5",
                "2024-05-16T10:00:00+07:00",
                "Ngày hôm sau.",
                "Nội dung.");
    }

    private String page(String query) {
        return site.url("/tim-theo-ngay.html" + query);
    }

    private List<String> titles() {
        return browser.findAll(".date-search-results .article-list-title a").stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Waits until the results list has {@code count} items. */
    private List<WebElement> results(int count) {
        return browser.await(d -> {
            List<WebElement> items = browser.findAll(".date-search-results li.article-list-item");
            return items.size() == count
                            && browser.findAll(".date-search-results[aria-busy]")
                                    .isEmpty()
                    ? items
                    : null;
        });
    }

    private String status() {
        return browser.find(".date-search-status").getText();
    }

    @Test
    void aReaderChoosesADayAndOpensAnArticle() {
        browser.open(page(""));
        assertThat(browser.find("h1").getText()).isEqualTo("Tìm theo ngày");
        assertThat(browser.find(".day-pager").isDisplayed()).isFalse();
        assertThat(browser.findAll(".date-search-results li")).isEmpty();

        browser.typeDate(browser.find("#ngay"), LocalDate.of(2024, 5, 15));
        browser.find(".date-search-form-main button[type=submit]").click();
        browser.onFreshElements(() -> {
            List<WebElement> items = results(3);
            assertThat(titles())
                    .containsExactly(
                            "Thông báo kết luận của Lãnh đạo Bộ",
                            "Hội nghị giao ban tháng 5",
                            "Tin sáng sớm ngày 15 tháng 5");
            assertThat(items.stream()
                            .map(i -> i.findElement(By.cssSelector("time")).getText())
                            .toList())
                    .containsExactly("14:45", "08:00", "06:30");
            assertThat(items.get(1)
                            .findElement(By.cssSelector(".article-list-summary"))
                            .getText())
                    .isEqualTo("Giao ban công tác tháng 5.");
            assertThat(items.get(0).findElements(By.cssSelector(".article-list-summary")))
                    .isEmpty();
            assertThat(items.get(2).findElement(By.cssSelector("a")).getDomAttribute("href"))
                    .isEqualTo(early.url());
        });
        assertThat(status()).isEqualTo("Có 3 bài viết trong ngày 15-05-2024.");

        // the address can be shared, the title says which day, the aside box follows
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(page("?date=2024-05-15"));
        assertThat(browser.driver().getTitle()).startsWith("Tin ngày 15-05-2024 | ");
        assertThat(browser.find("#tim-theo-ngay-date").getDomProperty("value")).isEqualTo("2024-05-15");

        browser.find(".date-search-results a[href='" + morning.url() + "']").click();
        browser.await(d -> d.getCurrentUrl().endsWith(morning.url()));
        assertThat(browser.visible("main h1").getText()).isEqualTo("Hội nghị giao ban tháng 5");
    }

    @Test
    void previousAndNextDaysAndTheBackButton() {
        browser.open(page("?date=2024-05-15"));
        results(3);
        assertThat(browser.find(".day-pager-prev").getText()).isEqualTo("Ngày trước (14-05-2024)");
        assertThat(browser.find(".day-pager-next").getText()).isEqualTo("Ngày sau (16-05-2024)");
        assertThat(browser.find(".day-pager-next").getDomAttribute("href"))
                .isEqualTo("/tim-theo-ngay.html?date=2024-05-16");

        browser.find(".day-pager-next").click();
        results(1);
        assertThat(titles()).containsExactly("Tin ngày 16 tháng 5");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(page("?date=2024-05-16"));
        assertThat(browser.find("#ngay").getDomProperty("value")).isEqualTo("2024-05-16");

        browser.find(".day-pager-prev").click();
        results(3);
        browser.find(".day-pager-prev").click();
        browser.text(".date-search-status", "Không có");
        assertThat(status()).isEqualTo("Không có bài viết nào trong ngày 14-05-2024.");
        assertThat(browser.findAll(".date-search-results li")).isEmpty();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(page("?date=2024-05-14"));

        browser.driver().navigate().back();
        browser.await(d -> d.getCurrentUrl().endsWith("?date=2024-05-15"));
        results(3);
        browser.driver().navigate().back();
        browser.await(d -> d.getCurrentUrl().endsWith("?date=2024-05-16"));
        results(1);
        assertThat(browser.find("#ngay").getDomProperty("value")).isEqualTo("2024-05-16");
        assertThat(nextDay.url())
                .isEqualTo(browser.find(".date-search-results a").getDomAttribute("href"));
    }

    @Test
    void theAsideBoxOnAnArticlePageOpensTheDateSearch() {
        browser.open(site.url(afternoon.url()));
        browser.typeDate(browser.find("#tim-theo-ngay-date"), LocalDate.of(2024, 5, 16));
        browser.find("#tim-theo-ngay button[type=submit]").click();
        browser.await(d -> d.getCurrentUrl().equals(page("?date=2024-05-16")));
        results(1);
        assertThat(titles()).containsExactly("Tin ngày 16 tháng 5");
        assertThat(browser.find("#ngay").getDomProperty("value")).isEqualTo("2024-05-16");
    }

    @Test
    void badDaysAndFailedRequestsAreExplainedInVietnamese() {
        browser.open(page("?date=2024-02-30"));
        browser.text(".date-search-status", "Ngày không hợp lệ");
        assertThat(status()).isEqualTo("Ngày không hợp lệ. Vui lòng chọn lại ngày cần xem.");
        assertThat(browser.find(".day-pager").isDisplayed()).isFalse();

        browser.expectConsoleError(
                "/api/articles\\?date=1800-01-01.* - Failed to load resource: the server responded with a status of 400");
        browser.open(page("?date=1800-01-01"));
        browser.text(".date-search-status", "phạm vi");
        assertThat(status()).isEqualTo("Ngày không hợp lệ hoặc nằm ngoài phạm vi tra cứu. Vui lòng chọn ngày khác.");

        // the API cannot be reached: a message and a way to try again
        browser.open(page("?date=2024-05-15"));
        results(3);
        browser.expectConsoleError(
                "/api/articles\\?date=2024-05-16.* - Failed to load resource: net::ERR_BLOCKED_BY_CLIENT");
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/articles*")));
        browser.find(".day-pager-next").click();
        browser.text(".date-search-status", "Không tải được");
        assertThat(status())
                .isEqualTo("Không tải được danh sách bài viết do lỗi kết nối hoặc lỗi máy chủ. Vui lòng thử lại sau.");
        assertThat(browser.find(".date-search-status").getDomAttribute("role")).isEqualTo("status");
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        browser.find(".date-search-results button").click();
        results(1);
        assertThat(status()).isEqualTo("Có 1 bài viết trong ngày 16-05-2024.");
    }
}
