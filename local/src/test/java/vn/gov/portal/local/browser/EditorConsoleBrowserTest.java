package vn.gov.portal.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.gov.portal.local.TestStack;

/**
 * The editor console /bien-tap/ in a real browser against the local stack: signing in through the
 * local OAuth pages (code flow with PKCE, as on Cognito), a user outside the editors group kept
 * out, a directive's fields filled in live from its title, saving it, importing a CSV with a bad
 * row, and an oversized file refused before anything is sent.
 */
class EditorConsoleBrowserTest extends BrowserTest {

    private static ReaderSite site;

    @TempDir
    Path files;

    @BeforeAll
    static void content() {
        site = ReaderSite.shared();
    }

    private void signIn(String group) {
        browser.open(site.url("/bien-tap/"));
        assertThat(browser.find("meta[name=robots]").getDomAttribute("content")).contains("noindex");
        browser.visible("#sign-in").click();
        browser.visible("#username");
        new Select(browser.find("#group")).selectByValue(group);
        browser.find("#sign-in").click();
        browser.await(d -> d.getCurrentUrl().equals(site.url("/bien-tap/")) && !browser.find("#who").getText().isBlank());
    }

    @Test
    void anEditorSignsInAndSeesTheFieldsOfADirectiveAsTheTitleIsTyped() {
        signIn("editors");
        assertThat(browser.visible("#console").isDisplayed()).isTrue();
        assertThat(browser.find("#status").getText()).contains("Đã đăng nhập");
        assertThat(browser.script("return window.localStorage.length")).isEqualTo(0L);

        WebElement title = browser.find("#d-title");
        title.sendKeys("Công văn số 121/LĐTBXH-VP v/v báo cáo kết quả thực hiện nhiệm vụ năm 2026");
        browser.await(d -> browser.find("#f-symbol").getText().equals("121/LĐTBXH-VP"));
        assertThat(browser.find("#f-type").getText()).isEqualTo("Công văn");
        assertThat(browser.find("#f-number").getText()).isEqualTo("121");
        assertThat(browser.find("#f-issuer").getText()).isEqualTo("LĐTBXH");
        assertThat(browser.find("#f-unit").getText()).isEqualTo("VP");
        assertThat(browser.find("#f-issuerName").getText()).isEqualTo("Bộ Lao động - Thương binh và Xã hội");
        assertThat(browser.find("#f-subject").getText()).startsWith("báo cáo kết quả");

        browser.script("document.getElementById('d-issued').value = '2026-02-03';");
        browser.find("#d-save").click();
        browser.await(d -> browser.find("#d-result").getText().contains("Đã lưu: 121/LĐTBXH-VP"));
        for (WebElement control : browser.findAll("main button, main input, main textarea, main select").stream()
                .filter(WebElement::isDisplayed).toList()) {
            assertThat(control.getAccessibleName()).as("accessible name of " + control.getTagName()).isNotBlank();
        }
    }

    @Test
    void aUserOutsideTheEditorsGroupIsToldWhyTheyCannotEnter() {
        signIn("");
        assertThat(browser.visible("#not-editor").getText()).contains("không thuộc nhóm");
        assertThat(browser.find("#console").isDisplayed()).isFalse();
    }

    @Test
    void aCsvFromASpreadsheetIsImportedWithAResultPerRow() throws IOException {
        signIn("editors");
        Path csv = files.resolve("van-ban.csv");
        Files.writeString(csv, "\uFEFFTên văn bản;Ngày ban hành\r\n"
                + "Quyết định số 901/QĐ-LĐTBXH về thử nhập bảng tính;05/02/2026\r\n"
                + "\"Công văn số 902/LĐTBXH-VP v/v thử; có dấu chấm phẩy\";2026-02-06\r\n"
                + "Dòng thiếu ngày;\r\n", StandardCharsets.UTF_8);
        browser.find("#csv-file").sendKeys(csv.toString());
        browser.await(d -> browser.find("#csv-results").isDisplayed());
        List<WebElement> rows = browser.findAll("#csv-results tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).contains("Đã thêm");
        assertThat(rows.get(1).getText()).contains("thử; có dấu chấm phẩy", "Đã thêm");
        assertThat(rows.get(2).getText()).contains("Bị từ chối", "issuedOn");
        assertThat(browser.find("#status").getText()).contains("2 dòng", "1 dòng bị từ chối");
    }

    @Test
    void anOversizedArticleIsRefusedBeforeAnythingIsSent() throws IOException {
        signIn("editors");
        Path big = files.resolve("qua-lon.md");
        Files.write(big, new byte[(1 << 20) + 1]);
        browser.find("#article-file").sendKeys(big.toString());
        browser.find("#upload").click();
        browser.await(d -> browser.find("#status").getText().contains("quá lớn"));
        assertThat(browser.find("#status").getText()).contains("qua-lon.md", "tối đa 1 MB");
        assertThat(browser.findAll("#uploads li")).as("nothing sent").isEmpty();
        assertThat(browser.find("#upload").getDomProperty("tagName")).isEqualTo("BUTTON");
        assertThat(browser.findAll("#uploads progress")).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#uploads a"))).isEmpty();
    }

    @Test
    void anArticleAndItsImageGoToTheirSignedUrlsAndThePageIsPublishedThenUnpublished() throws IOException {
        signIn("editors");
        Path image = files.resolve("anh-thu.png");
        Files.copy(TestStack.ROOT.resolve("local/samples/hoi-thao.png"), image);
        Path article = files.resolve("bai-tu-bien-tap.md");
        Files.writeString(article, """
                ---
                title: Bài đăng từ trang biên tập
                category: tin-tuc
                summary: Bài thử đăng qua trang biên tập.
                images:
                  - key: ${image:anh-thu.png}
                    caption: Ảnh thử
                ---
                Nội dung bài đăng từ trang biên tập.
                """, StandardCharsets.UTF_8);
        browser.find("#article-file").sendKeys(article.toString());
        browser.find("#image-files").sendKeys(image.toString());
        browser.find("#upload").click();
        WebElement link = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                .until(d -> d.findElements(By.cssSelector("#uploads a")).stream().findFirst().orElse(null));
        assertThat(browser.find("#status").getText()).contains("đã được đăng");
        assertThat(browser.findAll("#uploads progress")).hasSize(2)
                .allSatisfy(p -> assertThat(p.getDomProperty("value")).isEqualTo("100"));
        String url = link.getDomAttribute("href");
        assertThat(site.http.get(url).status()).isEqualTo(200);

        // unpublish from the day's list, behind a confirmation
        String day = url.replaceAll(".*/(\\d{4})/(\\d{2})/(\\d{2})/.*", "$1-$2-$3");
        browser.script("document.getElementById('recent-date').value = arguments[0];", day);
        browser.find("#recent-form button").click();
        browser.visible("#recent button[aria-label='Gỡ bài: Bài đăng từ trang biên tập']").click();
        browser.driver().switchTo().alert().accept();
        browser.await(d -> browser.find("#status").getText().contains("Đã gỡ bài"));
        assertThat(site.http.get(url).status()).isEqualTo(404);
    }

    @Test
    void aDraftShowsItsPreviewLinkAndIsPublishedFromTheConsole() throws IOException {
        signIn("editors");
        Path article = files.resolve("ban-nhap.md");
        Files.writeString(article, "---\ntitle: Bản nháp từ trang biên tập\ncategory: tin-tuc\n"
                + "publishedAt: 2021-05-05T08:00:00+07:00\ndraft: true\n---\nNội dung bản nháp.\n", StandardCharsets.UTF_8);
        browser.find("#article-file").sendKeys(article.toString());
        browser.find("#upload").click();
        WebElement preview = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                .until(d -> d.findElements(By.cssSelector("#uploads a")).stream().findFirst().orElse(null));
        assertThat(preview.getText()).contains("Bản nháp");
        assertThat(browser.find("#status").getText()).contains("xem trước");
        var page = site.http.get(preview.getDomAttribute("href"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bản nháp từ trang biên tập", "noindex");
        assertThat(site.http.get("/tin-tuc/2021/05/05/ban-nhap-tu-trang-bien-tap.html").status()).isEqualTo(404);

        browser.find("#uploads button[aria-label='Đăng bản nháp này']").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                .until(d -> browser.find("#status").getText().contains("đã được đăng"));
        String url = browser.find("#uploads a").getDomAttribute("href");
        assertThat(url).isEqualTo("/tin-tuc/2021/05/05/ban-nhap-tu-trang-bien-tap.html");
        assertThat(site.http.get(url).status()).isEqualTo(200);

        // its versions, from the day's list
        browser.script("document.getElementById('recent-date').value = '2021-05-05';");
        browser.find("#recent-form button").click();
        browser.visible("#recent button[aria-label='Các phiên bản: Bản nháp từ trang biên tập']").click();
        browser.await(d -> browser.find("#versions").isDisplayed());
        assertThat(browser.findAll("#versions tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("editor@local", "Bản nháp từ trang biên tập", "Đang đăng"));
        // and the audit list shows who did it
        browser.find("#audit-form button").click();
        browser.await(d -> browser.find("#audit").isDisplayed() && !browser.findAll("#audit tbody tr").isEmpty());
        String audit = browser.find("#audit").getText();
        assertThat(audit).contains("Đăng bản nháp", "editor@local", "bản nháp", "đã đăng");
    }

    @Test
    void anEditorPublishesWithTheKeyboardOnly() throws IOException {
        browser.open(site.url("/bien-tap/"));
        browser.press(org.openqa.selenium.Keys.TAB, org.openqa.selenium.Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("sign-in");
        browser.press(org.openqa.selenium.Keys.ENTER);
        browser.visible("#username");
        browser.press(org.openqa.selenium.Keys.TAB); // to the name, filled in already
        browser.press(org.openqa.selenium.Keys.ENTER); // submits the form
        browser.await(d -> browser.find("#console").isDisplayed());
        assertThat(browser.focused().getDomAttribute("id")).as("focus moves to the console").isEqualTo("noi-dung");
        Path article = files.resolve("ban-phim.md");
        Files.writeString(article, "---\ntitle: Bài đăng bằng bàn phím\ncategory: tin-tuc\n---\nChỉ dùng bàn phím.\n",
                StandardCharsets.UTF_8);
        // the file dialog is the system's, out of the page's reach: the field takes the path, focus stays on it
        browser.find("#article-file").sendKeys(article.toString());
        browser.script("document.getElementById('article-file').focus();");
        browser.press(org.openqa.selenium.Keys.TAB); // to the images field
        browser.press(org.openqa.selenium.Keys.TAB); // past the drop zone to the button
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("upload");
        browser.press(org.openqa.selenium.Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                .until(d -> browser.focused().getTagName().equals("a"));
        assertThat(browser.focused().getText()).contains("Đã đăng");
    }

    @Test
    void screenshotsOfTheConsole() {
        signIn("editors");
        browser.find("#d-title").sendKeys("Công văn số 121/LĐTBXH-VP v/v báo cáo tình hình thực hiện năm 2026");
        browser.await(d -> browser.find("#f-symbol").getText().equals("121/LĐTBXH-VP"));
        for (Browser.Viewport viewport : List.of(Browser.DESKTOP, Browser.PHONE)) {
            browser.use(viewport);
            browser.saveScreenshot(ReaderPagesScreenshotTest.SCREENSHOTS, "bien-tap-" + viewport.name());
        }
    }
}
