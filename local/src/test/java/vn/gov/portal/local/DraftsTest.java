package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Drafts as an editor and a reader meet them on the local stack: a draft is rendered in full at
 * its secret, expiring preview link only (noindex), and nowhere a reader or a crawler looks;
 * the editor publishes it without uploading it again, or discards it.
 */
class DraftsTest extends PortalTest {

    private static String draft(String title, String slug) {
        return "---\ntitle: " + title + "\nslug: " + slug
                + "\npublishedAt: 2021-03-03T09:00:00+07:00\ndraft: true\n---\n" + "Nội dung **bản nháp** với từ khóa "
                + slug.replace("-", "") + ".\n";
    }

    @Test
    void aDraftIsSeenOnlyThroughItsPreviewLinkThenPublishedWithoutUploadingAgain() {
        String uploadId = editor.uploadArticle(draft("Dự thảo thông cáo báo chí", "du-thao-thong-cao"));
        Map<String, Object> status = editor.awaitDone(uploadId);
        assertThat(status)
                .containsEntry("status", "draft")
                .doesNotContainKey("url")
                .containsKey("previewExpiresAt");
        String previewUrl = (String) status.get("previewUrl");
        assertThat(previewUrl).startsWith("/api/uploads/" + uploadId + "/preview?token=");

        var preview = http.get(previewUrl); // no token of an editor: the link is what grants it
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body())
                .contains(
                        "Dự thảo thông cáo báo chí",
                        "<strong>bản nháp</strong>",
                        "<meta name=\"robots\" content=\"noindex, nofollow\">");
        assertThat(preview.header("x-robots-tag")).isEqualTo("noindex, nofollow");
        assertThat(preview.header("cache-control")).contains("no-store");
        assertThat(http.get(previewUrl.substring(0, previewUrl.length() - 1) + "x")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/uploads/" + uploadId + "/preview").status()).isEqualTo(404);

        String page = "/tin-tuc/2021/03/03/du-thao-thong-cao.html";
        assertNowhereReadersLook(page, "dthaothongcao", "duthaothongcao");

        var publish = http.post("/api/uploads/" + uploadId + "/publish", "", "authorization", editor.bearer());
        assertThat(publish.status()).as(publish.body()).isEqualTo(202);
        Map<String, Object> published = editor.awaitDone(uploadId);
        assertThat(published)
                .containsEntry("status", "published")
                .containsEntry("url", page)
                .doesNotContainKey("previewUrl");
        assertThat(http.get(page).status()).isEqualTo(200);
        assertThat(http.get(page).body()).doesNotContain("noindex");
        assertThat(http.get("/api/articles?date=2021-03-03").body()).contains("Dự thảo thông cáo báo chí");
        assertThat(http.get("/").body()).contains("Dự thảo thông cáo báo chí");
        assertThat(http.get(previewUrl).status())
                .as("a published draft's link stops working")
                .isEqualTo(404);
        assertThat(http.post("/api/uploads/" + uploadId + "/publish", "", "authorization", editor.bearer())
                        .status())
                .as("publishing twice")
                .isEqualTo(409);
    }

    @Test
    void aDiscardedOrExpiredDraftsLinkStopsWorking() {
        String discarded = editor.uploadArticle(draft("Bản nháp sẽ bỏ", "ban-nhap-se-bo"));
        String link = (String) editor.awaitDone(discarded).get("previewUrl");
        assertThat(http.get(link).status()).isEqualTo(200);
        assertThat(http.delete("/api/uploads/" + discarded, "authorization", editor.bearer())
                        .status())
                .isEqualTo(204);
        assertThat(http.get(link).status()).isEqualTo(404);
        assertThat(editor.status(discarded))
                .containsEntry("status", "discarded")
                .doesNotContainKey("previewUrl");
        assertThat(http.post("/api/uploads/" + discarded + "/publish", "", "authorization", editor.bearer())
                        .status())
                .isEqualTo(409);
        assertThat(http.delete("/api/uploads/" + discarded, "authorization", editor.bearer())
                        .status())
                .isEqualTo(409);
        assertNowhereReadersLook("/tin-tuc/2021/03/03/ban-nhap-se-bo.html", "bannhapsebo", "bannhapsebo");

        String expiring = editor.uploadArticle(draft("Bản nháp hết hạn", "ban-nhap-het-han"));
        String expiringLink = (String) editor.awaitDone(expiring).get("previewUrl");
        assertThat(http.get(expiringLink).status()).isEqualTo(200);
        portal.dynamo()
                .updateItem(r -> r.tableName(portal.deployment().physicalName("UploadsTable"))
                        .key(Map.of("pk", AttributeValue.fromS(expiring)))
                        .updateExpression("SET previewExpiresAt = :past")
                        .expressionAttributeValues(Map.of(
                                ":past",
                                AttributeValue.fromS(
                                        Instant.now().minusSeconds(1).toString()))));
        assertThat(http.get(expiringLink).status()).as("an expired link").isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftsAreInTheAuditTrail() {
        String uploadId = editor.uploadArticle(draft("Bản nháp có nhật ký", "ban-nhap-co-nhat-ky"));
        editor.awaitDone(uploadId);
        assertThat(http.post("/api/uploads/" + uploadId + "/publish", "", "authorization", editor.bearer())
                        .status())
                .isEqualTo(202);
        assertThat(editor.awaitDone(uploadId)).containsEntry("status", "published");
        List<Map<String, Object>> entries =
                (List<Map<String, Object>>) http.get("/api/audit?limit=100", "authorization", editor.bearer())
                        .json()
                        .get("items");
        List<String> forThisUpload = entries.reversed().stream()
                .filter(e -> ("upload/" + uploadId).equals(e.get("target"))
                        || "published".equals(e.get("outcome"))
                                && ((Map<String, String>) e.get("details"))
                                        .getOrDefault("url", "")
                                        .contains("ban-nhap-co-nhat-ky"))
                .map(e -> e.get("action") + " " + e.get("outcome"))
                .toList();
        assertThat(forThisUpload)
                .containsExactly(
                        "upload.request accepted",
                        "upload.publish draft",
                        "draft.publish accepted",
                        "upload.publish published");
    }

    private static void assertNowhereReadersLook(String page, String... words) {
        assertThat(http.get(page).status()).as("no page on the site").isEqualTo(404);
        assertThat(http.get("/api/articles?date=2021-03-03").body()).doesNotContain(page);
        assertThat(http.get("/").body()).doesNotContain(page);
        assertThat(http.get("/rss.xml").body()).doesNotContain(page);
        assertThat(http.get("/sitemaps/2021-03.xml").body()).doesNotContain(page);
        for (String word : words) {
            assertThat(http.get("/api/search?q=" + word).body()).doesNotContain(page);
        }
    }
}
