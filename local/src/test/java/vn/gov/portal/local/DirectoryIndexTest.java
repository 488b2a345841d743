package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Folder URLs over HTTP against the local stack, whose gateway runs the template's
 * DirectoryIndexFunction as CloudFront does: a folder with a slash serves its index.html, one
 * without answers 301 to the slash form, the API is untouched, a missing folder is the site's 404.
 */
class DirectoryIndexTest extends PortalTest {

    @BeforeAll
    static void start() {
        Map<String, Object> published = editor.awaitDone(editor.uploadArticle(ArticlesApiTest.source(
                "Hội nghị tổng kết công tác năm 2018", null, "2018-12-14T09:30:00+07:00", "Nội dung.")));
        assertThat(published).as(published.toString()).containsEntry("status", "published");
        var directive = http.post("/api/directives", """
                {"title":"Quyết định số 501/QĐ-LĐTBXH về công tác văn thư","issuedOn":"2019-03-01","effectiveOn":"2019-04-01"}""", "authorization", editor.bearer());
        assertThat(directive.status()).as(directive.body()).isEqualTo(201);
    }

    private static Http.Response page(String path) {
        Http.Response response = http.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.contentType()).as(path).isEqualTo("text/html; charset=utf-8");
        return response;
    }

    @Test
    void aFolderWithItsSlashServesItsIndexPage() {
        assertThat(page("/bien-tap/").body()).contains("<title>Biên tập - Cổng thông tin</title>");
        assertThat(page("/van-ban/").body())
                .contains("Văn bản chỉ đạo điều hành")
                .contains("Quyết định số 501/QĐ-LĐTBXH về công tác văn thư");
        assertThat(page("/tin-tuc/2018/12/14/").body()).contains("Hội nghị tổng kết công tác năm 2018");
        assertThat(page("/").body()).contains("Hội nghị tổng kết công tác năm 2018");
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedToIt() {
        for (String folder : new String[] {"/bien-tap", "/van-ban", "/tin-tuc/2018/12/14"}) {
            Http.Response response = http.get(folder);
            assertThat(response.status()).as(folder).isEqualTo(301);
            assertThat(response.header("location")).isEqualTo(folder + "/");
        }
        assertThat(http.get("/bien-tap?tu=2018-12-14&trang=2").header("location"))
                .as("the query string is kept")
                .isEqualTo("/bien-tap/?tu=2018-12-14&trang=2");
    }

    @Test
    void filesAreServedAsNamed() {
        Http.Response article = page("/tin-tuc/2018/12/14/hoi-nghi-tong-ket-cong-tac-nam-2018.html");
        assertThat(article.body()).contains("Hội nghị tổng kết công tác năm 2018");
        Http.Response script = http.get("/bien-tap/console.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");
    }

    @Test
    void theApiIsNotTouched() {
        Http.Response health = http.get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).isEqualTo(Map.of("status", "ok"));
        Http.Response unknown = http.get("/api/no-such-route");
        assertThat(unknown.status()).as("API Gateway's own 404, not a redirect").isEqualTo(404);
        assertThat(unknown.json()).containsEntry("message", "Not Found");
    }

    @Test
    void anUnknownFolderIsTheSitesNotFoundPage() {
        String notFoundPage = portal.s3()
                .getObjectAsBytes(r ->
                        r.bucket(portal.deployment().physicalName("SiteBucket")).key("404.html"))
                .asString(StandardCharsets.UTF_8);
        Http.Response missing = http.get("/khong-co/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo(notFoundPage).contains("Không tìm thấy trang");
        assertThat(http.get("/khong-co").header("location")).isEqualTo("/khong-co/");
        assertThat(http.get("/tin-tuc/2018/12/15/").status())
                .as("a day without articles")
                .isEqualTo(404);
    }
}
