package vn.gov.portal.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.Json;
import vn.gov.portal.local.Http;
import vn.gov.portal.local.PortalTest;

/**
 * Several hundred hostile or broken requests across every HttpApi route of template.yaml (editor
 * routes with a valid editor token, so they reach the handlers): each is refused with a 4xx
 * problem+json, none is a 5xx, and afterwards not one table item or bucket object has changed.
 *
 * <p>The API Gateway emulation answers some requests itself, exactly as AWS does: an unmatched
 * route is 404 {"message":"Not Found"}, a body over API Gateway's 10 MB payload limit 413
 * {"message":"Request Entity Too Large"}. Those are counted separately and are not problem+json.
 */
class BadInputSuiteTest extends PortalTest {

    private static final int LIMIT = 256 * 1024;

    private static String editorBearer;
    private static String articleId;
    private static String directiveId;

    /**
     * Who answers: a handler (problem+json), the gateway itself (AWS's own JSON), or the local HTTP
     * server, which refuses a request target that is not a URI ("%zz") with 400 before any routing,
     * as CloudFront and API Gateway do at the edge.
     */
    enum By {
        HANDLER,
        GATEWAY,
        SERVER
    }

    record Case(String route, String label, String method, String path, byte[] body, List<String> headers, By by) {
        Case answeredBy(By other) {
            return new Case(route, label, method, path, body, headers, other);
        }
    }

    @BeforeAll
    static void start() {
        editorBearer = editor.bearer();
        Map<String, Object> status = editor.awaitDone(editor.uploadArticle("---\ntitle: Bài có sẵn\nslug: bai-co-san\n"
                + "publishedAt: 2018-12-14T09:30:00+07:00\n---\nNội dung.\n"));
        articleId = (String) status.get("articleId");
        var created = new Http(portal.baseUrl())
                .post(
                        "/api/directives",
                        Json.write(Map.of(
                                "title", "Công văn số 121/LĐTBXH-VP về việc thử nghiệm", "issuedOn", "2020-01-14")),
                        "authorization",
                        editorBearer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        directiveId = (String) created.json().get("id");
    }

    @Test
    void everyBadRequestIsA4xxProblemAndChangesNothing() {
        List<Case> cases = cases();
        StackState before = StackState.of(portal);

        Map<Integer, Integer> handlerStatuses = new TreeMap<>();
        Map<Integer, Integer> gatewayStatuses = new TreeMap<>();
        Map<Integer, Integer> serverStatuses = new TreeMap<>();
        Map<String, Integer> perRoute = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int serverErrors = 0;
        for (Case c : cases) {
            Wire.Answer a = Wire.send(portal.baseUrl(), c.method(), c.path(), c.body(), c.headers());
            perRoute.merge(c.route(), 1, Integer::sum);
            String what = c.route() + " [" + c.label() + "] " + c.method() + " " + shorten(c.path()) + " -> "
                    + a.status() + " " + a.contentType() + " " + shorten(a.body());
            if (a.status() >= 500) {
                serverErrors++;
            }
            if (c.by() == By.HANDLER) {
                handlerStatuses.merge(a.status(), 1, Integer::sum);
                if (a.status() < 400 || a.status() >= 500 || !a.isProblem()) {
                    failures.add(what);
                } else if (a.body().contains("Exception")
                        || a.body().contains("\tat ")
                        || a.body().contains("vn.gov.")) {
                    failures.add("internals leaked: " + what);
                }
            } else if (c.by() == By.SERVER) {
                serverStatuses.merge(a.status(), 1, Integer::sum);
                if (a.status() != 400 || !a.isProblem()) {
                    failures.add("expected the HTTP server's 400 problem+json: " + what);
                }
            } else {
                gatewayStatuses.merge(a.status(), 1, Integer::sum);
                boolean aws = (a.status() == 404 && a.body().equals("{\"message\":\"Not Found\"}"))
                        || (a.status() == 413 && a.body().equals("{\"message\":\"Request Entity Too Large\"}"));
                if (!aws) {
                    failures.add("expected the gateway's own answer: " + what);
                }
            }
        }
        StackState after = StackState.of(portal);
        List<String> changes = after.differencesFrom(before);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("requestsTried", cases.size());
        figures.put("routes", perRoute.size());
        figures.put(
                "handlerRefusals",
                handlerStatuses.values().stream().mapToInt(Integer::intValue).sum());
        figures.put("handler4xxByStatus", stringKeys(handlerStatuses));
        figures.put(
                "gatewayAnswers",
                gatewayStatuses.values().stream().mapToInt(Integer::intValue).sum());
        figures.put("gatewayByStatus", stringKeys(gatewayStatuses));
        figures.put(
                "httpServerRefusals",
                serverStatuses.values().stream().mapToInt(Integer::intValue).sum());
        figures.put("serverErrors5xx", serverErrors);
        figures.put("unexpected", failures.size());
        figures.put("itemsAndObjectsCompared", before.size());
        figures.put("stateChanges", changes.size());
        figures.put("requestsPerRoute", perRoute);
        Figures.report("bad-input", figures);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(perRoute.keySet())
                .as("every HttpApi route of template.yaml is attacked")
                .containsAll(portal.deployment().template().apiRoutes().stream()
                        .map(r -> r.routeKey())
                        .toList());
        assertThat(failures).as("requests not refused with a 4xx problem+json").isEmpty();
        assertThat(serverErrors).isZero();
        assertThat(changes).as("state changed by refused requests").isEmpty();
    }

    @Test
    void theStateCheckSeesAWrite() {
        // The comparison above is not blind: one accepted request shows up as a change.
        StackState before = StackState.of(portal);
        var accepted = new Http(portal.baseUrl())
                .post(
                        "/api/uploads",
                        Json.write(Map.of(
                                "kind",
                                "article",
                                "filename",
                                "that.md",
                                "contentType",
                                "text/markdown",
                                "contentLength",
                                10)),
                        "authorization",
                        editorBearer);
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(StackState.of(portal).differencesFrom(before)).isNotEmpty();
    }

    // ------------------------------------------------------------------------------------ the cases

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String ratings = "/api/articles/" + articleId + "/ratings";

        // JSON bodies: every body route gets every broken body
        Map<String, String> bodyRoutes = new LinkedHashMap<>();
        bodyRoutes.put("POST /api/uploads", "/api/uploads");
        bodyRoutes.put("POST /api/directives", "/api/directives");
        bodyRoutes.put("POST /api/directives/import", "/api/directives/import");
        bodyRoutes.put("POST /api/directives/preview", "/api/directives/preview");
        bodyRoutes.put("POST /api/articles/{id}/ratings", ratings);
        Map<String, String> valid = Map.of(
                "POST /api/uploads",
                        "{\"kind\":\"article\",\"filename\":\"bai.md\",\"contentType\":\"text/markdown\",\"contentLength\":100}",
                "POST /api/directives",
                        "{\"title\":\"Công văn số 7/LĐTBXH-VP về việc khác\",\"issuedOn\":\"2021-03-04\"}",
                "POST /api/directives/import",
                        "[{\"title\":\"Thông báo số 9/TB-LĐTBXH về lịch họp\",\"issuedOn\":\"2021-03-05\"}]",
                "POST /api/directives/preview", "{\"title\":\"Công văn số 121/LĐTBXH-VP v/v báo cáo\"}",
                "POST /api/articles/{id}/ratings",
                        "{\"stars\":4,\"captchaId\":\"" + Ids.newId() + "\",\"captchaAnswer\":\"ACEHJ\"}");
        for (var route : bodyRoutes.entrySet()) {
            String key = route.getKey();
            String path = route.getValue();
            for (var broken : brokenJson().entrySet()) {
                cases.add(post(key, broken.getKey(), path, broken.getValue().getBytes(StandardCharsets.UTF_8)));
            }
            String whole = valid.get(key);
            for (int cut :
                    new int[] {1, 2, whole.length() / 3, whole.length() / 2, whole.length() - 2, whole.length() - 1}) {
                cases.add(post(
                        key,
                        "truncated at " + cut,
                        path,
                        whole.substring(0, cut).getBytes(StandardCharsets.UTF_8)));
            }
            cases.add(post(key, "valid then trailing garbage", path, (whole + " x").getBytes(StandardCharsets.UTF_8)));
            cases.add(
                    post(key, "valid then a second document", path, (whole + whole).getBytes(StandardCharsets.UTF_8)));
            for (var bytes : invalidUtf8(whole).entrySet()) {
                cases.add(post(key, bytes.getKey(), path, bytes.getValue()));
            }
            cases.add(post(key, "over the limit (256 KiB + 1)", path, padded(whole, LIMIT + 1)));
            cases.add(post(key, "over the limit (1 MiB)", path, padded(whole, 1 << 20)));
            cases.add(new Case(
                    key,
                    "valid body as text/plain",
                    "POST",
                    path,
                    whole.getBytes(StandardCharsets.UTF_8),
                    headers(key, "content-type", "text/plain"),
                    By.HANDLER));
            cases.add(new Case(
                    key,
                    "valid body as form data",
                    "POST",
                    path,
                    whole.getBytes(StandardCharsets.UTF_8),
                    headers(key, "content-type", "application/x-www-form-urlencoded"),
                    By.HANDLER));
            cases.add(new Case(
                    key,
                    "valid body as XML",
                    "POST",
                    path,
                    whole.getBytes(StandardCharsets.UTF_8),
                    headers(key, "content-type", "application/xml"),
                    By.HANDLER));
            cases.add(new Case(
                    key,
                    "unknown query parameter",
                    "POST",
                    path + "?debug=1",
                    whole.getBytes(StandardCharsets.UTF_8),
                    headers(key, "content-type", "application/json"),
                    key.contains("ratings") || key.contains("uploads") || key.contains("preview") ? null : By.HANDLER));
        }
        cases.removeIf(c -> c.by() == null); // routes that ignore the query string by contract

        uploadFields(cases);
        directiveFields(cases);
        importBodies(cases);
        ratingBodies(cases, ratings);
        articleQueries(cases);
        directiveQueries(cases);
        auditQueries(cases);
        searchQueries(cases);
        paths(cases);

        // routes without input: only the body limit, and the gateway's own answers
        for (String route : List.of("GET /api/health", "POST /api/captchas")) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            cases.add(new Case(
                    route,
                    "over the limit (256 KiB + 1)",
                    method,
                    path,
                    new byte[LIMIT + 1],
                    List.of("content-type", "application/octet-stream"),
                    By.HANDLER));
            cases.add(new Case(
                    route,
                    "over the limit as JSON",
                    method,
                    path,
                    padded("{}", LIMIT + 10),
                    List.of("content-type", "application/json"),
                    By.HANDLER));
            cases.add(new Case(
                    route, "other method", method.equals("GET") ? "POST" : "GET", path, null, List.of(), By.GATEWAY));
            cases.add(new Case(route, "sub-path", method, path + "/x", null, List.of(), By.GATEWAY));
        }
        cases.add(new Case(
                "POST /api/uploads",
                "over API Gateway's 10 MB payload",
                "POST",
                "/api/uploads",
                new byte[10 * 1024 * 1024 + 1],
                List.of("authorization", editorBearer, "content-type", "application/json"),
                By.GATEWAY));
        for (String unmatched : List.of(
                "/api",
                "/api/",
                "/api/articles/" + articleId + "/ratings/x",
                "/api/uploads/a/b",
                "/api/directives/import/x",
                "/api/articles/../../etc/passwd",
                "/api/%2e%2e/%2e%2e/etc/passwd",
                "/api/nothing")) {
            cases.add(new Case("(unmatched)", "unmatched path", "GET", unmatched, null, List.of(), By.GATEWAY));
        }
        cases.add(new Case("(unmatched)", "PUT on a list", "PUT", "/api/articles", new byte[0], List.of(), By.GATEWAY));
        cases.add(new Case(
                "(unmatched)",
                "PATCH a directive",
                "PATCH",
                "/api/directives/" + directiveId,
                "{}".getBytes(),
                List.of("authorization", editorBearer, "content-type", "application/json"),
                By.GATEWAY));
        return cases;
    }

    private static Map<String, String> brokenJson() {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("empty body", "");
        b.put("white space", "  \n\t ");
        b.put("open brace", "{");
        b.put("close brace", "}");
        b.put("open bracket", "[");
        b.put("key without value", "{\"kind\":");
        b.put("trailing comma", "{\"a\":1,}");
        b.put("single quotes", "{'kind':'article'}");
        b.put("unquoted key", "{kind:\"article\"}");
        b.put("extra close", "{\"a\":1}}");
        b.put("bad escape", "{\"a\":\"\\x41\"}");
        b.put("short unicode escape", "{\"a\":\"\\u12\"}");
        b.put("NaN", "{\"a\":NaN}");
        b.put("leading zero", "{\"a\":01}");
        b.put("missing colon", "{\"a\" 1}");
        b.put("unterminated string", "{\"a\":\"abc}");
        b.put("raw newline in string", "{\"a\":\"x\ny\"}");
        b.put("raw NUL in string", "{\"a\":\"x\u0000y\"}");
        b.put("a string", "\"hello\"");
        b.put("a number", "42");
        b.put("true", "true");
        b.put("null", "null");
        b.put("empty array", "[]");
        b.put("empty object", "{}");
        b.put("nested 10000 deep", "[".repeat(10_000) + "]".repeat(10_000));
        b.put("object nested 2000 deep", "{\"a\":".repeat(2000) + "1" + "}".repeat(2000));
        b.put("comment", "/* c */ {}");
        b.put("BOM then garbage", "\uFEFF{x}");
        b.put("emoji key", "{\"😀\":\"😀\"}");
        b.put("combining marks only", "{\"a\u0301\u0302\":\"e\u0301\u0323\u0306\"}");
        b.put("lone surrogate escape", "{\"\\ud800\":\"\\udfff\"}");
        b.put("NUL escape key", "{\"\\u0000\":1}");
        b.put("huge number", "{\"a\":1" + "0".repeat(5000) + "}");
        b.put("long key", "{\"" + "k".repeat(100_000) + "\":1}");
        return b;
    }

    private static Map<String, byte[]> invalidUtf8(String valid) {
        Map<String, byte[]> b = new LinkedHashMap<>();
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int quote = valid.indexOf("\":\"") + 3; // inside the first string value
        b.put("invalid UTF-8: 0xFF", splice(bytes, quote, new byte[] {(byte) 0xff}));
        b.put("invalid UTF-8: lone continuation", splice(bytes, quote, new byte[] {(byte) 0x80}));
        b.put("invalid UTF-8: overlong slash", splice(bytes, quote, new byte[] {(byte) 0xc0, (byte) 0xaf}));
        b.put("invalid UTF-8: encoded surrogate", splice(bytes, quote, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80
        }));
        b.put("invalid UTF-8: truncated sequence", splice(bytes, quote, new byte[] {(byte) 0xe1, (byte) 0xbb}));
        b.put("invalid UTF-8: Latin-1 text", splice(bytes, quote, "b\u00e0i".getBytes(StandardCharsets.ISO_8859_1)));
        b.put("UTF-16", valid.getBytes(StandardCharsets.UTF_16));
        return b;
    }

    private static void uploadFields(List<Case> cases) {
        String route = "POST /api/uploads";
        Map<String, Object> ok =
                Map.of("kind", "article", "filename", "bai.md", "contentType", "text/markdown", "contentLength", 100);
        for (String missing : ok.keySet()) {
            Map<String, Object> body = new LinkedHashMap<>(ok);
            body.remove(missing);
            cases.add(json(route, "missing " + missing, "/api/uploads", Json.write(body)));
        }
        List<Object[]> wrong = List.of(
                new Object[] {"kind", 1},
                new Object[] {"kind", "ARTICLE"},
                new Object[] {"kind", "article😀"},
                new Object[] {"kind", "script"},
                new Object[] {"kind", List.of("article")},
                new Object[] {"kind", null},
                new Object[] {"filename", ""},
                new Object[] {"filename", " "},
                new Object[] {"filename", "x".repeat(201)},
                new Object[] {"filename", "x".repeat(100_000)},
                new Object[] {"filename", "a\u0000b.md"},
                new Object[] {"filename", "bai.md\r\nSet-Cookie: a=b"},
                new Object[] {"filename", "bai.md\nX-Amz-Acl: public-read"},
                new Object[] {"filename", "bai\u0007.md"},
                new Object[] {"filename", "bai\u007f.md"},
                new Object[] {"filename", 42},
                new Object[] {"filename", Map.of("a", 1)},
                new Object[] {"filename", "\r\n"},
                new Object[] {"filename", "bai\u001b[31m.md"},
                new Object[] {"contentType", "text/html\r\nX-Injected: 1"},
                new Object[] {"contentType", "text/javascript"},
                new Object[] {"contentType", "image/svg+xml"},
                new Object[] {"contentType", "application/pdf"},
                new Object[] {"contentType", "text/markdown; charset=utf-8\u0000"},
                new Object[] {"contentType", ""},
                new Object[] {"contentType", "text/markdown\u0301"},
                new Object[] {"contentType", 7},
                new Object[] {"contentLength", 0},
                new Object[] {"contentLength", -1},
                new Object[] {"contentLength", 1.5},
                new Object[] {"contentLength", "100"},
                new Object[] {"contentLength", (1L << 20) + 1},
                new Object[] {"contentLength", Long.MAX_VALUE},
                new Object[] {"contentLength", null},
                new Object[] {"contentLength", true});
        for (Object[] w : wrong) {
            Map<String, Object> body = new LinkedHashMap<>(ok);
            body.put((String) w[0], w[1]);
            cases.add(json(route, w[0] + "=" + shorten(String.valueOf(w[1])), "/api/uploads", Json.write(body)));
        }
        String base =
                "{\"kind\":\"article\",\"filename\":\"bai.md\",\"contentType\":\"text/markdown\",\"contentLength\":";
        cases.add(json(route, "contentLength past 2^64 (wraps to 5)", "/api/uploads", base + "18446744073709551621}"));
        cases.add(json(route, "contentLength 1e2", "/api/uploads", base + "1e2}"));
        cases.add(json(route, "contentLength 1e400", "/api/uploads", base + "1e400}"));
        cases.add(json(route, "contentLength -0", "/api/uploads", base + "-0}"));
        Map<String, Object> extra = new LinkedHashMap<>(ok);
        extra.put("key", "../../index.html");
        cases.add(json(route, "extra field key", "/api/uploads", Json.write(extra)));
        Map<String, Object> bucket = new LinkedHashMap<>(ok);
        bucket.put("bucket", "site");
        cases.add(json(route, "extra field bucket", "/api/uploads", Json.write(bucket)));
        cases.add(
                json(
                        route,
                        "duplicate field",
                        "/api/uploads",
                        "{\"kind\":\"article\",\"kind\":\"image\",\"filename\":\"a.md\",\"contentType\":\"text/markdown\",\"contentLength\":1,\"x\":1}"));
        Map<String, Object> attachmentTooBig = Map.of(
                "kind",
                "attachment",
                "filename",
                "a.pdf",
                "contentType",
                "application/pdf",
                "contentLength",
                (20L << 20) + 1);
        cases.add(json(route, "attachment over 20 MiB", "/api/uploads", Json.write(attachmentTooBig)));
        Map<String, Object> imageAsHtml =
                Map.of("kind", "image", "filename", "a.png", "contentType", "text/html", "contentLength", 10);
        cases.add(json(route, "image kind with text/html", "/api/uploads", Json.write(imageAsHtml)));
    }

    private static void directiveFields(List<Case> cases) {
        String route = "POST /api/directives";
        Map<String, Object> ok = Map.of("title", "Quyết định số 5/QĐ-LĐTBXH về việc thử", "issuedOn", "2021-05-05");
        for (String missing : ok.keySet()) {
            Map<String, Object> body = new LinkedHashMap<>(ok);
            body.remove(missing);
            cases.add(json(route, "missing " + missing, "/api/directives", Json.write(body)));
        }
        List<Object[]> wrong = new ArrayList<>();
        for (String day : badDays()) {
            wrong.add(new Object[] {"issuedOn", day});
        }
        wrong.addAll(List.of(
                new Object[] {"issuedOn", 20210505},
                new Object[] {"issuedOn", null},
                new Object[] {"issuedOn", List.of()},
                new Object[] {"title", ""},
                new Object[] {"title", "   "},
                new Object[] {"title", 5},
                new Object[] {"title", "x".repeat(1001)},
                new Object[] {"title", "đ".repeat(200_000)},
                new Object[] {"title", "Công văn\u0000số 1"},
                new Object[] {"title", "Công văn\u0007"},
                new Object[] {"title", "e\u0301".repeat(1001)},
                new Object[] {"symbol", "121/LĐTBXH-VP\r\nX-Injected: 1"},
                new Object[] {"symbol", "not a symbol"},
                new Object[] {"symbol", "😀/😀-😀"},
                new Object[] {"symbol", "x".repeat(101)},
                new Object[] {"symbol", 121},
                new Object[] {"type", "Sắc lệnh"},
                new Object[] {"type", "<script>"},
                new Object[] {"type", true},
                new Object[] {"signer", "x".repeat(201)},
                new Object[] {"signer", "a\u0000"},
                new Object[] {"summary", "x".repeat(2001)},
                new Object[] {"summary", List.of("a")},
                new Object[] {"attachmentUploadId", "../../x"},
                new Object[] {"attachmentUploadId", Ids.newId()},
                new Object[] {"attachmentUploadId", 1},
                new Object[] {"attachmentUploadId", "A".repeat(26)}));
        int n = 0;
        for (Object[] w : wrong) {
            Map<String, Object> body = new LinkedHashMap<>(ok);
            body.put("title", "Quyết định số " + (100 + n++) + "/QĐ-LĐTBXH về việc thử sai"); // never an existing one
            body.put((String) w[0], w[1]);
            cases.add(json(route, w[0] + "=" + shorten(String.valueOf(w[1])), "/api/directives", Json.write(body)));
        }
        Map<String, Object> extra = new LinkedHashMap<>(ok);
        extra.put("id", directiveId);
        cases.add(json(route, "extra field id", "/api/directives", Json.write(extra)));
    }

    private static void importBodies(List<Case> cases) {
        String route = "POST /api/directives/import";
        cases.add(json(
                route,
                "an object, not an array",
                "/api/directives/import",
                "{\"title\":\"x\",\"issuedOn\":\"2020-01-01\"}"));
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(Map.of("title", "Thông báo số " + i + "/TB-LĐTBXH", "issuedOn", "2021-01-01"));
        }
        cases.add(json(route, "201 lines (more than 200)", "/api/directives/import", Json.write(many)));
        List<Map<String, String>> huge = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            huge.add(Map.of("title", "T" + i, "issuedOn", "2021-01-01"));
        }
        cases.add(json(route, "5000 lines", "/api/directives/import", Json.write(huge)));
    }

    private static void ratingBodies(List<Case> cases, String path) {
        String route = "POST /api/articles/{id}/ratings";
        String captcha = Ids.newId();
        List<Object> stars = List.of(0, 6, -1, 4.5, "5", true, List.of(5), 1e9, Long.MAX_VALUE);
        for (Object s : stars) {
            cases.add(json(
                    route,
                    "stars=" + s,
                    path,
                    Json.write(Map.of("stars", s, "captchaId", captcha, "captchaAnswer", "ACEHJ"))));
        }
        String tail = ",\"captchaId\":\"" + captcha + "\",\"captchaAnswer\":\"ACEHJ\"}";
        cases.add(json(route, "stars past 2^64 (wraps to 3)", path, "{\"stars\":18446744073709551619" + tail));
        cases.add(json(route, "stars 4.0", path, "{\"stars\":4.0" + tail));
        cases.add(json(route, "stars 5e0", path, "{\"stars\":5e0" + tail));
        cases.add(json(route, "stars null", path, "{\"stars\":null" + tail));
        cases.add(json(
                route,
                "captchaId too long",
                path,
                Json.write(Map.of("stars", 3, "captchaId", "c".repeat(65), "captchaAnswer", "A"))));
        cases.add(json(
                route,
                "captchaAnswer too long",
                path,
                Json.write(Map.of("stars", 3, "captchaId", captcha, "captchaAnswer", "A".repeat(33)))));
        cases.add(json(
                route,
                "captchaAnswer blank",
                path,
                Json.write(Map.of("stars", 3, "captchaId", captcha, "captchaAnswer", " "))));
        cases.add(json(
                route, "captchaId number", path, Json.write(Map.of("stars", 3, "captchaId", 7, "captchaAnswer", "A"))));
        cases.add(json(
                route,
                "extra field reader",
                path,
                Json.write(Map.of("stars", 3, "captchaId", captcha, "captchaAnswer", "A", "reader", "x"))));
        cases.add(json(route, "missing stars", path, Json.write(Map.of("captchaId", captcha, "captchaAnswer", "A"))));
        // malformed article ids are refused before any storage call (not even the rate counter)
        String good = Json.write(Map.of("stars", 3, "captchaId", captcha, "captchaAnswer", "ACEHJ"));
        for (String id : List.of(
                "..%2F..%2Fetc",
                "%00",
                "x",
                "A".repeat(26),
                "a".repeat(27),
                "%F0%9F%98%80",
                "%0d%0aX:1",
                "' OR '1'='1",
                "e%CC%81".repeat(30))) {
            cases.add(json(
                    route,
                    "malformed id " + id,
                    "/api/articles/" + id.replace("'", "%27").replace(" ", "%20") + "/ratings",
                    good));
        }
    }

    private static void articleQueries(List<Case> cases) {
        String route = "GET /api/articles";
        List<String> queries = new ArrayList<>();
        queries.add("");
        queries.add("?");
        queries.add("?page=2");
        queries.add("?date=2018-12-14&from=2018-12-01&to=2018-12-31");
        queries.add("?from=2018-12-01");
        queries.add("?to=2018-12-01");
        queries.add("?from=2018-12-31&to=2018-12-01");
        queries.add("?from=2018-01-01&to=2019-01-02");
        queries.add("?from=1900-01-01&to=2200-12-31");
        queries.add("?date=2018-12-14&date=2018-12-15");
        for (String day : badDays()) {
            queries.add("?date=" + enc(day));
            queries.add("?from=" + enc(day) + "&to=2018-12-31");
        }
        for (String limit : List.of("0", "101", "-1", "abc", "1e2", "99999999999", "", "1.5", "%00")) {
            queries.add("?date=2018-12-14&limit=" + limit);
        }
        for (String cursor : badCursors()) {
            queries.add("?date=2018-12-14&cursor=" + cursor);
        }
        String otherMonth = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"m\":\"2017-01\"}".getBytes());
        queries.add("?date=2018-12-14&cursor=" + otherMonth);
        for (String q : queries) {
            cases.add(new Case(route, "query " + shorten(q), "GET", "/api/articles" + q, null, List.of(), By.HANDLER));
        }
    }

    private static void searchQueries(List<Case> cases) {
        String route = "GET /api/search";
        List<String> queries = new ArrayList<>();
        queries.add("");
        queries.add("?");
        queries.add("?q=");
        queries.add("?q=%20%20%20");
        queries.add("?q=%22%22");
        queries.add("?q=%21%3F%E2%80%A6");
        queries.add("?q=" + "a".repeat(201));
        queries.add("?q=" + "%E1%BA%A3".repeat(201));
        queries.add("?q=" + "x%20".repeat(13));
        queries.add("?q=a%00b");
        queries.add("?q=x&page=2");
        queries.add("?q=x&kind=video");
        queries.add("?q=x&kind=");
        queries.add("?q=x&from=2018-12-31&to=2018-12-01");
        for (String day : badDays()) {
            queries.add("?q=x&from=" + enc(day));
            queries.add("?q=x&to=" + enc(day));
        }
        for (String limit : List.of("0", "51", "-1", "abc", "1e2", "99999999999", "", "1.5", "%00")) {
            queries.add("?q=x&limit=" + limit);
        }
        for (String cursor : badCursors()) {
            queries.add("?q=x&cursor=" + cursor);
        }
        String otherQuery = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"o\":\"10\",\"q\":\"000000000000\"}".getBytes());
        queries.add("?q=x&cursor=" + otherQuery);
        for (String q : queries) {
            cases.add(new Case(route, "query " + shorten(q), "GET", "/api/search" + q, null, List.of(), By.HANDLER));
        }
    }

    private static void directiveQueries(List<Case> cases) {
        String route = "GET /api/directives";
        List<String> queries = new ArrayList<>(List.of(
                "",
                "?latest=0",
                "?latest=51",
                "?latest=x",
                "?latest=",
                "?latest=5&from=2020-01-01",
                "?symbol=",
                "?symbol=not%20a%20symbol",
                "?symbol=" + "1".repeat(101),
                "?symbol=121%2FL%C4%90TBXH-VP%0d%0aX:1",
                "?latest=5&symbol=121%2FL%C4%90TBXH-VP",
                "?from=2020-01-01",
                "?from=2020-12-31&to=2020-01-01",
                "?from=2020-01-01&to=2021-01-02",
                "?from=2020-01-01&to=2020-12-31&type=S%E1%BA%AFc%20l%E1%BB%87nh",
                "?from=2020-01-01&to=2020-12-31&issuer=" + "x".repeat(51),
                "?from=2020-01-01&to=2020-12-31&issuer=%20",
                "?from=2020-01-01&to=2020-12-31&limit=0",
                "?from=2020-01-01&to=2020-12-31&limit=101",
                "?unknown=1",
                "?from=2020-01-01&to=2020-12-31&cursor="));
        for (String day : badDays()) {
            queries.add("?from=" + enc(day) + "&to=2020-12-31");
        }
        for (String cursor : badCursors()) {
            queries.add("?from=2020-01-01&to=2020-12-31&cursor=" + cursor);
        }
        String outside = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"s\":\"2019-01-01#" + Ids.newId() + "\"}").getBytes());
        queries.add("?from=2020-01-01&to=2020-12-31&cursor=" + outside);
        for (String q : queries) {
            cases.add(
                    new Case(route, "query " + shorten(q), "GET", "/api/directives" + q, null, List.of(), By.HANDLER));
        }
    }

    private static void auditQueries(List<Case> cases) {
        String route = "GET /api/audit";
        List<String> queries = new ArrayList<>(List.of(
                "?page=2",
                "?from=2020-12-31&to=2020-01-01",
                "?from=2020-01-01&to=2021-01-02",
                "?from=1900-01-01&to=2200-12-31",
                "?to=2020-01-01&from=2018-12-31",
                "?editor=",
                "?editor=a%20b",
                "?editor=" + "x".repeat(129),
                "?editor=%00",
                "?editor=a%0d%0aX:1",
                "?editor=%E1%BA%A3",
                "?limit=0",
                "?limit=101",
                "?limit=x",
                "?cursor=",
                "?from=2020-01-01&to=2020-12-31&editor=e&cursor="
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(("{\"k\":\"2019-01-01T00:00:00.000#" + Ids.newId() + "\"}").getBytes()),
                "?from=2020-01-01&to=2020-12-31&cursor="
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(
                                        ("{\"m\":\"2020-05\",\"k\":\"2020-06-01T00:00:00.000#" + Ids.newId() + "\"}")
                                                .getBytes())));
        for (String day : badDays()) {
            queries.add("?from=" + enc(day) + "&to=2020-12-31");
            queries.add("?to=" + enc(day));
        }
        for (String cursor : badCursors()) {
            queries.add("?from=2020-01-01&to=2020-12-31&cursor=" + cursor);
        }
        for (String q : queries) {
            cases.add(new Case(
                    route,
                    "query " + shorten(q),
                    "GET",
                    "/api/audit" + q,
                    null,
                    List.of("authorization", editorBearer),
                    By.HANDLER));
        }
    }

    /** Bad ids in every {id} route: traversal, encodings, injection; unknown well-formed ids are 404 too. */
    private static void paths(List<Case> cases) {
        List<String> ids = List.of(
                "..%2F..%2Fetc",
                "..%2F..%2F..%2Fetc%2Fpasswd",
                "..",
                "%2e%2e",
                "..%5C..%5Cwindows",
                "%00",
                "x%00y",
                "%0d%0aSet-Cookie:%20a=b",
                "%F0%9F%98%80",
                "e%CC%81%CC%82",
                "A".repeat(26),
                "a".repeat(500),
                "%25",
                "%zz",
                Ids.newId(),
                "index.html",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Map<String, Function<String, Case>> routes = new LinkedHashMap<>();
        routes.put(
                "GET /api/articles/{id}",
                id -> new Case(
                        "GET /api/articles/{id}",
                        "id " + id,
                        "GET",
                        "/api/articles/" + id,
                        null,
                        List.of(),
                        By.HANDLER));
        routes.put(
                "DELETE /api/articles/{id}",
                id -> new Case(
                        "DELETE /api/articles/{id}",
                        "id " + id,
                        "DELETE",
                        "/api/articles/" + id,
                        null,
                        List.of("authorization", editorBearer),
                        By.HANDLER));
        routes.put(
                "GET /api/articles/{id}/ratings",
                id -> new Case(
                        "GET /api/articles/{id}/ratings",
                        "id " + id,
                        "GET",
                        "/api/articles/" + id + "/ratings",
                        null,
                        List.of(),
                        By.HANDLER));
        routes.put(
                "GET /api/uploads/{uploadId}",
                id -> new Case(
                        "GET /api/uploads/{uploadId}",
                        "id " + id,
                        "GET",
                        "/api/uploads/" + id,
                        null,
                        List.of("authorization", editorBearer),
                        By.HANDLER));
        routes.put(
                "GET /api/uploads/{uploadId}/preview",
                id -> new Case(
                        "GET /api/uploads/{uploadId}/preview",
                        "id " + id,
                        "GET",
                        "/api/uploads/" + id + "/preview?token=" + "a".repeat(52),
                        null,
                        List.of(),
                        By.HANDLER));
        routes.put(
                "POST /api/uploads/{uploadId}/publish",
                id -> new Case(
                        "POST /api/uploads/{uploadId}/publish",
                        "id " + id,
                        "POST",
                        "/api/uploads/" + id + "/publish",
                        null,
                        List.of("authorization", editorBearer),
                        By.HANDLER));
        routes.put(
                "DELETE /api/uploads/{uploadId}",
                id -> new Case(
                        "DELETE /api/uploads/{uploadId}",
                        "id " + id,
                        "DELETE",
                        "/api/uploads/" + id,
                        null,
                        List.of("authorization", editorBearer),
                        By.HANDLER));
        routes.put(
                "GET /api/articles/{id}/revisions",
                id -> new Case(
                        "GET /api/articles/{id}/revisions",
                        "id " + id,
                        "GET",
                        "/api/articles/" + id + "/revisions",
                        null,
                        List.of("authorization", editorBearer),
                        By.HANDLER));
        routes.put(
                "POST /api/articles/{id}/revisions/{revisionId}/restore",
                id -> new Case(
                        "POST /api/articles/{id}/revisions/{revisionId}/restore",
                        "id " + id,
                        "POST",
                        "/api/articles/" + articleId + "/revisions/" + id + "/restore",
                        null,
                        List.of("authorization", editorBearer),
                        By.HANDLER));
        routes.put(
                "GET /api/directives/{id}",
                id -> new Case(
                        "GET /api/directives/{id}",
                        "id " + id,
                        "GET",
                        "/api/directives/" + id,
                        null,
                        List.of(),
                        By.HANDLER));
        routes.put(
                "DELETE /api/directives/{id}",
                id -> new Case(
                        "DELETE /api/directives/{id}",
                        "id " + id,
                        "DELETE",
                        "/api/directives/" + id,
                        null,
                        List.of("authorization", editorBearer),
                        By.HANDLER));
        for (var route : routes.values()) {
            for (String id : ids) {
                Case c = route.apply(id);
                cases.add(id.equals("%zz") ? c.answeredBy(By.SERVER) : c);
            }
        }
        cases.add(new Case(
                "GET /api/uploads/{uploadId}",
                "uploadId ../../x",
                "GET",
                "/api/uploads/..%2F..%2Fx",
                null,
                List.of("authorization", editorBearer),
                By.HANDLER));
        // query strings on routes that take none
        String upload = "/api/uploads/" + Ids.newId();
        for (String q : List.of(
                "",
                "?token=",
                "?token=" + "a".repeat(201),
                "?token=x&token=y",
                "?token=%00",
                "?t=abc",
                "?token=abc&x=1")) {
            cases.add(new Case(
                    "GET /api/uploads/{uploadId}/preview",
                    "query " + shorten(q),
                    "GET",
                    upload + "/preview" + q,
                    null,
                    List.of(),
                    By.HANDLER));
        }
        cases.add(new Case(
                "POST /api/uploads/{uploadId}/publish",
                "query on a publish",
                "POST",
                upload + "/publish?now=1",
                null,
                List.of("authorization", editorBearer),
                By.HANDLER));
        cases.add(new Case(
                "POST /api/uploads/{uploadId}/publish",
                "a body on a publish",
                "POST",
                upload + "/publish",
                "{\"at\":\"2030-01-01\"}".getBytes(StandardCharsets.UTF_8),
                List.of("authorization", editorBearer, "content-type", "application/json"),
                By.HANDLER));
        for (String q : List.of(
                "?limit=0",
                "?limit=101",
                "?limit=x",
                "?cursor=x",
                "?cursor=" + Base64.getUrlEncoder().withoutPadding().encodeToString("{\"k\":\"A\"}".getBytes()),
                "?order=asc")) {
            cases.add(new Case(
                    "GET /api/articles/{id}/revisions",
                    "query " + shorten(q),
                    "GET",
                    "/api/articles/" + articleId + "/revisions" + q,
                    null,
                    List.of("authorization", editorBearer),
                    By.HANDLER));
        }
        cases.add(new Case(
                "POST /api/articles/{id}/revisions/{revisionId}/restore",
                "unknown article",
                "POST",
                "/api/articles/" + Ids.newId() + "/revisions/1796426995000-" + Ids.newId() + "/restore",
                null,
                List.of("authorization", editorBearer),
                By.HANDLER));
        cases.add(new Case(
                "POST /api/articles/{id}/revisions/{revisionId}/restore",
                "a body on a restore",
                "POST",
                "/api/articles/" + articleId + "/revisions/1796426995000-" + Ids.newId() + "/restore",
                "{}".getBytes(StandardCharsets.UTF_8),
                List.of("authorization", editorBearer, "content-type", "application/json"),
                By.HANDLER));
        cases.add(new Case(
                "DELETE /api/uploads/{uploadId}",
                "query on a discard",
                "DELETE",
                upload + "?force=1",
                null,
                List.of("authorization", editorBearer),
                By.HANDLER));
        cases.add(new Case(
                "GET /api/directives/{id}",
                "query on a get",
                "GET",
                "/api/directives/" + directiveId + "?x=1",
                null,
                List.of(),
                By.HANDLER));
        cases.add(new Case(
                "DELETE /api/directives/{id}",
                "query on a delete",
                "DELETE",
                "/api/directives/" + directiveId + "?force=1",
                null,
                List.of("authorization", editorBearer),
                By.HANDLER));
    }

    private static List<String> badDays() {
        return List.of(
                "2018-02-30",
                "2018-13-01",
                "0000-00-00",
                "99999-01-01",
                "2018-2-3",
                "2018/12/14",
                "14-12-2018",
                "2018-12-14T00:00",
                "1899-12-31",
                "2201-01-01",
                "",
                " 2018-12-14",
                "2018-12-1\u0664",
                "２０１８-１２-１４",
                "2018-12-14\u0000",
                "2018-12-14\r\nX: 1",
                "2018-12-14😀",
                "-2018-12-14",
                "+2018-12-14",
                "2018-00-10");
    }

    private static List<String> badCursors() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return List.of(
                "x",
                "%00",
                "!!!!",
                "====",
                "a".repeat(3000),
                b64.encodeToString("not json".getBytes()),
                b64.encodeToString("[1,2]".getBytes()),
                b64.encodeToString("{\"m\":5}".getBytes()),
                b64.encodeToString("{\"m\":\"2018-13\"}".getBytes()),
                b64.encodeToString("{\"m\":\"2018-12\",\"k\":\"X#1\",\"s\":\"x\"}".getBytes()),
                b64.encodeToString("{\"m\":\"2018-12\",\"k\":\"A#x\",\"s\":\"\"}".getBytes()),
                b64.encodeToString("{\"m\":\"2018-12\",\"k\":\"A#x\",\"s\":\"zzzz\"}".getBytes()),
                b64.encodeToString("{\"m\":\"2018-12\",\"k\":\"A#x\"}".getBytes()),
                b64.encodeToString("{\"s\":\"../../etc\"}".getBytes()),
                "%F0%9F%98%80",
                enc(Base64.getEncoder()
                        .encodeToString("{\"m\":\"2018-12\"}\u00ff".getBytes(StandardCharsets.ISO_8859_1))));
    }

    // ------------------------------------------------------------------------------------ helpers

    private static Case post(String route, String label, String path, byte[] body) {
        return new Case(
                route, label, "POST", path, body, headers(route, "content-type", "application/json"), By.HANDLER);
    }

    private static Case json(String route, String label, String path, String body) {
        return post(route, label, path, body.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> headers(String route, String... pairs) {
        List<String> h = new ArrayList<>(List.of(pairs));
        if (!route.contains("ratings")) {
            h.add("authorization");
            h.add(editorBearer);
        }
        return h;
    }

    private static byte[] padded(String json, int size) {
        // a valid JSON document of exactly `size` bytes: white space after it is allowed
        byte[] start = json.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[size];
        Arrays.fill(out, (byte) ' ');
        System.arraycopy(start, 0, out, 0, start.length);
        return out;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(insert);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> stringKeys(Map<Integer, Integer> m) {
        Map<String, Integer> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k.toString(), v));
        return out;
    }

    private static String shorten(String s) {
        String flat = s.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return flat.length() > 80 ? flat.substring(0, 80) + "…(" + flat.length() + ")" : flat;
    }
}
