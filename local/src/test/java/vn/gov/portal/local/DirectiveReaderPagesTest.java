package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;

/**
 * Directive documents as a reader sees them, over HTTP against the local stack: the computed
 * status, relations both ways, each document's page, the list page and its API filters, and the
 * symbols articles mention linked to the documents. Each test keeps to its own symbols and years.
 */
class DirectiveReaderPagesTest extends PortalTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static Map<String, Object> create(Object... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        Http.Response response = http.post("/api/directives", Json.write(body), "authorization", editor.bearer());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static Map<String, Object> get(Object id) {
        Http.Response response = http.get("/api/directives/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Document page(Object path) {
        Http.Response response = http.get((String) path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        return Jsoup.parse(response.body());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(String query) {
        Http.Response response = http.get("/api/directives?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) response.json().get("items");
    }

    private static List<Object> symbols(String query) {
        return items(query).stream().map(i -> i.get("symbol")).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aReplacedDecisionIsOutOfEffectFromTheDayItsReplacementTakesEffectWithLinksBothWays() {
        Map<String, Object> old = create(
                "title",
                "Quyết định số 301/QĐ-LĐTBXH ban hành Quy chế tiếp công dân",
                "issuedOn",
                "2019-03-01",
                "effectiveOn",
                "2019-04-01",
                "field",
                "thanh tra",
                "signer",
                "Nguyễn Văn An",
                "signerTitle",
                "Thứ trưởng");
        assertThat(old)
                .containsEntry("status", "con-hieu-luc")
                .containsEntry("field", "Thanh tra")
                .containsEntry("issuerName", "Bộ Lao động - Thương binh và Xã hội")
                .containsEntry("pageUrl", "/van-ban/2019/301-qd-ldtbxh.html");

        // replaced by symbol, by a decision that takes effect tomorrow: in effect until then
        Map<String, Object> tomorrow = create(
                "title",
                "Quyết định số 302/QĐ-LĐTBXH ban hành Quy chế tiếp công dân",
                "issuedOn",
                TODAY.minusDays(1).toString(),
                "effectiveOn",
                TODAY.plusDays(1).toString(),
                "replaces",
                List.of("301/qđ-lđtbxh"));
        assertThat(tomorrow).containsEntry("status", "chua-co-hieu-luc");
        assertThat(get(old.get("id")))
                .containsEntry("status", "con-hieu-luc")
                .containsEntry("endsOn", TODAY.plusDays(1).toString());

        // a second replacement in effect today wins: the earlier end day
        Map<String, Object> today = create(
                "title",
                "Quyết định số 303/QĐ-LĐTBXH sửa đổi và thay thế Quy chế tiếp công dân",
                "issuedOn",
                TODAY.minusDays(2).toString(),
                "effectiveOn",
                TODAY.toString(),
                "replaces",
                List.of(old.get("id")));
        Map<String, Object> oldNow = get(old.get("id"));
        assertThat(oldNow)
                .containsEntry("status", "het-hieu-luc")
                .containsEntry("statusLabel", "Hết hiệu lực")
                .containsEntry("endsOn", TODAY.toString());
        assertThat(oldNow.get("replacedBy"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .extracting("id")
                .containsExactlyInAnyOrder(tomorrow.get("id"), today.get("id"));
        assertThat(today.get("replaces"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .extracting("pageUrl")
                .containsExactly(old.get("pageUrl"));

        Document oldPage = page(old.get("pageUrl"));
        assertThat(oldPage.select("[data-widget=directive-status]").text()).isEqualTo("Hết hiệu lực");
        assertThat(oldPage.select(".directive-relations a").eachAttr("href"))
                .containsExactlyInAnyOrder((String) tomorrow.get("pageUrl"), (String) today.get("pageUrl"));
        assertThat(oldPage.select(".directive-facts").text())
                .contains("Thứ trưởng Nguyễn Văn An", "Thanh tra", "01-04-2019");
        Document todayPage = page(today.get("pageUrl"));
        assertThat(todayPage.select(".directive-relations dt").text()).isEqualTo("Thay thế");
        assertThat(todayPage.select(".directive-relations a").attr("href")).isEqualTo(old.get("pageUrl"));
        assertThat(todayPage.select("h1").text()).contains("303/QĐ-LĐTBXH");

        // deleting the replacement in effect gives the old one back its later end day, and its page loses the link
        assertThat(http.delete("/api/directives/" + today.get("id"), "authorization", editor.bearer())
                        .status())
                .isEqualTo(204);
        assertThat(get(old.get("id")))
                .containsEntry("status", "con-hieu-luc")
                .containsEntry("endsOn", TODAY.plusDays(1).toString());
        assertThat(http.get((String) today.get("pageUrl")).status()).isEqualTo(404);
        assertThat(page(old.get("pageUrl")).select(".directive-relations a").eachAttr("href"))
                .containsExactly((String) tomorrow.get("pageUrl"));

        // deleting the replaced one: the replacement's page keeps the title, without a link to a removed page
        assertThat(http.delete("/api/directives/" + old.get("id"), "authorization", editor.bearer())
                        .status())
                .isEqualTo(204);
        Document orphan = page(tomorrow.get("pageUrl"));
        assertThat(orphan.select(".directive-relations dd").text()).contains("301/QĐ-LĐTBXH");
        assertThat(orphan.select(".directive-relations a")).isEmpty();
        assertThat(get(tomorrow.get("id")).get("replaces"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .hasSize(1);
    }

    @Test
    void anUnknownOrAmbiguousRelationIsRefusedAndWritesNothing() {
        Http.Response unknown = http.post(
                "/api/directives",
                Json.write(Map.of(
                        "title",
                        "Quyết định số 401/QĐ-LĐTBXH về thử",
                        "issuedOn",
                        "2018-05-05",
                        "repeals",
                        List.of("999/QĐ-LĐTBXH"))),
                "authorization",
                editor.bearer());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("repeals", "999/QĐ-LĐTBXH");
        assertThat(symbols("symbol=" + encode("401/QĐ-LĐTBXH"))).isEmpty();

        // a letter's symbol used in two years names two documents: the id must say which
        create("title", "Công văn số 77/LĐTBXH-PC v/v rà soát văn bản", "issuedOn", "2016-02-02");
        create("title", "Công văn số 77/LĐTBXH-PC v/v rà soát văn bản năm 2017", "issuedOn", "2017-02-02");
        Http.Response ambiguous = http.post(
                "/api/directives",
                Json.write(Map.of(
                        "title",
                        "Quyết định số 402/QĐ-LĐTBXH về thử",
                        "issuedOn",
                        "2018-05-05",
                        "amends",
                        List.of("77/LĐTBXH-PC"))),
                "authorization",
                editor.bearer());
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.body()).contains("2 directives have the symbol");

        Http.Response dates = http.post(
                "/api/directives",
                Json.write(Map.of(
                        "title",
                        "Quyết định số 403/QĐ-LĐTBXH về thử",
                        "issuedOn",
                        "2018-05-05",
                        "expiresOn",
                        "2018-05-05")),
                "authorization",
                editor.bearer());
        assertThat(dates.status()).isEqualTo(400);
        assertThat(dates.body()).contains("expiresOn");
    }

    @Test
    void anAttachedPdfIsShownWithItsSizeAndOpensInline() {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        String uploadId = editor.upload("attachment", "qd.pdf", "application/pdf", pdf);
        assertThat(editor.awaitDone(uploadId)).containsEntry("status", "published");
        Map<String, Object> d = create(
                "title",
                "Quyết định số 501/QĐ-LĐTBXH về thử tệp",
                "issuedOn",
                "2015-06-01",
                "attachmentUploadId",
                uploadId);
        assertThat(d).containsEntry("attachmentSize", pdf.length).containsEntry("attachmentType", "application/pdf");
        Document p = page(d.get("pageUrl"));
        assertThat(p.select(".directive-attachment-link").attr("href")).isEqualTo(d.get("attachmentUrl"));
        assertThat(p.select(".directive-attachment-link").hasAttr("download")).isFalse();
        assertThat(p.select(".directive-attachment-meta").text()).isEqualTo("PDF, " + pdf.length + " byte");
        assertThat(http.get((String) d.get("attachmentUrl")).header("content-disposition"))
                .startsWith("inline;");
    }

    @Test
    void theListFiltersByTypeIssuerFieldYearAndStatusNewestFirstWithExactPages() {
        String year = "2013";
        create("title", "Quyết định số 11/QĐ-TTg về thử lọc", "issuedOn", year + "-01-10", "field", "Việc làm");
        create(
                "title",
                "Chỉ thị số 12/CT-TTg về thử lọc",
                "issuedOn",
                year + "-02-10",
                "field",
                "Việc làm",
                "expiresOn",
                year + "-12-31");
        create("title", "Quyết định số 13/QĐ-LĐTBXH về thử lọc", "issuedOn", year + "-03-10", "field", "Trẻ em");
        create(
                "title",
                "Quyết định số 14/QĐ-LĐTBXH về thử lọc",
                "issuedOn",
                year + "-04-10",
                "field",
                "Việc làm",
                "effectiveOn",
                TODAY.plusYears(1).toString());

        assertThat(symbols("year=" + year)).containsExactly("14/QĐ-LĐTBXH", "13/QĐ-LĐTBXH", "12/CT-TTg", "11/QĐ-TTg");
        assertThat(symbols("year=" + year + "&type=" + encode("quyết định")))
                .containsExactly("14/QĐ-LĐTBXH", "13/QĐ-LĐTBXH", "11/QĐ-TTg");
        assertThat(symbols("year=" + year + "&issuer=ttg")).containsExactly("12/CT-TTg", "11/QĐ-TTg");
        assertThat(symbols("year=" + year + "&field=" + encode("VIỆC LÀM")))
                .containsExactly("14/QĐ-LĐTBXH", "12/CT-TTg", "11/QĐ-TTg");
        assertThat(symbols("year=" + year + "&status=het-hieu-luc")).containsExactly("12/CT-TTg");
        assertThat(symbols("year=" + year + "&status=chua-co-hieu-luc")).containsExactly("14/QĐ-LĐTBXH");
        assertThat(symbols("year=" + year + "&status=con-hieu-luc")).containsExactly("13/QĐ-LĐTBXH", "11/QĐ-TTg");
        assertThat(symbols("year=" + year + "&issuer=" + encode("LĐTBXH") + "&field=" + encode("Việc làm") + "&type="
                        + encode("Quyết định")))
                .containsExactly("14/QĐ-LĐTBXH");
        assertThat(symbols("year=2012")).isEmpty();

        // pages follow the cursor: nothing lost or repeated, and a shared cursor gives the same page
        List<Object> paged = new ArrayList<>();
        String cursor = null;
        do {
            Http.Response response = http.get(
                    "/api/directives?year=" + year + "&limit=3" + (cursor == null ? "" : "&cursor=" + encode(cursor)));
            assertThat(response.status()).isEqualTo(200);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> page =
                    (List<Map<String, Object>>) response.json().get("items");
            page.forEach(i -> paged.add(i.get("symbol")));
            cursor = (String) response.json().get("nextCursor");
        } while (cursor != null);
        assertThat(paged).containsExactly("14/QĐ-LĐTBXH", "13/QĐ-LĐTBXH", "12/CT-TTg", "11/QĐ-TTg");

        assertThat(http.get("/api/directives?status=expired").status()).isEqualTo(400);
        assertThat(http.get("/api/directives?year=20x3").status()).isEqualTo(400);
        assertThat(http.get("/api/directives?year=2013&from=2013-01-01&to=2013-02-01")
                        .status())
                .isEqualTo(400);
        assertThat(http.get("/api/directives").status()).isEqualTo(400);
    }

    @Test
    void theListPageAndTheBoxLinkToTheDocumentsPagesNeverToTheApi() throws Exception {
        Map<String, Object> d = create(
                "title",
                "Thông báo số 21/TB-LĐTBXH về lịch làm việc",
                "issuedOn",
                TODAY.plusDays(3).toString());
        Document list = page("/van-ban/");
        assertThat(list.title()).startsWith("Văn bản chỉ đạo điều hành");
        assertThat(list.select(".directive-row-title a").first().attr("href")).isEqualTo(d.get("pageUrl"));
        assertThat(list.select("form.directive-filters select[name=type] option"))
                .extracting(o -> o.attr("value"))
                .contains("Quyết định");
        assertThat(list.select("a[href^=/api/]")).isEmpty();
        assertThat(page(d.get("pageUrl")).select("a[href^=/api/]")).isEmpty();

        Map<String, Object> snapshot =
                Json.readObject(http.get("/data/van-ban-moi-nhat.json").body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> latest = (List<Map<String, Object>>) snapshot.get("items");
        assertThat(latest.getFirst()).containsEntry("id", d.get("id")).containsEntry("pageUrl", d.get("pageUrl"));
    }

    @Test
    void anArticleLinksTheRegisteredSymbolsItMentionsAtPublishTime() {
        String body = "Thực hiện Quyết định số 31/QĐ-TTg và Công văn số 32/LĐTBXH-VP, Bộ triển khai.";
        String source =
                "---\ntitle: Triển khai văn bản chỉ đạo\nslug: trien-khai-van-ban-chi-dao\npublishedAt: 2014-07-07T09:00:00+07:00\n---\n"
                        + body + "\n";
        Map<String, Object> decision =
                create("title", "Quyết định số 31/QĐ-TTg về thử liên kết", "issuedOn", "2014-07-01");
        Map<String, Object> first = editor.awaitDone(editor.uploadArticle(source));
        Document article = page(first.get("url"));
        assertThat(article.select(".article-body a").eachAttr("href"))
                .containsExactly((String) decision.get("pageUrl"));
        assertThat(article.select(".article-body a").text()).isEqualTo("31/QĐ-TTg");

        // a symbol registered after the article is linked when the article is published again
        Map<String, Object> letter =
                create("title", "Công văn số 32/LĐTBXH-VP v/v thử liên kết", "issuedOn", "2014-07-02");
        assertThat(page(first.get("url")).select(".article-body a")).hasSize(1);
        Map<String, Object> again = editor.awaitDone(editor.uploadArticle(source));
        assertThat(page(again.get("url")).select(".article-body a").eachAttr("href"))
                .containsExactly((String) decision.get("pageUrl"), (String) letter.get("pageUrl"));
    }
}
