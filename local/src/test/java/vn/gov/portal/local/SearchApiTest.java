package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.text.VietnameseText;

/** GET /api/search through the local stack: the index follows publish, update, unpublish and directives. */
class SearchApiTest extends PortalTest {

    private static String publish(String title, String slug, String day, String summary, String body) {
        String source = "---\ntitle: " + title + "\nslug: " + slug + "\npublishedAt: " + day
                + "T09:30:00+07:00\nsummary: " + summary + "\n---\n" + body + "\n";
        Map<String, Object> status = editor.awaitDone(editor.uploadArticle(source));
        assertThat(status).as(status.toString()).containsEntry("status", "published");
        return (String) status.get("articleId");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> search(String query) {
        Http.Response response = http.get("/api/search?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).containsKey("cursor");
        return (List<Map<String, Object>>) response.json().get("items");
    }

    private static List<Object> ids(String q) {
        return search("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).stream()
                .map(i -> i.get("id"))
                .toList();
    }

    @Test
    void tonelessWordsFindTheArticleAndItsSnippetMarksThem() {
        String id = publish(
                "Tăng cường thực thi chính sách bảo hiểm xã hội tự nguyện",
                "bhxh-tu-nguyen",
                "2026-10-02",
                "Mở rộng diện bao phủ bảo hiểm xã hội.",
                "Người lao động tự do được hỗ trợ **đóng bảo hiểm xã hội**.");
        publish(
                "Hội nghị về an toàn lao động",
                "an-toan-lao-dong-tk",
                "2026-10-03",
                "Tổng kết năm.",
                "Không liên quan.");

        List<Map<String, Object>> items = search("q=bao+hiem+xa+hoi");
        assertThat(items).extracting(i -> i.get("id")).containsExactly(id);
        Map<String, Object> item = items.getFirst();
        assertThat(item)
                .containsEntry("kind", "article")
                .containsEntry("date", "2026-10-02")
                .containsEntry("url", "/tin-tuc/2026/10/02/bhxh-tu-nguyen.html")
                .containsEntry("title", "Tăng cường thực thi chính sách bảo hiểm xã hội tự nguyện");
        String snippet = (String) item.get("snippet");
        assertThat(snippet).doesNotContain("<").contains("bảo hiểm xã hội");
        @SuppressWarnings("unchecked")
        List<List<Integer>> highlights = (List<List<Integer>>) item.get("highlights");
        assertThat(highlights)
                .extracting(h -> snippet.substring(h.get(0), h.get(1)))
                .contains("bảo", "hiểm", "xã", "hội")
                .allSatisfy(
                        word -> assertThat(List.of("bao", "hiem", "xa", "hoi")).contains(VietnameseText.fold(word)));
        assertThat(http.get(item.get("url").toString()).status()).isEqualTo(200);
    }

    @Test
    void aDirectiveIsFoundByItsSymbolAndGoneWhenDeleted() {
        Http.Response created = http.post(
                "/api/directives",
                Json.write(Map.of(
                        "title",
                        "Công văn số 5389/LĐTBXH-VPQGGN v/v hướng dẫn rà soát hộ nghèo năm 2026",
                        "issuedOn",
                        "2026-09-15")),
                "authorization",
                editor.bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = (String) created.json().get("id");
        for (String q : List.of("5389/ldtbxh", "5389 / LĐTBXH", "5389")) {
            assertThat(ids(q)).as(q).first().isEqualTo(id);
        }
        assertThat(search("q=5389&kind=directive").getFirst())
                .containsEntry("kind", "directive")
                .containsEntry("date", "2026-09-15");
        // a reader lands on the document's page, never on the API's JSON
        assertThat((String) search("q=5389&kind=directive").getFirst().get("url"))
                .isEqualTo(created.json().get("pageUrl"))
                .startsWith("/van-ban/2026/");
        assertThat(search("q=5389&kind=article")).isEmpty();

        assertThat(http.delete("/api/directives/" + id, "authorization", editor.bearer())
                        .status())
                .isEqualTo(204);
        assertThat(ids("5389/ldtbxh")).doesNotContain(id);
    }

    @Test
    void aQuotedPhraseNarrowsTheResults() {
        String together = publish(
                "Chi trả trợ cấp thất nghiệp đúng hạn",
                "tro-cap-that-nghiep",
                "2026-08-01",
                "Người lao động nhận trợ cấp thất nghiệp.",
                "Nội dung.");
        String apart = publish(
                "Người thất nghiệp được trợ giúp tìm việc và nhận cấp phát tài liệu",
                "tro-giup-tim-viec",
                "2026-08-02",
                "Hỗ trợ người lao động.",
                "Nội dung.");
        assertThat(ids("trợ cấp thất nghiệp")).contains(together, apart);
        assertThat(ids("\"trợ cấp thất nghiệp\"")).containsExactly(together);
    }

    @Test
    void anUpdatedArticleIsFoundByItsNewWordsOnlyAndAnUnpublishedOneNeverAgain() {
        String id =
                publish("Thông báo tuyển dụng công chức", "tuyen-dung-cc", "2026-07-01", "Đợt một.", "Vị trí kế toán.");
        assertThat(ids("ke toan")).contains(id);
        publish("Thông báo tuyển dụng công chức", "tuyen-dung-cc", "2026-07-01", "Đợt một.", "Vị trí pháp chế.");
        assertThat(ids("ke toan")).doesNotContain(id);
        assertThat(ids("phap che")).contains(id);

        assertThat(http.delete("/api/articles/" + id, "authorization", editor.bearer())
                        .status())
                .isEqualTo(204);
        assertThat(ids("tuyen dung cong chuc")).doesNotContain(id);
        assertThat(ids("phap che")).doesNotContain(id);
    }

    @Test
    void badInputIsAProblemNeverAnError() {
        for (String query : List.of(
                "",
                "q=",
                "q=%20%20",
                "q=" + "a".repeat(201),
                "q=x&kind=video",
                "q=x&from=2026-02-30",
                "q=x&from=2026-03-01&to=2026-02-01",
                "q=x&limit=0",
                "q=x&limit=51",
                "q=x&cursor=abc",
                "q=x&page=2")) {
            Http.Response response = http.get("/api/search?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
        }
    }
}
