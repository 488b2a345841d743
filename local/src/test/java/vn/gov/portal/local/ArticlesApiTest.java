package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import vn.gov.portal.common.Json;

/** Uploads, publishing and article queries through the local stack, as an editor and a reader would. */
class ArticlesApiTest extends PortalTest {

    static String source(String title, String slug, String publishedAt, String body) {
        return "---\ntitle: " + title + "\n" + (slug == null ? "" : "slug: " + slug + "\n") + "publishedAt: "
                + publishedAt + "\nsummary: Tóm tắt " + title + "\n---\n" + body + "\n";
    }

    private static Map<String, Object> publish(String source) {
        Map<String, Object> status = editor.awaitDone(editor.uploadArticle(source));
        assertThat(status).as(status.toString()).containsEntry("status", "published");
        return status;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(String query) {
        var response = http.get("/api/articles?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) response.json().get("items");
    }

    @Test
    void aPublishedArticleHasItsPageAndIsFoundByItsDay() {
        Map<String, Object> status = publish(source(
                "Hội thảo về đổi mới công tác truyền thông", null, "2018-12-14T09:30:00+07:00", "Nội dung **chính**."));
        String url = (String) status.get("url");
        assertThat(url).isEqualTo("/tin-tuc/2018/12/14/hoi-thao-ve-doi-moi-cong-tac-truyen-thong.html");

        var page = http.get(url);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.header("cache-control")).startsWith("public, max-age=");
        assertThat(page.body())
                .contains(
                        "<html lang=\"vi\"",
                        "Content-Security-Policy",
                        "Ngày cập nhật: 14-12-2018",
                        "<strong>chính</strong>",
                        "id=\"tim-theo-ngay\"",
                        "id=\"danh-gia\"",
                        "id=\"van-ban-chi-dao\"");

        List<Map<String, Object>> day = items("date=2018-12-14");
        assertThat(day).extracting(i -> i.get("id")).contains(status.get("articleId"));
        Map<String, Object> item = day.stream()
                .filter(i -> i.get("id").equals(status.get("articleId")))
                .findFirst()
                .orElseThrow();
        assertThat(item)
                .containsEntry("publishedAt", "2018-12-14T09:30:00+07:00")
                .containsEntry("date", "2018-12-14")
                .containsEntry("url", url)
                .containsEntry("category", "tin-tuc")
                .containsEntry("rating", Map.of("average", 0.0, "count", 0));
        assertThat(http.get("/api/articles/" + status.get("articleId")).json())
                .containsEntry("title", "Hội thảo về đổi mới công tác truyền thông");
        assertThat(http.get("/tin-tuc/2018/12/14/").body()).contains("Hội thảo về đổi mới công tác truyền thông");
        // the home page and the section's landing page show only the newest (other tests publish newer ones)
        assertThat(http.get("/tin-tuc/2018/12/").body()).contains("Hội thảo về đổi mới công tác truyền thông");
        assertThat(page.body())
                .as("canonical address on the configured site")
                .contains("<link rel=\"canonical\" href=\"" + portal.baseUrl() + url + "\">");
        assertThat(http.get("/rss.xml").body())
                .contains("/tin-tuc/2018/12/14/hoi-thao-ve-doi-moi-cong-tac-truyen-thong.html");
        assertThat(SitemapFiles.urls(http))
                .anyMatch(u -> u.endsWith("/tin-tuc/2018/12/14/hoi-thao-ve-doi-moi-cong-tac-truyen-thong.html"));
    }

    @Test
    void anArticleMovedToAnotherSectionLeavesTheOldSectionsPages() {
        String first =
                "---\ntitle: Bài đổi chuyên mục\nslug: bai-doi-chuyen-muc\npublishedAt: 2017-05-10T08:00:00+07:00\n"
                        + "section: huong-dan\n---\nMột.\n";
        Map<String, Object> before = publish(first);
        assertThat(before.get("url")).isEqualTo("/huong-dan/2017/05/10/bai-doi-chuyen-muc.html");
        assertThat(http.get("/huong-dan/2017/05/").body()).contains("Bài đổi chuyên mục");

        Map<String, Object> after = publish(first.replace("section: huong-dan", "section: thong-bao"));
        assertThat(after.get("articleId"))
                .as("the same article, updated in place")
                .isEqualTo(before.get("articleId"));
        assertThat(after.get("url")).isEqualTo("/thong-bao/2017/05/10/bai-doi-chuyen-muc.html");
        assertThat(http.get("/thong-bao/2017/05/").body()).contains("Bài đổi chuyên mục");
        assertThat(http.get("/thong-bao/").body()).contains("/thong-bao/2017/05/");
        assertThat(http.get("/huong-dan/2017/05/").status())
                .as("the old section's emptied month")
                .isEqualTo(404);
        assertThat(http.get("/huong-dan/").body())
                .doesNotContain("Bài đổi chuyên mục")
                .doesNotContain("/huong-dan/2017/05/");
        assertThat(http.get("/huong-dan/2017/05/10/bai-doi-chuyen-muc.html").status())
                .isEqualTo(404);

        Map<String, Object> refused =
                editor.awaitDone(editor.uploadArticle(first.replace("section: huong-dan", "section: the-thao")));
        assertThat(refused).containsEntry("status", "rejected");
        assertThat(refused.get("errors").toString())
                .contains("section", "'the-thao' is not a section of the portal", "thong-bao (Thông báo)");
    }

    @Test
    void theDayIsVietnamsDay() {
        publish(source("Tin lúc nửa đêm", "tin-luc-nua-dem", "2018-12-14T23:30:00+07:00", "Muộn."));
        publish(source("Tin theo giờ UTC", "tin-theo-gio-utc", "2018-12-14T17:30:00Z", "Sớm."));
        assertThat(items("date=2018-12-14"))
                .extracting(i -> i.get("slug"))
                .contains("tin-luc-nua-dem")
                .doesNotContain("tin-theo-gio-utc");
        assertThat(items("date=2018-12-15"))
                .extracting(i -> i.get("slug"))
                .contains("tin-theo-gio-utc")
                .doesNotContain("tin-luc-nua-dem");
        assertThat(items("date=2018-12-15").stream()
                        .filter(i -> i.get("slug").equals("tin-theo-gio-utc"))
                        .findFirst()
                        .orElseThrow())
                .containsEntry("publishedAt", "2018-12-15T00:30:00+07:00");
    }

    private static void rate(String id, int count, int sum) {
        String table = portal.deployment().physicalName("ArticlesTable");
        portal.dynamo()
                .updateItem(r -> r.tableName(table)
                        .key(Map.of("pk", AttributeValue.fromS("A#" + id), "sk", AttributeValue.fromS("A")))
                        .updateExpression("SET ratingCount = :c, ratingSum = :s")
                        .expressionAttributeValues(Map.of(
                                ":c",
                                AttributeValue.fromN(Integer.toString(count)),
                                ":s",
                                AttributeValue.fromN(Integer.toString(sum)))));
    }

    @Test
    void aSecondUploadWithTheSameSlugOnTheSameDayUpdatesTheArticleInPlace() {
        Map<String, Object> first = publish(source("Bản đầu", "sua-trong-ngay", "2019-04-01T08:00:00+07:00", "Một."));
        rate((String) first.get("articleId"), 2, 9);

        Map<String, Object> second = publish(source("Bản sửa", "sua-trong-ngay", "2019-04-01T15:00:00+07:00", "Hai."));

        assertThat(second.get("articleId")).isEqualTo(first.get("articleId"));
        assertThat(second.get("url")).isEqualTo(first.get("url"));
        assertThat(http.get((String) second.get("url")).body())
                .contains("Bản sửa")
                .doesNotContain("Bản đầu");
        assertThat(items("date=2019-04-01")).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("title", "Bản sửa").containsEntry("publishedAt", "2019-04-01T15:00:00+07:00");
            assertThat(i.get("rating")).isEqualTo(Map.of("average", 4.5, "count", 2));
        });
    }

    @Test
    void recurringTitlesOnOtherDaysAreOtherArticlesWithTheirOwnPagesAndRatings() {
        String title = "Lịch tiếp công dân định kỳ";
        Map<String, Object> september = publish(source(title, null, "2019-09-01T08:00:00+07:00", "Tháng chín."));
        rate((String) september.get("articleId"), 3, 15);
        Map<String, Object> october = publish(source(title, null, "2019-10-01T08:00:00+07:00", "Tháng mười."));

        assertThat(october.get("articleId")).isNotEqualTo(september.get("articleId"));
        assertThat(september.get("url")).isEqualTo("/tin-tuc/2019/09/01/lich-tiep-cong-dan-dinh-ky.html");
        assertThat(october.get("url")).isEqualTo("/tin-tuc/2019/10/01/lich-tiep-cong-dan-dinh-ky.html");
        assertThat(http.get((String) september.get("url")).body()).contains("Tháng chín.");
        assertThat(http.get((String) october.get("url")).body()).contains("Tháng mười.");
        assertThat(items("date=2019-09-01")).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("id", september.get("articleId"));
            assertThat(i.get("rating")).isEqualTo(Map.of("average", 5.0, "count", 3));
        });
        assertThat(items("date=2019-10-01")).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("id", october.get("articleId"));
            assertThat(i.get("rating")).isEqualTo(Map.of("average", 0.0, "count", 0));
        });
        assertThat(http.get("/tin-tuc/2019/09/01/").body()).contains(title);
        assertThat(http.get("/tin-tuc/2019/10/01/").body()).contains(title);
    }

    @Test
    void anIdInTheFrontMatterMustNameAPublishedArticleAndMayNotTakeAnotherArticlesSlug() {
        Map<String, Object> unknown = editor.awaitDone(
                editor.uploadArticle("---\ntitle: Không có\nid: aaaaaaaaaaaaaaaaaaaaaaaaaa\n---\nThân.\n"));
        assertThat(unknown).containsEntry("status", "rejected");
        assertThat(Json.write(unknown.get("errors"))).contains("\"field\":\"id\"");

        Map<String, Object> one = publish(source("Bài một", "bai-mot-trung", "2019-05-01T08:00:00+07:00", "Một."));
        Map<String, Object> two = publish(source("Bài hai", "bai-hai-trung", "2019-05-01T09:00:00+07:00", "Hai."));
        Map<String, Object> clash =
                editor.awaitDone(editor.uploadArticle("---\ntitle: Bài hai\nslug: bai-mot-trung\nid: "
                        + two.get("articleId") + "\npublishedAt: 2019-05-01T09:00:00+07:00\n---\nHai.\n"));
        assertThat(clash).containsEntry("status", "rejected");
        assertThat(Json.write(clash.get("errors"))).contains("\"field\":\"slug\"");
        assertThat(http.get((String) one.get("url")).body()).contains("Một.");
    }

    @Test
    void aSecondUploadNamingTheArticlesIdMovesItToAnotherDayInPlace() {
        Map<String, Object> first = publish(source("Bản đầu", "cap-nhat-tai-cho", "2019-03-01T08:00:00+07:00", "Một."));
        String id = (String) first.get("articleId");
        rate(id, 3, 13);

        Map<String, Object> second = publish(source("Bản sửa", "cap-nhat-tai-cho", "2019-03-02T08:00:00+07:00", "Hai.")
                .replace("---\ntitle:", "---\nid: " + id + "\ntitle:"));

        assertThat(second.get("articleId")).isEqualTo(id);
        assertThat(second.get("url")).isEqualTo("/tin-tuc/2019/03/02/cap-nhat-tai-cho.html");
        assertThat(http.get((String) first.get("url")).status())
                .as("stale page removed")
                .isEqualTo(404);
        assertThat(http.get((String) second.get("url")).body()).contains("Bản sửa");
        assertThat(items("date=2019-03-01")).isEmpty();
        assertThat(http.get("/tin-tuc/2019/03/01/").status())
                .as("empty day archive removed")
                .isEqualTo(404);
        assertThat(items("date=2019-03-02")).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("id", id).containsEntry("title", "Bản sửa");
            assertThat(i.get("rating")).isEqualTo(Map.of("average", 4.3, "count", 3));
        });
    }

    @Test
    void brokenFrontMatterIsRejectedWithReasonsAndPublishesNothing() {
        String uploadId = editor.uploadArticle("---\ntitle: [chưa đóng\nslug: bai-hong\n---\nThân bài.\n");
        Map<String, Object> status = editor.awaitDone(uploadId);
        assertThat(status).containsEntry("status", "rejected");
        assertThat((List<?>) status.get("errors"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(Json.write(e)).contains("\"field\"", "\"message\""));
        assertThat(Json.write(status.get("errors"))).contains("frontMatter");

        Map<String, Object> noTitle =
                editor.awaitDone(editor.uploadArticle("---\nsummary: Thiếu tiêu đề\n---\nThân bài.\n"));
        assertThat(noTitle).containsEntry("status", "rejected");
        assertThat(Json.write(noTitle.get("errors"))).contains("\"field\":\"title\"");
        assertThat(noTitle).doesNotContainKey("articleId");
    }

    @Test
    void rangeQueriesPageNewestFirstWithoutGapsOrRepeats() {
        for (int d = 1; d <= 5; d++) {
            publish(source("Tin ngày " + d, "tin-thang-tu-" + d, "2020-04-0" + d + "T10:00:00+07:00", "Nội dung."));
        }
        publish(source("Tin tháng ba", "tin-thang-ba", "2020-03-31T10:00:00+07:00", "Nội dung."));
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var response = http.get("/api/articles?from=2020-03-01&to=2020-04-30&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(response.status()).isEqualTo(200);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> page =
                    (List<Map<String, Object>>) response.json().get("items");
            page.forEach(i -> seen.add(i.get("slug")));
            cursor = (String) response.json().get("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen)
                .containsExactly(
                        "tin-thang-tu-5",
                        "tin-thang-tu-4",
                        "tin-thang-tu-3",
                        "tin-thang-tu-2",
                        "tin-thang-tu-1",
                        "tin-thang-ba");
    }

    @Test
    void badQueriesAreProblemsNotErrors() {
        for (String query : List.of(
                "",
                "date=2018-02-30",
                "date=2018-13-01",
                "date=0000-00-00",
                "date=99999-01-01",
                "from=2020-01-02&to=2020-01-01",
                "from=2019-01-01&to=2020-01-02",
                "date=2020-01-01&limit=0",
                "date=2020-01-01&limit=101",
                "date=2020-01-01&cursor=bm90LWEtY3Vyc29y",
                "date=2020-01-01&x=1",
                "date=2020-01-01&from=2020-01-01&to=2020-01-02")) {
            var response = http.get("/api/articles?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
            assertThat(response.json()).as(query).containsKeys("type", "title", "status", "detail");
        }
        assertThat(http.get("/api/articles/khong-co").status()).isEqualTo(404);
        assertThat(http.get("/api/articles/aaaaaaaaaaaaaaaaaaaaaaaaaa").status())
                .isEqualTo(404);
    }

    @Test
    void everyRefusalOfAQueryComesInOneProblem() {
        var response = http.get("/api/articles?from=2018-02-30&to=2018-13-01&limit=0");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail")).isEqualTo("limit: must be an integer from 1 to 100 (and 2 more)");
        assertThat(Json.write(response.json().get("errors")))
                .isEqualTo("[{\"field\":\"limit\",\"message\":\"must be an integer from 1 to 100\"},"
                        + "{\"field\":\"from\",\"message\":\"must be a real date YYYY-MM-DD\"},"
                        + "{\"field\":\"to\",\"message\":\"must be a real date YYYY-MM-DD\"}]");
        var unknown = http.get("/api/articles?date=2018-02-30&sort=asc&page=2");
        assertThat(Json.write(unknown.json().get("errors")))
                .as("unknown names first, sorted, before any value")
                .isEqualTo("[{\"field\":\"page\",\"message\":\"is not a known parameter\"},"
                        + "{\"field\":\"sort\",\"message\":\"is not a known parameter\"}]");
        var one = http.get("/api/articles?date=2018-02-30");
        assertThat(one.json()).containsEntry("detail", "date: must be a real date YYYY-MM-DD");
        assertThat(Json.write(one.json().get("errors")))
                .isEqualTo("[{\"field\":\"date\",\"message\":\"must be a real date YYYY-MM-DD\"}]");
    }

    @Test
    void deletingUnpublishesThePageAndItsListings() {
        Map<String, Object> status = publish(source("Bài sẽ gỡ", "bai-se-go", "2021-06-01T08:00:00+07:00", "Gỡ."));
        String id = (String) status.get("articleId");
        assertThat(http.delete("/api/articles/" + id).status()).as("no token").isEqualTo(401);
        String reader = "Bearer " + portal.jwt().issue("reader@local", List.of(), Duration.ofMinutes(5));
        assertThat(http.delete("/api/articles/" + id, "authorization", reader).status())
                .as("not an editor")
                .isEqualTo(403);
        assertThat(http.get("/api/articles/" + id).status()).isEqualTo(200);

        assertThat(http.delete("/api/articles/" + id, "authorization", editor.bearer())
                        .status())
                .isEqualTo(204);

        assertThat(http.get("/api/articles/" + id).status()).isEqualTo(404);
        assertThat(http.get((String) status.get("url")).status()).isEqualTo(404);
        assertThat(items("date=2021-06-01")).isEmpty();
        assertThat(http.get("/").body()).doesNotContain("Bài sẽ gỡ");
        assertThat(http.get("/rss.xml").body()).doesNotContain("bai-se-go");
        assertThat(http.delete("/api/articles/" + id, "authorization", editor.bearer())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void uploadUrlsAreSignedForOneServerChosenKeyTypeAndLength() {
        Map<String, Object> signed = editor.requestUpload("article", "../../x.html", "text/html", 1234);
        URI url = URI.create((String) signed.get("uploadUrl"));
        assertThat(url.getPath())
                .endsWith("/incoming/" + signed.get("uploadId"))
                .doesNotContain("..", "x.html");
        assertThat(url.getQuery()).contains("X-Amz-SignedHeaders=content-length;content-type;host");
        int expires = Integer.parseInt(url.getQuery().replaceAll(".*X-Amz-Expires=(\\d+).*", "$1"));
        assertThat(expires).isLessThanOrEqualTo(900);
        assertThat(signed)
                .containsEntry("method", "PUT")
                .containsEntry("headers", Map.of("Content-Type", "text/html", "Content-Length", "1234"));

        for (String body : List.of(
                "{\"kind\":\"video\",\"filename\":\"a.mp4\",\"contentType\":\"video/mp4\",\"contentLength\":10}",
                "{\"kind\":\"article\",\"filename\":\"a.md\",\"contentType\":\"text/markdown\",\"contentLength\":1048577}",
                "{\"kind\":\"image\",\"filename\":\"a.gif\",\"contentType\":\"image/gif\",\"contentLength\":10}",
                "{\"kind\":\"attachment\",\"filename\":\"a.pdf\",\"contentType\":\"application/pdf\",\"contentLength\":0}",
                "{\"kind\":\"article\",\"filename\":\"\",\"contentType\":\"text/markdown\",\"contentLength\":10}",
                "{\"kind\":\"article\",\"filename\":\"a.md\",\"contentType\":\"text/markdown\",\"contentLength\":1.5}",
                "{\"kind\":\"article\",\"filename\":\"a.md\",\"contentType\":\"text/markdown\",\"contentLength\":10,\"key\":\"x\"}",
                "{\"kind\":\"article\"",
                "[]")) {
            var response = http.post("/api/uploads", body, "authorization", editor.bearer());
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).as(body).startsWith("application/problem+json");
        }
        assertThat(http.post("/api/uploads", "{}").status()).as("no token").isEqualTo(401);
    }
}
