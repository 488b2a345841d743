package vn.gov.portal.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gov.portal.articles.source.ArticleSourceParser;
import vn.gov.portal.audit.AuditQuery;
import vn.gov.portal.common.ConsoleConfig;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.UploadKind;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.directives.DirectiveRequest;
import vn.gov.portal.local.Http;
import vn.gov.portal.local.TestStack;
import vn.gov.portal.uploads.UploadService;

/**
 * The editor console /bien-tap/ in a real browser against the local stack: signing in through the
 * local OAuth pages (code flow with PKCE, as on Cognito), a user outside the editors group kept
 * out, a directive's fields filled in live from its title, saving it, importing a CSV with a bad
 * row, and an oversized file refused before anything is sent; a directive's attachment through its
 * signed URL; the server's reasons for a refusal shown in Vietnamese (reasons.js knows every reason
 * the server gives for what the console sends); the upload limits read from config.json, which
 * the server writes from its own (UploadKind).
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
        browser.await(d -> d.getCurrentUrl().equals(site.url("/bien-tap/"))
                && !browser.find("#who").getText().isBlank());
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
        browser.find("#d-find-symbol").sendKeys("121/LĐTBXH-VP");
        browser.find("#d-find button").click();
        browser.await(d -> browser.find("#d-list")
                .getText()
                .contains("121/LĐTBXH-VP — Công văn số 121/LĐTBXH-VP v/v báo cáo kết quả"));
        assertThat(browser.find("#d-list").getText()).contains("(03/02/2026)");
        for (WebElement control : browser.findAll("main button, main input, main textarea, main select").stream()
                .filter(WebElement::isDisplayed)
                .toList()) {
            assertThat(control.getAccessibleName())
                    .as("accessible name of " + control.getTagName())
                    .isNotBlank();
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
        Files.writeString(
                csv,
                "\uFEFFTên văn bản;Ngày ban hành\r\n"
                        + "Quyết định số 901/QĐ-LĐTBXH về thử nhập bảng tính;05/02/2026\r\n"
                        + "\"Công văn số 902/LĐTBXH-VP v/v thử; có dấu chấm phẩy\";2026-02-06\r\n"
                        + "Dòng thiếu ngày;\r\n",
                StandardCharsets.UTF_8);
        browser.find("#csv-file").sendKeys(csv.toString());
        browser.await(d -> browser.find("#csv-results").isDisplayed());
        List<WebElement> rows = browser.findAll("#csv-results tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText())
                .as("numbered as in the sheet, under its header row")
                .startsWith("2 ")
                .contains("Đã thêm");
        assertThat(rows.get(1).getText()).contains("thử; có dấu chấm phẩy", "Đã thêm");
        assertThat(rows.get(2).getText()).contains("Bị từ chối", "Ngày ban hành: bắt buộc phải có");
        assertThat(browser.find("#status").getText()).contains("2 dòng", "1 dòng bị từ chối");
    }

    @Test
    void aSpreadsheetLeftAsXlsxIsToldHowToSaveItAsCsv() throws IOException {
        signIn("editors");
        Path xlsx = files.resolve("van-ban.xlsx");
        Files.write(xlsx, new byte[] {'P', 'K', 3, 4});
        browser.find("#csv-file").sendKeys(xlsx.toString());
        browser.await(d -> browser.find("#status").getText().contains("van-ban.xlsx"));
        assertThat(browser.find("#status").getText()).contains("chỉ đọc tệp CSV", "CSV UTF-8", "LibreOffice", "UTF-8");
        assertThat(browser.find("#csv-results").isDisplayed()).isFalse();
        assertThat(browser.find("#csv-file").getDomProperty("value")).isEmpty();
    }

    @Test
    void anOversizedArticleIsRefusedBeforeAnythingIsSent() throws IOException {
        signIn("editors");
        Path big = files.resolve("qua-lon.md");
        Files.write(big, new byte[(int) UploadKind.ARTICLE.maxBytes() + 1]);
        browser.find("#article-file").sendKeys(big.toString());
        browser.find("#upload").click();
        browser.await(d -> browser.find("#status").getText().contains("quá lớn"));
        assertThat(browser.find("#status").getText())
                .contains("qua-lon.md quá lớn: 1.048.577 byte, tối đa 1 MB cho bài viết");
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
        WebElement link = new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> d.findElements(By.cssSelector("#uploads a")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(browser.find("#status").getText()).contains("đã được đăng");
        assertThat(browser.findAll("#uploads progress"))
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.getDomProperty("value")).isEqualTo("100"));
        String url = link.getDomAttribute("href");
        assertThat(site.http.get(url).status()).isEqualTo(200);

        // unpublish from the day's list, behind a confirmation
        String day = url.replaceAll(".*/(\\d{4})/(\\d{2})/(\\d{2})/.*", "$1-$2-$3");
        browser.script("document.getElementById('recent-date').value = arguments[0];", day);
        browser.find("#recent-form button").click();
        // The list may render twice (the day's first answer, then the form's): click the one shown.
        browser.click("#recent button[aria-label='Gỡ bài: Bài đăng từ trang biên tập']");
        browser.driver().switchTo().alert().accept();
        browser.await(d -> browser.find("#status").getText().contains("Đã gỡ bài"));
        assertThat(site.http.get(url).status()).isEqualTo(404);
    }

    @Test
    void aDraftShowsItsPreviewLinkAndIsPublishedFromTheConsole() throws IOException {
        signIn("editors");
        Path article = files.resolve("ban-nhap.md");
        Files.writeString(
                article,
                "---\ntitle: Bản nháp từ trang biên tập\ncategory: tin-tuc\n"
                        + "publishedAt: 2021-05-05T08:00:00+07:00\ndraft: true\n---\nNội dung bản nháp.\n",
                StandardCharsets.UTF_8);
        browser.find("#article-file").sendKeys(article.toString());
        browser.find("#upload").click();
        WebElement preview = new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> d.findElements(By.cssSelector("#uploads a")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(preview.getText()).contains("Bản nháp");
        assertThat(browser.find("#status").getText()).contains("xem trước");
        var page = site.http.get(preview.getDomAttribute("href"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bản nháp từ trang biên tập", "noindex");
        assertThat(site.http
                        .get("/tin-tuc/2021/05/05/ban-nhap-tu-trang-bien-tap.html")
                        .status())
                .isEqualTo(404);

        browser.click("#uploads button[aria-label='Đăng bản nháp này']");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> browser.find("#status").getText().contains("đã được đăng"));
        String url = browser.find("#uploads a").getDomAttribute("href");
        assertThat(url).isEqualTo("/tin-tuc/2021/05/05/ban-nhap-tu-trang-bien-tap.html");
        assertThat(site.http.get(url).status()).isEqualTo(200);

        // its versions, from the day's list
        browser.script("document.getElementById('recent-date').value = '2021-05-05';");
        browser.find("#recent-form button").click();
        browser.click("#recent button[aria-label='Các phiên bản: Bản nháp từ trang biên tập']");
        browser.await(d -> browser.find("#versions").isDisplayed());
        assertThat(browser.findAll("#versions tbody tr"))
                .singleElement()
                .satisfies(row ->
                        assertThat(row.getText()).contains("editor@local", "Bản nháp từ trang biên tập", "Đang đăng"));
        // and the audit list shows who did it
        browser.find("#audit-form button").click();
        browser.await(d -> browser.find("#audit").isDisplayed()
                && !browser.findAll("#audit tbody tr").isEmpty());
        String audit = browser.find("#audit").getText();
        assertThat(audit).contains("Đăng bản nháp", "editor@local", "bản nháp", "đã đăng");
    }

    @Test
    void filesDroppedOnTheDropZonePublishAndTheDaysListShowsTheArticle() throws IOException {
        signIn("editors");
        String article = """
                ---
                title: Bài thả vào trang biên tập
                publishedAt: 2026-03-04T08:00:00+07:00
                images:
                  - key: ${image:hoi-thao.png}
                    caption: Ảnh thả vào
                ---
                Nội dung bài thả vào.
                """;
        String png = Base64.getEncoder()
                .encodeToString(Files.readAllBytes(TestStack.ROOT.resolve("local/samples/hoi-thao.png")));
        // dropped beside the zone: the console stays, and says where to drop
        Object followed = browser.script("""
                var files = new DataTransfer();
                files.items.add(new File(["x"], "lac-cho.md"));
                return document.getElementById("recent").dispatchEvent(new DragEvent("drop", { dataTransfer: files, bubbles: true, cancelable: true }));
                """);
        assertThat(followed)
                .as("the browser's own drop (open the file) is cancelled")
                .isEqualTo(false);
        assertThat(browser.find("#status").getText()).contains("Hãy thả tệp vào ô");
        // what the browser hands the page when files are dragged from the desktop: a DataTransfer of Files
        browser.script("""
                var bytes = Uint8Array.from(atob(arguments[1]), function (c) { return c.charCodeAt(0); });
                var files = new DataTransfer();
                files.items.add(new File([arguments[0]], "bai-tha.md", { type: "" }));
                files.items.add(new File([bytes], "hoi-thao.png", { type: "image/png" }));
                document.getElementById("drop").dispatchEvent(new DragEvent("drop", { dataTransfer: files, bubbles: true, cancelable: true }));
                """, article, png);
        assertThat(browser.find("#status").getText()).contains("bai-tha.md", "hoi-thao.png");
        browser.find("#upload").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> browser.find("#status").getText().contains("đã được đăng"));
        browser.await(d -> browser.find("#recent").getText().contains("Bài thả vào trang biên tập"));
        assertThat(browser.find("#recent-date").getDomProperty("value")).isEqualTo("2026-03-04");
        String url = browser.find("#uploads a").getDomAttribute("href");
        assertThat(site.http.get(url).body()).contains("Ảnh thả vào");
    }

    @Test
    void theHelpPanelsTemplatePublishesAsItIsWithAJpeg() throws IOException {
        signIn("editors");
        browser.find(".console-help summary").click();
        Path source = files.resolve("mau.md");
        Files.writeString(source, browser.visible("#template").getText() + "\n", StandardCharsets.UTF_8);
        Path jpeg = files.resolve("anh.jpg");
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(picture, "jpg", jpeg.toFile());
        browser.find("#article-file").sendKeys(source.toString());
        browser.find("#upload").click(); // the image forgotten: said before anything is sent
        browser.await(d ->
                browser.find("#status").getText().contains("Bài viết gọi ảnh anh.jpg nhưng ảnh này chưa được chọn"));
        assertThat(browser.findAll("#uploads li")).isEmpty();
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("image-files");
        browser.find("#image-files").sendKeys(jpeg.toString());
        browser.find("#upload").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> browser.find("#status").getText().matches(".*(đã được đăng|từ chối).*"));
        assertThat(browser.find("#status").getText()).contains("Bài viết đã được đăng.");
        String page = site.http
                .get(browser.find("#uploads a").getDomAttribute("href"))
                .body();
        assertThat(page).contains("Tiêu đề bài viết", "Chú thích ảnh", ".jpg");
    }

    @Test
    void anEditorPublishesWithTheKeyboardOnly() throws IOException {
        browser.open(site.url("/bien-tap/"));
        browser.press(Keys.TAB, Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("sign-in");
        browser.press(Keys.ENTER);
        browser.visible("#username");
        browser.press(Keys.TAB); // to the name, filled in already
        browser.press(Keys.ENTER); // submits the form
        browser.await(d -> browser.find("#console").isDisplayed());
        assertThat(browser.focused().getDomAttribute("id"))
                .as("focus moves to the console")
                .isEqualTo("noi-dung");
        Path article = files.resolve("ban-phim.md");
        Files.writeString(
                article,
                "---\ntitle: Bài đăng bằng bàn phím\ncategory: tin-tuc\n---\nChỉ dùng bàn phím.\n",
                StandardCharsets.UTF_8);
        // the file dialog is the system's, out of the page's reach: the field takes the path, focus stays on it
        browser.find("#article-file").sendKeys(article.toString());
        browser.script("document.getElementById('article-file').focus();");
        browser.press(Keys.TAB); // to the images field
        browser.press(Keys.TAB); // past the drop zone to the button
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("upload");
        browser.press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> browser.focused().getTagName().equals("a"));
        assertThat(browser.focused().getText()).contains("Đã đăng");
    }

    @Test
    void aDirectiveIsSavedWithItsAttachmentUploadedThroughItsSignedUrl() throws IOException {
        signIn("editors");
        Path pdf = files.resolve("cong-van-903.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.find("#d-title").sendKeys("Công văn số 903/LĐTBXH-VP v/v gửi kèm tệp báo cáo");
        browser.script("document.getElementById('d-issued').value = '2026-02-07';");
        browser.find("#d-attachment").sendKeys(pdf.toString());
        browser.find("#d-save").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> browser.find("#d-result").getText().contains("Đã lưu: 903/LĐTBXH-VP"));
        assertThat(browser.findAll("#d-uploads progress"))
                .singleElement()
                .satisfies(p -> assertThat(p.getDomProperty("value")).isEqualTo("100"));
        assertThat(browser.find("#d-uploads").getText()).contains("cong-van-903.pdf", "Đã tải lên");
        String file = browser.find("#d-result a[href$='.pdf']").getDomAttribute("href");
        Http.Response download = site.http.get(file);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.body()).startsWith("%PDF-1.4");
        assertThat(browser.find("#d-attachment").getDomProperty("value"))
                .as("the next document sends its own file")
                .isEmpty();
        String page = browser.find("#d-result a").getDomAttribute("href");
        assertThat(site.http.get(page).body()).contains(file);

        // found again by its symbol (a new page, as the next day), deleted behind a confirmation
        browser.open(site.url("/bien-tap/"));
        browser.visible("#console");
        browser.find("#d-find-symbol").sendKeys("903/LĐTBXH-VP");
        browser.find("#d-find button").click();
        browser.click("#d-list button[aria-label='Xoá văn bản 903/LĐTBXH-VP']");
        browser.driver().switchTo().alert().accept();
        browser.await(d -> browser.find("#status").getText().contains("Đã xoá văn bản 903/LĐTBXH-VP."));
        browser.await(d -> browser.find("#d-list").getText().contains("Không có văn bản nào có số ký hiệu này."));
        assertThat(site.http.get(page).status()).isEqualTo(404);
        assertThat(site.http.get(file).status()).isEqualTo(404);
    }

    @Test
    void anAttachmentOfTheWrongTypeIsRefusedBeforeAnythingIsSent() throws IOException {
        signIn("editors");
        Path text = files.resolve("ghi-chu.txt");
        Files.writeString(text, "không phải PDF", StandardCharsets.UTF_8);
        browser.find("#d-title").sendKeys("Công văn số 904/LĐTBXH-VP v/v tệp sai loại");
        browser.script("document.getElementById('d-issued').value = '2026-02-07';");
        browser.find("#d-attachment").sendKeys(text.toString());
        browser.find("#d-save").click();
        browser.await(d -> browser.find("#status").getText().contains("không đúng loại tệp đính kèm"));
        assertThat(browser.find("#status").getText()).contains("ghi-chu.txt", "application/pdf");
        assertThat(browser.findAll("#d-uploads li")).as("nothing sent").isEmpty();
        assertThat(browser.find("#d-result").getText()).isEmpty();
    }

    @Test
    void aRejectedUploadSaysWhyInVietnamese() throws IOException {
        signIn("editors");
        Path article = files.resolve("thieu-tieu-de.md");
        Files.writeString(
                article, "---\nsummary: Bài không có tiêu đề.\nmau: xanh\n---\nNội dung.\n", StandardCharsets.UTF_8);
        browser.find("#article-file").sendKeys(article.toString());
        browser.find("#upload").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> browser.find("#status").getText().contains("bị từ chối"));
        assertThat(browser.find("#status").getText())
                .contains(
                        "Tệp thieu-tieu-de.md bị từ chối.",
                        "Phần thông tin đầu tệp: có mục không được hỗ trợ: mau",
                        "Tiêu đề: bắt buộc phải có")
                .doesNotContain("is required", "unknown keys", "frontMatter");
        assertThat(browser.find("#uploads").getText()).contains("Bị từ chối");

        // an image whose bytes are not what its name says: refused by the publish function, in Vietnamese
        Path fake = files.resolve("anh-gia.png");
        Files.writeString(fake, "không phải ảnh", StandardCharsets.UTF_8);
        browser.find("#article-file").sendKeys(article.toString());
        browser.find("#image-files").sendKeys(fake.toString());
        browser.find("#upload").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> browser.find("#status").getText().contains("anh-gia.png bị từ chối"));
        assertThat(browser.find("#status").getText()).contains("Tệp: không phải ảnh image/png");
    }

    /** The reasons the server gives for what the console can send, from the server's own classes. */
    @Test
    void everyReasonTheServerGivesForWhatTheConsoleSendsIsShownInVietnamese() {
        List<FieldError> reasons = new ArrayList<>();
        UploadService uploads = new UploadService(null, null, "b", Clock.systemUTC(), null);
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("kind", "video", "filename", "", "contentLength", "1", "other", 1),
                Map.of("kind", "image", "filename", "a\nb", "contentType", "text/plain", "contentLength", 1L << 40),
                Map.of("kind", "article", "filename", "a.md", "contentLength", 0))) {
            reasons.addAll(refusal(
                    () -> uploads.create(new Editor("sub", "editor@local", "editor"), new LinkedHashMap<>(body))));
        }
        ArticleSourceParser parser = new ArticleSourceParser();
        for (String source : List.of(
                "Không có phần thông tin.",
                "---\ntitle: Chưa đóng\n",
                "---\ntitle: [a\n---\nx",
                "---\n- a\n---\nx",
                "---\ntitle: Có\n---\n",
                "---\ntitle: [1]\nmau: x\nslug: Không Hợp Lệ\ncategory: " + "a".repeat(300)
                        + "\npublishedAt: hôm qua\nimages: 3\nid: x\n---\nx",
                "---\ntitle: '!!!'\npublishedAt: 1800-01-01T00:00:00+07:00\nimages:\n - key: a b\n - key: ok\n - key: ok\n - 3\n"
                        + " - {key: z, other: 1}\n---\n![x](thieu)",
                "---\ntitle: Nhiều ảnh\nimages:\n" + " - key: k\n".repeat(60) + "---\nx",
                // drafts and expiry (docs/editorial-workflow.md)
                "---\ntitle: Nháp\ndraft: có\nexpiresAt: ngày mai\n---\nx",
                "---\ntitle: Hết hạn\npublishedAt: 2021-05-05T08:00:00+07:00\nexpiresAt: 2021-05-04T08:00:00+07:00\n---\nx",
                "---\ntitle: Xa\nexpiresAt: 2101-01-01T00:00:00+07:00\n---\nx")) {
            reasons.addAll(refusal(() -> parser.parse(source, "text/markdown", Instant.now())));
        }
        reasons.addAll(refusal(() -> parser.parse("x", "text/plain", Instant.now())));
        reasons.addAll(refusal(() ->
                parser.parse("x".repeat((int) UploadKind.ARTICLE.maxBytes() + 1), "text/markdown", Instant.now())));
        for (Object line : List.of(
                "chuỗi",
                Map.of("title", "", "issuedOn", "2026-13-01"),
                Map.of("title", "a\u0001", "issuedOn", "26/1/2026"),
                Map.of("title", 1, "issuedOn", "1800-01-01", "x", 1),
                Map.of("title", "t".repeat(1001)))) {
            reasons.addAll(refusal(() -> DirectiveRequest.fromImportLine(line)));
        }
        reasons.addAll(refusal(() -> DirectiveRequest.from(Map.of(
                "title",
                "Công văn",
                "issuedOn",
                "2026-01-02",
                "symbol",
                "không",
                "type",
                "Thư",
                "expiresOn",
                "2026-01-01",
                "attachmentUploadId",
                "../x"))));
        // the audit list's dates and paging (GET /api/audit)
        AuditQuery audit = new AuditQuery(null, Clock.systemUTC());
        for (Map<String, String> query : List.of(
                Map.of("from", "2026-02-01", "to", "2026-01-01"),
                Map.of("from", "2024-01-01", "to", "2026-01-01"),
                Map.of("editor", "a b", "to", "2026-13-01"))) {
            reasons.addAll(refusal(() -> audit.page(query)));
        }
        assertThat(reasons).hasSizeGreaterThan(30);

        browser.open(site.url("/bien-tap/"));
        for (FieldError reason : reasons) {
            assertThat(browser.script("return window.BienTapReasons.message(arguments[0])", reason.message()))
                    .as("Vietnamese for \"" + reason.message() + "\"")
                    .isNotNull();
            if (!reason.message().equals("is not a known field")) { // the field is the one the client made up
                assertThat(browser.script("return window.BienTapReasons.field(arguments[0])", reason.field()))
                        .as("Vietnamese for the field " + reason.field())
                        .isNotEqualTo(reason.field());
            }
        }
    }

    private static List<FieldError> refusal(Runnable call) {
        try {
            call.run();
        } catch (DomainException.Invalid e) {
            return e.errors();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theUploadLimitsComeFromTheServersOwnThroughConfigJson() throws IOException {
        assertThat(site.http.get("/bien-tap/config.json").json().get("uploads"))
                .isEqualTo(Json.readObject(Json.write(ConsoleConfig.uploadLimits())));
        String script = site.http.get("/bien-tap/console.js").body();
        signIn("editors");
        Map<UploadKind, String> fields = Map.of(
                UploadKind.ARTICLE,
                "article-file",
                UploadKind.IMAGE,
                "image-files",
                UploadKind.ATTACHMENT,
                "d-attachment");
        for (UploadKind kind : UploadKind.values()) {
            WebElement input = browser.find("#" + fields.get(kind));
            assertThat(input.getDomAttribute("accept").split(","))
                    .contains(kind.contentTypes().toArray(String[]::new));
            String label = browser.find("label[for=" + fields.get(kind) + "]").getText();
            assertThat(label).contains("tối đa " + (kind.maxBytes() >> 20) + " MB");
            assertThat(script).as("no copy of the limits in console.js").doesNotContain(Long.toString(kind.maxBytes()));
        }
        assertThat(script).doesNotContain("<< 20");
    }

    @Test
    void screenshotsOfTheConsole() {
        signIn("editors");
        browser.find("#d-title").sendKeys("Công văn số 121/LĐTBXH-VP v/v báo cáo tình hình thực hiện năm 2026");
        browser.await(d -> browser.find("#f-symbol").getText().equals("121/LĐTBXH-VP"));
        for (Browser.Viewport viewport : List.of(Browser.DESKTOP, Browser.PHONE)) {
            browser.use(viewport);
            browser.script("window.scrollTo(0, 0);"); // the status sticks to the top of what is in view
            browser.saveScreenshot(ReaderPagesScreenshotTest.SCREENSHOTS, "bien-tap-" + viewport.name());
        }
    }
}
