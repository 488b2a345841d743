package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Revisions on the local stack: every published version of an article is listed, newest first,
 * with its time and editor; restoring one republishes it through the pipeline, in place (same
 * id, same ratings), even after the article moved to another slug; an unpublished article's
 * versions are kept and restoring one publishes it again (as a new article: its id went with it).
 */
class RevisionsTest extends PortalTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> versions(String articleId) {
        var response = http.get("/api/articles/" + articleId + "/revisions", "authorization", editor.bearer());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) response.json().get("items");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyVersionIsListedAndAnOlderOneRestoredInPlaceWithItsRatings() {
        String v1 = editor.uploadArticle(
                "---\ntitle: Quy chế làm việc\nslug: quy-che-lam-viec\npublishedAt: 2020-06-01T08:00:00+07:00\n---\nBản thứ nhất.\n");
        String articleId = (String) editor.awaitDone(v1).get("articleId");
        String v2 = editor.uploadArticle(
                "---\ntitle: Quy chế làm việc (sửa đổi)\nslug: quy-che-lam-viec\npublishedAt: 2020-06-01T08:00:00+07:00\n---\nBản thứ hai.\n");
        assertThat(editor.awaitDone(v2)).containsEntry("articleId", articleId);
        // the article moves: another slug, named by id
        String v3 = editor.uploadArticle(
                "---\nid: " + articleId + "\ntitle: Quy chế làm việc năm 2020\nslug: quy-che-2020\n"
                        + "publishedAt: 2020-06-01T08:00:00+07:00\n---\nBản thứ ba.\n");
        assertThat(editor.awaitDone(v3))
                .containsEntry("articleId", articleId)
                .containsEntry("url", "/tin-tuc/2020/06/01/quy-che-2020.html");
        // readers have rated it meanwhile
        portal.dynamo()
                .updateItem(r -> r.tableName(portal.deployment().physicalName("ArticlesTable"))
                        .key(Map.of("pk", AttributeValue.fromS("A#" + articleId), "sk", AttributeValue.fromS("A")))
                        .updateExpression("SET ratingCount = :c, ratingSum = :s")
                        .expressionAttributeValues(
                                Map.of(":c", AttributeValue.fromN("3"), ":s", AttributeValue.fromN("13"))));

        List<Map<String, Object>> versions = versions(articleId);
        assertThat(versions.stream().map(v -> v.get("uploadId")).toList()).containsExactly(v3, v2, v1);
        assertThat(versions.stream().map(v -> v.get("title")).toList())
                .containsExactly("Quy chế làm việc năm 2020", "Quy chế làm việc (sửa đổi)", "Quy chế làm việc");
        assertThat((Map<String, Object>) versions.getFirst().get("editor")).containsEntry("email", "editor@local");
        assertThat(versions.getFirst()).containsKey("publishedAt");

        String first = (String) versions.getLast().get("revisionId");
        var restore = http.post(
                "/api/articles/" + articleId + "/revisions/" + first + "/restore",
                "",
                "authorization",
                editor.bearer());
        assertThat(restore.status()).as(restore.body()).isEqualTo(202);
        Map<String, Object> restored = editor.awaitDone((String) restore.json().get("uploadId"));
        assertThat(restored)
                .containsEntry("status", "published")
                .containsEntry("articleId", articleId)
                .containsEntry("url", "/tin-tuc/2020/06/01/quy-che-lam-viec.html");
        assertThat(http.get("/tin-tuc/2020/06/01/quy-che-lam-viec.html").body()).contains("Bản thứ nhất.");
        assertThat(http.get("/tin-tuc/2020/06/01/quy-che-2020.html").status())
                .as("the moved page is gone")
                .isEqualTo(404);
        Map<String, Object> article = http.get("/api/articles/" + articleId).json();
        assertThat((Map<String, Object>) article.get("rating")).containsEntry("count", 3);
        assertThat(versions(articleId)).hasSize(4);
        assertThat(http.get("/api/audit?limit=100", "authorization", editor.bearer())
                        .body())
                .contains("article.restore");
    }

    @Test
    void anUnpublishedArticleKeepsItsVersionsAndCanBeRestored() {
        String v1 = editor.uploadArticle(
                "---\ntitle: Thông báo tạm gỡ\npublishedAt: 2020-07-01T08:00:00+07:00\n---\nNội dung.\n");
        String articleId = (String) editor.awaitDone(v1).get("articleId");
        assertThat(http.delete("/api/articles/" + articleId, "authorization", editor.bearer())
                        .status())
                .isEqualTo(204);
        List<Map<String, Object>> versions = versions(articleId);
        assertThat(versions).hasSize(1);
        var restore = http.post(
                "/api/articles/" + articleId + "/revisions/"
                        + versions.getFirst().get("revisionId") + "/restore",
                "",
                "authorization",
                editor.bearer());
        assertThat(restore.status()).as(restore.body()).isEqualTo(202);
        Map<String, Object> restored = editor.awaitDone((String) restore.json().get("uploadId"));
        assertThat(restored)
                .as("published again, as a new article")
                .containsEntry("status", "published")
                .doesNotContainEntry("articleId", articleId);
        assertThat(http.get((String) restored.get("url")).body()).contains("Thông báo tạm gỡ");
    }
}
