package vn.gov.portal.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * An article page in a real browser: the boxes filled from the API, rating with the captcha (with
 * the mouse and with the keyboard alone), the answers the API can give, reading without
 * JavaScript, and printing.
 */
class ArticlePageBrowserTest extends BrowserTest {

    static final String LONG_TITLE =
            "Quyết định số 1600/QĐ-LĐTBXH về việc ban hành Quy chế phối hợp cung cấp thông tin, "
                    + "dữ liệu phục vụ công tác chỉ đạo, điều hành của Lãnh đạo Bộ";
    static final String SHORT_TITLE = "Thông báo số 15/TB-VP về lịch nghỉ Tết Nguyên đán";

    private static ReaderSite site;
    private static ReaderSite.Published rated;
    private static ReaderSite.Published toRate;
    private static ReaderSite.Published byKeyboard;
    private static ReaderSite.Published plain;
    private static Map<String, Object> withAttachment;
    private static Map<String, Object> withoutAttachment;

    @BeforeAll
    static void content() {
        site = ReaderSite.shared();
        rated = site.publish(
                "Bài viết đã có bạn đọc đánh giá",
                "bai-da-co-danh-gia",
                "2024-06-01T08:00:00+07:00",
                "Hai bạn đọc đã đánh giá bài này.",
                "Nội dung **bài viết** đã có đánh giá.");
        site.vote(rated.id(), 5);
        site.vote(rated.id(), 4);
        toRate = site.publish(
                "Bài viết để đánh giá bằng chuột",
                "bai-danh-gia-bang-chuot",
                "2024-06-02T08:00:00+07:00",
                "Chưa ai đánh giá.",
                "Nội dung.");
        byKeyboard = site.publish(
                "Bài viết để đánh giá bằng bàn phím",
                "bai-danh-gia-bang-ban-phim",
                "2024-06-03T08:00:00+07:00",
                "Chưa ai đánh giá.",
                "Nội dung.");
        plain = site.publish(
                "Bài viết để in và đọc không cần JavaScript",
                "bai-de-in",
                "2024-06-04T08:00:00+07:00",
                "Một bài viết bình thường.",
                "Đoạn thứ nhất.\n\nĐoạn thứ hai có [liên kết](https://example.gov.vn/trang).");
        withAttachment = site.directive(LONG_TITLE, "2026-11-25", site.uploadPdf());
        withoutAttachment = site.directive(SHORT_TITLE, "2026-11-24", null);
    }

    private void openArticle(ReaderSite.Published article) {
        browser.open(site.url(article.url()));
    }

    /** Waits until the rating widget has its captcha; returns the captcha id it holds. */
    private String awaitCaptcha() {
        browser.visible("#danh-gia .captcha-image");
        assertThat(browser.find("#danh-gia .captcha-image").getDomAttribute("src"))
                .startsWith("data:image/png;base64,");
        return browser.await(d -> {
            String id = browser.find("#danh-gia input[name=captchaId]").getDomProperty("value");
            return id == null || id.isEmpty() ? null : id;
        });
    }

    /**
     * The test's one shortcut: the captcha's answer is random, so it stores a captcha with a known
     * answer and puts its id where the widget keeps the current one (the hidden input).
     */
    private void useKnownCaptcha(String answer) {
        String id = site.captchas.seed(answer);
        browser.script("document.querySelector('#danh-gia input[name=captchaId]').value = arguments[0];", id);
    }

    private WebElement radio(int stars) {
        return browser.find("#danh-gia-sao-" + stars);
    }

    private List<Integer> lit() {
        List<WebElement> stars = browser.findAll("#danh-gia .rating-star");
        return IntStream.range(0, stars.size())
                .filter(i -> stars.get(i).getDomAttribute("class").contains("is-lit"))
                .map(i -> i + 1)
                .boxed()
                .toList();
    }

    private String message() {
        return browser.find("#danh-gia .form-message").getText();
    }

    @Test
    void theBoxesAreFilledFromTheApi() {
        openArticle(rated);

        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("vi");
        for (String landmark : List.of("body > header", "header nav", "main#noi-dung", "aside", "body > footer")) {
            assertThat(browser.findAll(landmark)).as(landmark).hasSize(1);
        }
        assertThat(browser.find("main h1").getText()).isEqualTo("Bài viết đã có bạn đọc đánh giá");
        assertThat(browser.find(".breadcrumb").getText()).contains("Trang chủ", "Tin ngày 01-06-2024");

        // Đánh giá: the summary from GET /api/articles/{id}/ratings, five radios, a captcha from POST /api/captchas
        assertThat(browser.text("#danh-gia .rating-summary", "lượt đánh giá").getText())
                .isEqualTo("4,5/5 · 2 lượt đánh giá");
        String captchaId = awaitCaptcha();
        assertThat(captchaId).isNotBlank();
        assertThat((Long) browser.script("return document.querySelector('#danh-gia .captcha-image').naturalWidth;"))
                .isEqualTo(200L);
        assertThat(browser.findAll("#danh-gia .widget-placeholder")).isEmpty();
        List<WebElement> radios = browser.findAll("#danh-gia input[type=radio][name=stars]");
        assertThat(radios).hasSize(5);
        assertThat(radios.stream().map(WebElement::getAccessibleName).toList())
                .containsExactly("1 sao", "2 sao", "3 sao", "4 sao", "5 sao");
        assertThat(browser.find("#danh-gia fieldset legend").getText()).isNotBlank();
        assertThat(browser.find("#danh-gia-ma").getAccessibleName()).isEqualTo("Nhập các ký tự trong ảnh");
        assertThat(browser.find("#danh-gia .captcha-refresh").getText()).isEqualTo("Đổi mã");
        assertThat(browser.find("#danh-gia .form-message").getDomAttribute("aria-live"))
                .isEqualTo("polite");

        // Văn bản chỉ đạo điều hành: /data/van-ban-moi-nhat.json, newest first
        browser.visible("#van-ban-chi-dao .directive-list");
        List<WebElement> links = browser.findAll("#van-ban-chi-dao .directive-item a.directive-link");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> snapshot = (List<Map<String, Object>>)
                site.http.get("/data/van-ban-moi-nhat.json").json().get("items");
        List<Map<String, Object>> newestFirst = snapshot.stream()
                .sorted(Comparator.comparing((Map<String, Object> d) -> (String) d.get("issuedOn"))
                        .reversed())
                .toList();
        assertThat(links).hasSize(Math.min(10, snapshot.size()));
        assertThat(links.stream().map(a -> a.getDomAttribute("title")).toList())
                .containsExactlyElementsOf(newestFirst.stream()
                        .limit(10)
                        .map(d -> (String) d.get("title"))
                        .toList());

        WebElement first = links.getFirst();
        String shown = first.getText();
        assertThat(shown).endsWith("...");
        String kept = shown.substring(0, shown.length() - 3);
        assertThat(LONG_TITLE).startsWith(kept);
        assertThat(kept.codePointCount(0, kept.length())).isBetween(48, 80);
        assertThat(LONG_TITLE.charAt(kept.length()))
                .as("cut at a word boundary")
                .isIn(' ', ',');
        assertThat(first.getDomAttribute("title")).isEqualTo(LONG_TITLE);
        assertThat(first.getAccessibleName()).isEqualTo(LONG_TITLE);
        // every link opens the document's page (the file is one click further, on the page)
        assertThat(first.getDomAttribute("href"))
                .isEqualTo(withAttachment.get("pageUrl"))
                .endsWith("/1600-qd-ldtbxh.html");
        WebElement firstItem = browser.find("#van-ban-chi-dao .directive-item");
        assertThat(firstItem.findElement(By.cssSelector(".directive-meta")).getText())
                .contains("1600/QĐ-LĐTBXH", "25-11-2026", "PDF");

        WebElement second = links.get(1);
        assertThat(second.getText()).isEqualTo(SHORT_TITLE);
        assertThat(second.getDomAttribute("title")).isEqualTo(SHORT_TITLE);
        assertThat(second.getAccessibleName()).isEqualTo(SHORT_TITLE);
        assertThat(second.getDomAttribute("href")).isEqualTo(withoutAttachment.get("pageUrl"));
        assertThat(browser.findAll("#van-ban-chi-dao .directive-item").get(1).getText())
                .contains("15/TB-VP", "24-11-2026");
        assertThat(browser.findAll("#van-ban-chi-dao a[href^='/api/']")).isEmpty();
        assertThat(browser.find("#van-ban-chi-dao .box-more a").getText()).isEqualTo("Xem tất cả");
        assertThat(browser.find("#van-ban-chi-dao .box-more a").getDomAttribute("href"))
                .isEqualTo("/van-ban/");
    }

    @Test
    void aReaderRatesAnArticleWithTheMouseAndTheCaptcha() {
        openArticle(toRate);
        assertThat(browser.text("#danh-gia .rating-summary", "Chưa có").getText())
                .isEqualTo("Chưa có lượt đánh giá nào.");
        String firstCaptcha = awaitCaptcha();

        // sending without stars
        browser.find("#danh-gia .rating-submit").click();
        assertThat(browser.text("#danh-gia .form-message", "Vui lòng chọn số sao.")
                        .getText())
                .isEqualTo("Vui lòng chọn số sao.");

        // hovering previews, leaving clears, clicking chooses
        Actions mouse = new Actions(browser.driver());
        List<WebElement> stars = browser.findAll("#danh-gia .rating-star");
        mouse.moveToElement(stars.get(2)).perform();
        List<Integer> previewed = browser.await(d -> lit().size() == 3 ? lit() : null);
        assertThat(previewed).containsExactly(1, 2, 3);
        assertThat(browser.find("#danh-gia .rating-choice").getText()).isEqualTo("3 sao");
        mouse.moveToElement(browser.find("main h1")).perform();
        browser.await(d -> lit().isEmpty());
        mouse.moveToElement(stars.get(3)).click().perform();
        assertThat(radio(4).isSelected()).isTrue();
        assertThat(lit()).containsExactly(1, 2, 3, 4);
        assertThat(browser.find("#danh-gia .form-message").getText()).isEmpty();

        // a wrong answer: 422, a new captcha, the field emptied
        browser.expectConsoleError("/ratings - Failed to load resource: the server responded with a status of 422");
        browser.find("#danh-gia-ma").sendKeys("ZZZZZ"); // Z is not in the captcha alphabet
        browser.find("#danh-gia .rating-submit").click();
        browser.text("#danh-gia .form-message", "Mã xác nhận không đúng hoặc đã hết hạn. Vui lòng thử lại.");
        String secondCaptcha = browser.await(d -> {
            String id = browser.find("#danh-gia input[name=captchaId]").getDomProperty("value");
            return id.equals(firstCaptcha) ? null : id;
        });
        assertThat(secondCaptcha).isNotBlank();
        assertThat(browser.find("#danh-gia-ma").getDomProperty("value")).isEmpty();
        assertThat(radio(4).isSelected()).as("the choice is kept").isTrue();

        // the right answer (case does not matter)
        useKnownCaptcha("ACEHJ");
        browser.find("#danh-gia-ma").sendKeys("acehj");
        browser.find("#danh-gia .rating-submit").click();
        assertThat(browser.text("#danh-gia .form-message", "Cảm ơn").getText()).isEqualTo("Cảm ơn bạn đã đánh giá.");
        assertThat(browser.find("#danh-gia .rating-summary").getText()).isEqualTo("4,0/5 · 1 lượt đánh giá");
        assertThat(browser.findAll("#danh-gia input[name=stars]")).allMatch(r -> !r.isEnabled());
        assertThat(radio(4).isSelected()).isTrue();
        assertThat(lit()).containsExactly(1, 2, 3, 4);
        assertThat(browser.find("#danh-gia .captcha").isDisplayed()).isFalse();
        assertThat(browser.find("#danh-gia .rating-submit").isDisplayed()).isFalse();
        assertThat(site.http.get("/api/articles/" + toRate.id() + "/ratings").json())
                .containsEntry("count", 1);

        // coming back: the page remembers the vote and asks for no captcha
        browser.driver().navigate().refresh();
        browser.text("#danh-gia .rating-choice", "Bạn đã đánh giá 4/5 sao.");
        assertThat(radio(4).isSelected()).isTrue();
        assertThat(radio(4).isEnabled()).isFalse();
        assertThat(browser.find("#danh-gia input[name=captchaId]").getDomProperty("value"))
                .isEmpty();

        // with the page's memory gone, the server still knows this reader (its cookie): 409
        browser.expectConsoleError("/ratings - Failed to load resource: the server responded with a status of 409");
        browser.script("window.localStorage.clear();");
        browser.driver().navigate().refresh();
        awaitCaptcha();
        browser.findAll("#danh-gia .rating-star").get(1).click();
        useKnownCaptcha("MNPRW");
        browser.find("#danh-gia-ma").sendKeys("MNPRW");
        browser.find("#danh-gia .rating-submit").click();
        assertThat(browser.text("#danh-gia .form-message", "Bạn đã").getText())
                .isEqualTo("Bạn đã đánh giá bài viết này.");
        assertThat(browser.findAll("#danh-gia input[name=stars]")).allMatch(r -> !r.isEnabled());
        assertThat(browser.text("#danh-gia .rating-summary", "1 lượt").getText())
                .isEqualTo("4,0/5 · 1 lượt đánh giá");
    }

    @Test
    void theStarsWorkWithTheKeyboardAlone() {
        openArticle(byKeyboard);
        awaitCaptcha();
        for (int i = 0; i < 60 && !"stars".equals(browser.focused().getDomAttribute("name")); i++) {
            browser.press(Keys.TAB);
        }
        WebElement focused = browser.focused();
        assertThat(focused.getDomAttribute("name")).as("Tab reaches the stars").isEqualTo("stars");
        assertThat(focused.getDomAttribute("value")).isEqualTo("1");
        assertThat(focused.isSelected()).isFalse();
        assertThat(lit()).as("focus previews").containsExactly(1);
        assertThat(browser.script(
                        "return getComputedStyle(document.querySelector('label[for=danh-gia-sao-1]')).outlineStyle;"))
                .as("a visible focus ring")
                .isEqualTo("solid");

        browser.press(Keys.SPACE);
        assertThat(radio(1).isSelected()).isTrue();
        browser.press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertThat(browser.focused().getDomAttribute("value")).isEqualTo("4");
        assertThat(radio(4).isSelected()).isTrue();
        browser.press(Keys.ARROW_LEFT);
        assertThat(radio(3).isSelected()).isTrue();
        browser.press(Keys.ENTER);
        assertThat(radio(3).isSelected()).as("Enter chooses").isTrue();
        assertThat(message()).as("Enter on a star does not send the form").isEmpty();
        assertThat(lit()).containsExactly(1, 2, 3);

        for (int i = 0; i < 5 && !"danh-gia-ma".equals(browser.focused().getDomAttribute("id")); i++) {
            browser.press(Keys.TAB);
        }
        assertThat(browser.focused().getDomAttribute("id"))
                .as("Tab reaches the answer field")
                .isEqualTo("danh-gia-ma");
        useKnownCaptcha("ACEHJ");
        browser.press("ACEHJ", Keys.ENTER);
        assertThat(browser.text("#danh-gia .form-message", "Cảm ơn").getText()).isEqualTo("Cảm ơn bạn đã đánh giá.");
        assertThat(browser.focused().getDomAttribute("class"))
                .as("focus stays in the box, on the message")
                .contains("form-message");
        assertThat(radio(3).isSelected()).isTrue();
        assertThat(browser.find("#danh-gia .rating-summary").getText()).isEqualTo("3,0/5 · 1 lượt đánh giá");
    }

    @Test
    void readingWorksWithoutJavaScript() {
        replaceBrowser(Browser.withoutJavaScript());
        openArticle(plain);
        assertThat(browser.find("main h1").getText()).isEqualTo("Bài viết để in và đọc không cần JavaScript");
        assertThat(browser.find(".article-body").getText()).contains("Đoạn thứ nhất.", "Đoạn thứ hai");
        assertThat(browser.find("#danh-gia .widget-placeholder").getText())
                .isEqualTo("Hãy bật JavaScript để đánh giá bài viết này.");
        assertThat(browser.find("#van-ban-chi-dao .widget-placeholder a").getDomAttribute("href"))
                .isEqualTo("/van-ban/");
        assertThat(browser.findAll("#danh-gia input")).isEmpty();

        // the aside box is a plain form: it opens the date search page, which says it needs JavaScript
        browser.typeDate(browser.find("#tim-theo-ngay-date"), LocalDate.of(2024, 6, 4));
        browser.find("#tim-theo-ngay button[type=submit]").click();
        browser.await(d -> d.getCurrentUrl().endsWith("/tim-theo-ngay.html?date=2024-06-04"));
        assertThat(browser.find("main .widget-placeholder").getText()).contains("cần JavaScript");
    }

    @Test
    void printingShowsTheArticleWithoutNavigationOrWidgets() {
        openArticle(plain);
        awaitCaptcha();
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String hidden : List.of(".site-nav", ".site-aside", ".skip-link", ".breadcrumb", ".site-footer-links")) {
            assertThat(browser.find(hidden).isDisplayed())
                    .as(hidden + " in print")
                    .isFalse();
        }
        assertThat(browser.find(".article-title").isDisplayed()).isTrue();
        assertThat(browser.find(".article-body").isDisplayed()).isTrue();
        assertThat(browser.find(".site-brand-ministry").isDisplayed())
                .as("whose page it is")
                .isTrue();
        assertThat(browser.script(
                        "return getComputedStyle(document.querySelector('.article-body a'), '::after').content;"))
                .as("printed links show where they go")
                .asString()
                .contains("https://example.gov.vn/trang");
    }

    @Test
    void theConsoleCheckCatchesContentSecurityPolicyViolations() {
        openArticle(plain);
        browser.script(
                "document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>');"
                        + "const s = document.createElement('script'); s.textContent = 'window.x = 1;'; document.body.append(s);");
        browser.await(d -> browser.console().stream()
                        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                        .map(e -> e.getMessage())
                        .filter(m -> m.contains("Content Security Policy"))
                        .count()
                >= 2);
        assertThat(browser.script("return window.x === undefined;"))
                .as("the inline script did not run")
                .isEqualTo(true);
        browser.expectConsoleError("Content Security Policy");
    }
}
