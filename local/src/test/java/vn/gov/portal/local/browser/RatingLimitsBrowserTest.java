package vn.gov.portal.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.portal.local.Http;

/**
 * The per-address limits, as a reader meets them. The browser and this test both reach the stack
 * from 127.0.0.1, so the test uses up the minute's allowance over HTTP and the browser's next
 * request is the one refused. A stack of its own: the limits would slow the other tests down.
 * No directive is registered on it, as on a new deployment: the directives box keeps its link and
 * the snapshot's 404 is the one console error expected besides the 429s.
 */
class RatingLimitsBrowserTest extends BrowserTest {

    private static final Pattern WAIT = Pattern.compile("Bạn thao tác quá nhanh, vui lòng thử lại sau (\\d+) giây\\.");

    private static ReaderSite site;
    private static ReaderSite.Published article;

    @BeforeAll
    static void content() {
        site = ReaderSite.start();
        article = site.publish(
                "Bài viết có nhiều lượt gửi", "bai-nhieu-luot-gui", "2024-07-01T08:00:00+07:00", null, "Nội dung.");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** The limits count per clock minute: start early in one, so the allowance used up stays used up. */
    private static void awaitFreshMinute() {
        long second = System.currentTimeMillis() / 1000 % 60;
        if (second > 40) {
            try {
                Thread.sleep((61 - second) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int seconds(String message) {
        Matcher m = WAIT.matcher(message);
        assertThat(m.matches()).as(message).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @BeforeEach
    void noSnapshotYet() {
        browser.expectConsoleError(
                "/data/van-ban-moi-nhat.json - Failed to load resource: the server responded with a status of 404");
    }

    @Test
    void tooManyVotesFromOneAddressAreAskedToWait() {
        awaitFreshMinute();
        browser.open(site.url(article.url()));
        browser.visible("#danh-gia .captcha-image");
        assertThat(browser.find("#van-ban-chi-dao .widget-placeholder a").getText())
                .isEqualTo("Xem các văn bản chỉ đạo điều hành");
        browser.findAll("#danh-gia .rating-star").get(4).click();
        browser.find("#danh-gia-ma").sendKeys("ACEHJ");

        String body = "{\"stars\":5,\"captchaId\":\"aaaaaaaaaaaaaaaaaaaaaaaaaa\",\"captchaAnswer\":\"ZZZZZ\"}";
        int status = 0;
        for (int i = 0; i < 30 && status != 429; i++) {
            status = site.http
                    .post("/api/articles/" + article.id() + "/ratings", body)
                    .status();
        }
        assertThat(status).as("the API limits votes per address").isEqualTo(429);

        browser.expectConsoleError("/ratings - Failed to load resource: the server responded with a status of 429");
        browser.find("#danh-gia .rating-submit").click();
        String message =
                browser.text("#danh-gia .form-message", "thao tác quá nhanh").getText();
        assertThat(seconds(message)).isBetween(1, 60);
        assertThat(browser.findAll("#danh-gia input[name=stars]")).allMatch(r -> r.isEnabled());
        assertThat(browser.find("#danh-gia-sao-5").isSelected())
                .as("the choice is kept for later")
                .isTrue();
    }

    @Test
    void tooManyCaptchasFromOneAddressAreAskedToWait() {
        awaitFreshMinute();
        int status = 0;
        for (int i = 0; i < 60 && status != 429; i++) {
            Http.Response response = site.http.post("/api/captchas", "");
            status = response.status();
        }
        assertThat(status).as("the API limits captchas per address").isEqualTo(429);

        browser.expectConsoleError(
                "/api/captchas - Failed to load resource: the server responded with a status of 429");
        browser.open(site.url(article.url()));
        String message =
                browser.text("#danh-gia .form-message", "thao tác quá nhanh").getText();
        assertThat(seconds(message)).isBetween(1, 60);
        assertThat(browser.find("#danh-gia .captcha-loading").getText()).isEqualTo("Chưa tải được mã xác nhận.");
        assertThat(browser.find("#danh-gia .captcha-refresh").isEnabled())
                .as("the reader can try again")
                .isTrue();
    }
}
