package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;

/**
 * Directive documents end to end: the local stack over HTTP against the emulator. Each test keeps
 * to its own issue dates and symbols, so the tests of this class do not see each other's data.
 */
class DirectivesApiTest extends PortalTest {

    private static String editorBearer;
    private static String reader;

    @BeforeAll
    static void start() {
        editorBearer = "Bearer " + portal.jwt().editorToken(Duration.ofMinutes(10));
        reader = "Bearer " + portal.jwt().issue("reader@local", List.of(), Duration.ofMinutes(10));
    }

    // ------------------------------------------------------------------------------- helpers

    private static Http.Response post(String path, Object body) {
        return http.post(path, Json.write(body), "authorization", editorBearer);
    }

    private static Map<String, Object> create(Map<String, Object> body) {
        Http.Response response = post("/api/directives", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static Map<String, Object> directive(String title, String issuedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("issuedOn", issuedOn);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) response.json().get("items");
    }

    private static List<Map<String, Object>> bySymbol(String symbol) {
        return items(http.get("/api/directives?symbol=" + encode(symbol)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("id")).toList();
    }

    /** Every page of a range query, following nextCursor. */
    private static List<Map<String, Object>> allPages(String query) {
        List<Map<String, Object>> out = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Http.Response page =
                    http.get("/api/directives?" + query + (cursor == null ? "" : "&cursor=" + encode(cursor)));
            out.addAll(items(page));
            cursor = (String) page.json().get("nextCursor");
            assertThat(++pages).as("pages of " + query).isLessThan(50);
        } while (cursor != null);
        return out;
    }

    private static void assertNewestFirst(List<Map<String, Object>> items) {
        for (int i = 1; i < items.size(); i++) {
            assertThat((String) items.get(i - 1).get("issuedOn"))
                    .isGreaterThanOrEqualTo((String) items.get(i).get("issuedOn"));
        }
    }

    // --------------------------------------------------------------------------------- create

    @Test
    void registersByTitleAndDerivesTheRest() {
        Http.Response response = post(
                "/api/directives",
                directive(
                        "Công văn số 121/LĐTBXH-VP v/v triển khai công tác bảo đảm an toàn thông tin năm 2020",
                        "2020-01-14"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
        Map<String, Object> item = response.json();
        String id = (String) item.get("id");
        assertThat(response.header("location")).isEqualTo("/api/directives/" + id);
        assertThat(item)
                .containsEntry("type", "Công văn")
                .containsEntry("symbol", "121/LĐTBXH-VP")
                .containsEntry("number", 121)
                .containsEntry("issuer", "LĐTBXH")
                .containsEntry("unit", "VP")
                .containsEntry("subject", "triển khai công tác bảo đảm an toàn thông tin năm 2020")
                .containsEntry("issuedOn", "2020-01-14");
        // absent values are there, as null
        assertThat(response.body())
                .contains(
                        "\"year\":null",
                        "\"docCode\":null",
                        "\"signer\":null",
                        "\"summary\":null",
                        "\"attachmentUrl\":null");

        Http.Response read = http.get("/api/directives/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(item);
        assertThat(http.get("/api/directives/aaaaaaaaaaaaaaaaaaaaaaaaaa").status())
                .isEqualTo(404);
        assertThat(http.get("/api/directives/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void explicitFieldsWinOverTheTitle() {
        Map<String, Object> body = directive(
                Normalizer.normalize(
                        "Quyết định số 1500/QĐ-LĐTBXH về việc ban hành Quy chế làm việc", Normalizer.Form.NFD),
                "2020-02-10");
        body.put("symbol", " 1501 / qđ - lđtbxh ");
        body.put("type", "THÔNG BÁO");
        body.put("signer", "Nguyễn  Văn A");
        body.put("summary", "Tóm tắt");
        Map<String, Object> item = create(body);
        assertThat(item)
                .containsEntry("symbol", "1501/QĐ-LĐTBXH")
                .containsEntry("number", 1501)
                .containsEntry("docCode", "QĐ")
                .containsEntry("issuer", "LĐTBXH")
                .containsEntry("unit", null)
                .containsEntry("type", "Thông báo")
                .containsEntry("signer", "Nguyễn Văn A")
                .containsEntry("summary", "Tóm tắt")
                .containsEntry("subject", "ban hành Quy chế làm việc")
                .containsEntry("title", "Quyết định số 1500/QĐ-LĐTBXH về việc ban hành Quy chế làm việc");

        Map<String, Object> plain = create(directive("Hội nghị sơ kết công tác quý I", "2020-02-11"));
        assertThat(plain)
                .containsEntry("type", null)
                .containsEntry("symbol", null)
                .containsEntry("number", null)
                .containsEntry("subject", "Hội nghị sơ kết công tác quý I");
    }

    @Test
    void theSameSymbolAndDayAgainIsTheSameDirective() {
        Map<String, Object> first = create(directive("Thông báo số 31/TB-LĐTBXH về việc nghỉ Tết", "2020-03-02"));
        Http.Response again = post(
                "/api/directives", directive("THÔNG BÁO SỐ 31 / tb-lđtbxh  V/V nghỉ Tết Nguyên đán", "2020-03-02"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first);

        Map<String, Object> otherDay = create(directive("Thông báo số 31/TB-LĐTBXH về việc nghỉ Tết", "2020-03-09"));
        assertThat(otherDay.get("id")).isNotEqualTo(first.get("id"));

        // without a symbol, title and day are the key
        Map<String, Object> untitled = create(directive("Lịch công tác tuần của Lãnh đạo Bộ", "2020-03-03"));
        Http.Response repeat = post("/api/directives", directive(" lịch công tác tuần của lãnh đạo bộ ", "2020-03-03"));
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().get("id")).isEqualTo(untitled.get("id"));
        assertThat(create(directive("Lịch công tác tuần của Lãnh đạo Bộ", "2020-03-10"))
                        .get("id"))
                .isNotEqualTo(untitled.get("id"));
    }

    @Test
    void badRequestsAreProblemsWithFieldErrors() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"issuedOn\":\"2020-01-01\"}", "title");
        cases.put("{\"title\":\"Thông báo\",\"issuedOn\":\"2018-02-30\"}", "issuedOn");
        cases.put("{\"title\":\"Thông báo\",\"issuedOn\":\"2020-01-01\",\"category\":\"x\"}", "category");
        cases.put("{\"title\":\"Thông báo\",\"issuedOn\":\"2020-01-01\",\"symbol\":\"không phải số hiệu\"}", "symbol");
        cases.put("{\"title\":\"Thông báo\",\"issuedOn\":\"2020-01-01\",\"type\":\"Luật\"}", "type");
        cases.put(
                "{\"title\":\"Thông báo\",\"issuedOn\":\"2020-01-01\",\"attachmentUploadId\":\"aaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
                "attachmentUploadId");
        cases.put("{\"title\": \"Thông báo\", \"issuedOn\": ", "body");
        for (var c : cases.entrySet()) {
            Http.Response response = http.post("/api/directives", c.getKey(), "authorization", editorBearer);
            assertThat(response.status()).as(c.getKey()).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json; charset=utf-8");
            assertThat(response.body()).as(c.getKey()).contains("\"field\":\"" + c.getValue() + "\"");
        }
        assertThat(http.get("/api/directives?latest=5&sort=asc").status()).isEqualTo(400);
        assertThat(http.get("/api/directives?latest=51").status()).isEqualTo(400);
        assertThat(http.get("/api/directives").status()).isEqualTo(400);
        assertThat(http.get("/api/directives?from=2020-01-01&to=2021-01-01").status())
                .isEqualTo(400);
        assertThat(http.get("/api/directives?from=2020-01-01&to=2020-01-31&cursor=bm90LWEtY3Vyc29y")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void onlyEditorsWriteAndARefusedWriteLeavesNothing() {
        String body = Json.write(directive("Công văn số 999/KHONGGHI-VP về việc thử quyền", "1999-09-09"));
        Http.Response anonymous = http.post("/api/directives", body);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json()).isEqualTo(Map.of("message", "Unauthorized"));
        Http.Response notEditor = http.post("/api/directives", body, "authorization", reader);
        assertThat(notEditor.status()).isEqualTo(403);
        assertThat(notEditor.contentType()).startsWith("application/problem+json");
        assertThat(http.post("/api/directives/import", "[" + body + "]", "authorization", reader)
                        .status())
                .isEqualTo(403);
        assertThat(http.post("/api/directives/import", "[" + body + "]").status())
                .isEqualTo(401);

        assertThat(bySymbol("999/KHONGGHI-VP")).isEmpty();
        assertThat(items(http.get("/api/directives?from=1999-09-09&to=1999-09-09")))
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------- lists

    @Test
    void latestListsTheNewestIssueDatesFirst() {
        List<String> created = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            created.add((String) create(directive(
                            "Thông báo số " + (600 + day) + "/TB-VP về việc lịch trực",
                            LocalDate.of(2200, 11, day).toString()))
                    .get("id"));
        }
        List<Map<String, Object>> latest = items(http.get("/api/directives?latest=10"));
        assertThat(ids(latest)).containsExactlyElementsOf(created.reversed().subList(0, 10));
        assertThat(items(http.get("/api/directives?latest=1"))).hasSize(1);
    }

    @Test
    void aDateRangeFiltersByTypeAndIssuerAndPagesWithoutGapsOrDuplicates() {
        List<Map<String, Object>> lines = new ArrayList<>();
        List<String[]> facts = new ArrayList<>(); // type, issuer, day
        for (int i = 0; i < 25; i++) {
            String issuer = i % 2 == 0 ? "LĐTBXH" : "BYT";
            String day =
                    LocalDate.of(2021, 1, 1).plusDays((i / 2) * 14L).toString(); // two per day: page edges inside a day
            String[] kind = switch (i % 3) {
                case 0 -> new String[] {"Quyết định", "Quyết định số " + (2000 + i) + "/QĐ-" + issuer};
                case 1 -> new String[] {"Thông báo", "Thông báo số " + (2000 + i) + "/TB-" + issuer};
                default -> new String[] {"Công văn", "Công văn số " + (2000 + i) + "/" + issuer + "-VP"};
            };
            lines.add(directive(kind[1] + " về việc mục " + i, day));
            facts.add(new String[] {kind[0], issuer, day});
        }
        lines.add(directive("Quyết định số 1999/QĐ-LĐTBXH về việc ngoài khoảng", "2020-12-31"));
        lines.add(directive("Quyết định số 2999/QĐ-LĐTBXH về việc ngoài khoảng", "2022-01-01"));
        Http.Response imported = post("/api/directives/import", lines);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results =
                (List<Map<String, Object>>) imported.json().get("results");
        List<String> ids = results.stream().map(r -> (String) r.get("id")).toList();

        String range = "from=2021-01-01&to=2021-12-31";
        record Case(String query, String type, String issuer) {}
        for (Case c : List.of(
                new Case(range + "&limit=7", null, null),
                new Case(range + "&limit=1", null, null),
                new Case(range + "&limit=3&type=" + encode("quyết định"), "Quyết định", null),
                new Case(range + "&limit=4&issuer=" + encode("lđtbxh"), null, "LĐTBXH"),
                new Case(range + "&limit=2&type=" + encode("Công văn") + "&issuer=BYT", "Công văn", "BYT"),
                new Case(range, null, null))) {
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < 25; i++) {
                if ((c.type() == null || c.type().equals(facts.get(i)[0]))
                        && (c.issuer() == null || c.issuer().equals(facts.get(i)[1]))) {
                    expected.add(ids.get(i));
                }
            }
            List<Map<String, Object>> all = allPages(c.query());
            assertThat(ids(all)).as(c.query()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            assertNewestFirst(all);
        }
        Http.Response first = http.get("/api/directives?" + range + "&limit=25");
        assertThat(items(first)).hasSize(25);
        assertThat(first.json().get("nextCursor")).as("no empty last page").isNull();
        assertThat(items(http.get("/api/directives?" + range + "&type=" + encode("Chỉ thị"))))
                .isEmpty();
    }

    @Test
    void aSymbolIsFoundHoweverItIsTyped() {
        Map<String, Object> item =
                create(directive("Công văn số 77/LĐTBXH-TCCB v/v báo cáo số lượng công chức", "2022-03-03"));
        for (String typed : List.of(
                "77/LĐTBXH-TCCB",
                "77/lđtbxh-tccb",
                " 77 / LĐTBXH - TCCB ",
                Normalizer.normalize("77/lđtbxh-tccb", Normalizer.Form.NFD),
                "Số: 77/LĐTBXH-TCCB")) {
            assertThat(ids(bySymbol(typed))).as(typed).containsExactly((String) item.get("id"));
        }
        assertThat(bySymbol("78/LĐTBXH-TCCB")).isEmpty();
        assertThat(http.get("/api/directives?symbol=" + encode("báo cáo")).status())
                .isEqualTo(400);
    }

    // --------------------------------------------------------------------------------- import

    @Test
    void anImportAnswersEveryLineAndALineFailsAlone() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            lines.add(directive(
                    "Thông báo số " + (3000 + i) + "/TB-LĐTBXH về việc mục " + i,
                    "2023-01-" + String.format("%02d", 1 + i)));
        }
        lines.add(directive("Thông báo số 3999/TB-LĐTBXH về việc ngày sai", "2023-02-30"));
        lines.add(directive("THÔNG BÁO SỐ 3003/tb-lđtbxh v/v mục 3 (gửi lại)", "2023-01-04"));
        Http.Response response = post("/api/directives/import", lines);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results =
                (List<Map<String, Object>>) response.json().get("results");
        assertThat(results).hasSize(30);
        for (int i = 0; i < 28; i++) {
            assertThat(results.get(i))
                    .containsEntry("index", i)
                    .containsEntry("status", "created")
                    .containsKey("id");
        }
        assertThat(results.get(28))
                .containsEntry("index", 28)
                .containsEntry("status", "rejected")
                .doesNotContainKey("id");
        assertThat(results.get(28).get("errors").toString()).contains("issuedOn");
        assertThat(results.get(29))
                .containsEntry("status", "existing")
                .containsEntry("id", results.get(3).get("id"));

        assertThat(bySymbol("3999/TB-LĐTBXH"))
                .as("a rejected line writes nothing")
                .isEmpty();
        Map<String, Object> one =
                http.get("/api/directives/" + results.get(5).get("id")).json();
        assertThat(one)
                .containsEntry("symbol", "3005/TB-LĐTBXH")
                .containsEntry("type", "Thông báo")
                .containsEntry("issuedOn", "2023-01-06");
        assertThat(allPages("from=2023-01-01&to=2023-12-31&limit=100")).hasSize(28);

        Http.Response again = post("/api/directives/import", lines.subList(0, 2));
        assertThat(again.body()).contains("\"status\":\"existing\"").doesNotContain("\"created\"");
    }

    // ----------------------------------------------------------------------- attachments

    @Test
    void anAttachmentIsPublishedUnderItsSymbolsName() throws Exception {
        byte[] pdf = SampleFiles.pdf();
        Map<String, Object> upload = post(
                        "/api/uploads",
                        Map.of(
                                "kind",
                                "attachment",
                                "filename",
                                "qd.pdf",
                                "contentType",
                                "application/pdf",
                                "contentLength",
                                pdf.length))
                .json();
        String uploadId = (String) upload.get("uploadId");
        put((String) upload.get("uploadUrl"), pdf, "application/pdf");
        awaitPublished(uploadId);

        Map<String, Object> body = directive("Quyết định số 88/QĐ-LĐTBXH về việc phê duyệt kế hoạch", "2024-05-06");
        body.put("attachmentUploadId", uploadId);
        Map<String, Object> item = create(body);
        assertThat(item).containsEntry("attachmentUrl", "/van-ban/2024/" + uploadId + ".pdf");

        Http.Response file = http.get((String) item.get("attachmentUrl"));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.header("content-disposition"))
                .contains("filename=\"88-QD-LDTBXH.pdf\"")
                .contains("filename*=UTF-8''88-Q%C4%90-L%C4%90TBXH.pdf");
        assertThat(file.header("cache-control")).contains("immutable");
        assertThat(file.body()).startsWith("%PDF-1.4");

        Http.Response again = post("/api/directives", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id")).isEqualTo(item.get("id"));

        Map<String, Object> other = directive("Quyết định số 89/QĐ-LĐTBXH về việc khác", "2024-05-06");
        other.put("attachmentUploadId", uploadId);
        assertThat(post("/api/directives", other).status())
                .as("one upload, one directive")
                .isEqualTo(409);

        assertThat(http.delete("/api/directives/" + item.get("id"), "authorization", editorBearer)
                        .status())
                .isEqualTo(204);
        assertThat(http.get((String) item.get("attachmentUrl")).status()).isEqualTo(404);
    }

    @Test
    void anAttachmentMustBeAPublishedAttachmentUpload() {
        String pending = (String) post(
                        "/api/uploads",
                        Map.of(
                                "kind",
                                "attachment",
                                "filename",
                                "cv.pdf",
                                "contentType",
                                "application/pdf",
                                "contentLength",
                                100))
                .json()
                .get("uploadId");
        Map<String, Object> body = directive("Công văn số 90/LĐTBXH-VP về việc chờ tệp", "2024-06-01");
        body.put("attachmentUploadId", pending);
        Http.Response stillProcessing = post("/api/directives", body);
        assertThat(stillProcessing.status()).isEqualTo(409);
        assertThat(stillProcessing.json().get("detail").toString()).contains("still being processed");

        String image = (String) post(
                        "/api/uploads",
                        Map.of("kind", "image", "filename", "a.png", "contentType", "image/png", "contentLength", 100))
                .json()
                .get("uploadId");
        body.put("attachmentUploadId", image);
        Http.Response notAnAttachment = post("/api/directives", body);
        assertThat(notAnAttachment.status()).isEqualTo(400);
        assertThat(notAnAttachment.body()).contains("\"field\":\"attachmentUploadId\"");
        assertThat(bySymbol("90/LĐTBXH-VP")).isEmpty();
    }

    // ------------------------------------------------------------------- snapshot and delete

    @Test
    void theLatestSnapshotFollowsCreatesAndDeletes() {
        Map<String, Object> item = create(directive(
                "Chỉ thị số 01/CT-LĐTBXH về việc tăng cường kỷ luật, kỷ cương hành chính "
                        + "trong các cơ quan, đơn vị thuộc Bộ năm 2200",
                "2200-12-31"));
        Http.Response snapshot = http.get("/data/van-ban-moi-nhat.json");
        assertThat(snapshot.status()).isEqualTo(200);
        assertThat(snapshot.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(snapshot.header("cache-control")).isEqualTo("public, max-age=60, stale-while-revalidate=60");
        List<Map<String, Object>> listed = items(snapshot);
        assertThat(listed).hasSizeBetween(1, 10);
        assertThat(listed.getFirst()).isEqualTo(item);
        assertNewestFirst(listed);
        assertThat(snapshot.json().get("updatedAt")).isNotNull();

        assertThat(http.delete("/api/directives/" + item.get("id"), "authorization", editorBearer)
                        .status())
                .isEqualTo(204);
        assertThat(ids(items(http.get("/data/van-ban-moi-nhat.json")))).doesNotContain((String) item.get("id"));
    }

    @Test
    void deleteRemovesTheDirectiveAndFreesItsSymbolAndDay() {
        Map<String, Object> item = create(directive("Công văn số 5/LĐTBXH-PC v/v góp ý dự thảo", "2025-01-02"));
        String path = "/api/directives/" + item.get("id");
        assertThat(http.delete(path).status()).isEqualTo(401);
        assertThat(http.delete(path, "authorization", reader).status()).isEqualTo(403);
        assertThat(http.get(path).status()).isEqualTo(200);

        assertThat(http.delete(path, "authorization", editorBearer).status()).isEqualTo(204);
        assertThat(http.get(path).status()).isEqualTo(404);
        assertThat(http.delete(path, "authorization", editorBearer).status()).isEqualTo(404);
        assertThat(http.delete("/api/directives/nope", "authorization", editorBearer)
                        .status())
                .isEqualTo(404);
        assertThat(bySymbol("5/LĐTBXH-PC")).isEmpty();
        assertThat(create(directive("Công văn số 5/LĐTBXH-PC v/v góp ý dự thảo", "2025-01-02"))
                        .get("id"))
                .isNotEqualTo(item.get("id"));
    }

    // ---------------------------------------------------------------------------- uploading

    private static void put(String url, byte[] body, String contentType) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", contentType)
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static void awaitPublished(String uploadId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String status = null;
        while (System.nanoTime() < deadline) {
            status = (String) http.get("/api/uploads/" + uploadId, "authorization", editorBearer)
                    .json()
                    .get("status");
            if (!"pending".equals(status)) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(status)
                .as("status of upload " + uploadId + " after up to 20 s")
                .isEqualTo("published");
    }
}
