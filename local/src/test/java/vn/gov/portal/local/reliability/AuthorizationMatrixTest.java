package vn.gov.portal.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.aws.S3Clients;
import vn.gov.portal.local.Http;
import vn.gov.portal.local.LocalJwt;
import vn.gov.portal.local.PortalTest;
import vn.gov.portal.local.TestStack;

/**
 * Every editor route against every kind of bad credential (401 from the authorizer, 403 from the
 * handler for a valid token without the editors group) with nothing written; and what protects
 * pre-signed upload URLs: what the signature covers, that a backend verifying SigV4 (MiniStack,
 * S3) refuses every tampered or expired URL, and that no upload can land anywhere but the uploads
 * bucket's incoming/ prefix.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixTest extends PortalTest {

    private static final Pattern UPLOAD_ID = Pattern.compile("[a-z2-7]{26}");

    private static String articleId;
    private static String uploadId;
    private static String directiveId;
    private static String draftToPublish;
    private static String draftToDiscard;
    private static String revisionId;
    private static String restoredUpload;
    private static final Map<String, Object> figures = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        uploadId = editor.uploadArticle("---\ntitle: Bài của biên tập viên\nslug: bai-cua-bien-tap-vien\n"
                + "publishedAt: 2019-05-05T08:00:00+07:00\n---\nNội dung.\n");
        articleId = (String) editor.awaitDone(uploadId).get("articleId");
        draftToPublish = editor.uploadArticle("---\ntitle: Bản nháp để đăng\ndraft: true\n---\nNội dung.\n");
        draftToDiscard = editor.uploadArticle("---\ntitle: Bản nháp để bỏ\ndraft: true\n---\nNội dung.\n");
        assertThat(editor.awaitDone(draftToPublish).get("status")).isEqualTo("draft");
        assertThat(editor.awaitDone(draftToDiscard).get("status")).isEqualTo("draft");
        @SuppressWarnings("unchecked")
        var versions = (List<Map<String, Object>>) new Http(portal.baseUrl())
                .get("/api/articles/" + articleId + "/revisions", "authorization", editor.bearer())
                .json()
                .get("items");
        revisionId = (String) versions.getFirst().get("revisionId");
        var created = new Http(portal.baseUrl())
                .post(
                        "/api/directives",
                        Json.write(Map.of(
                                "title", "Quyết định số 15/QĐ-LĐTBXH về việc phân quyền", "issuedOn", "2020-02-02")),
                        "authorization",
                        editor.bearer());
        assertThat(created.status()).isEqualTo(201);
        directiveId = (String) created.json().get("id");
    }

    @AfterAll
    static void stop() {
        Figures.report("authorization", figures);
    }

    /** A request each editor route would accept from an editor: only the credentials stand in the way. */
    private static Map<String, String[]> editorRequests() {
        Map<String, String[]> r = new LinkedHashMap<>(); // route key -> method, path, body
        r.put("POST /api/uploads", new String[] {
            "POST",
            "/api/uploads",
            Json.write(Map.of(
                    "kind", "article", "filename", "moi.md", "contentType", "text/markdown", "contentLength", 20))
        });
        r.put("GET /api/uploads/{uploadId}", new String[] {"GET", "/api/uploads/" + uploadId, null});
        r.put("DELETE /api/articles/{id}", new String[] {"DELETE", "/api/articles/" + articleId, null});
        r.put("POST /api/directives", new String[] {
            "POST",
            "/api/directives",
            Json.write(Map.of("title", "Quyết định số 16/QĐ-LĐTBXH về việc khác", "issuedOn", "2020-02-03"))
        });
        r.put("POST /api/directives/import", new String[] {
            "POST",
            "/api/directives/import",
            Json.write(List.of(Map.of("title", "Thông báo số 17/TB-LĐTBXH về lịch trực", "issuedOn", "2020-02-04")))
        });
        r.put("DELETE /api/directives/{id}", new String[] {"DELETE", "/api/directives/" + directiveId, null});
        r.put("POST /api/directives/preview", new String[] {
            "POST", "/api/directives/preview", Json.write(Map.of("title", "Công văn số 121/LĐTBXH-VP v/v báo cáo"))
        });
        r.put("GET /api/audit", new String[] {"GET", "/api/audit", null});
        r.put(
                "POST /api/uploads/{uploadId}/publish",
                new String[] {"POST", "/api/uploads/" + draftToPublish + "/publish", null});
        r.put("DELETE /api/uploads/{uploadId}", new String[] {"DELETE", "/api/uploads/" + draftToDiscard, null});
        r.put("GET /api/articles/{id}/revisions", new String[] {"GET", "/api/articles/" + articleId + "/revisions", null
        });
        r.put(
                "POST /api/articles/{id}/revisions/{revisionId}/restore",
                new String[] {"POST", "/api/articles/" + articleId + "/revisions/" + revisionId + "/restore", null});
        return r;
    }

    /** Credential kind -> Authorization header (null: none) and the status it must get. */
    private static Map<String, Object[]> credentials() throws Exception {
        Instant now = Instant.now();
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID("other").generate();
        RSAKey ours = portal.jwt().key();
        List<String> editors = List.of("editors");
        String unsignedHeader = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String validPayload = portal.jwt().editorToken(Duration.ofMinutes(5)).split("\\.")[1];
        Map<String, Object[]> c = new LinkedHashMap<>();
        c.put("no token", new Object[] {null, 401});
        c.put("malformed", new Object[] {"Bearer not.a.jwt", 401});
        c.put("bad signature (other RSA key)", new Object[] {
            "Bearer "
                    + LocalJwt.sign(
                            "editor@local",
                            editors,
                            LocalJwt.ISSUER,
                            LocalJwt.AUDIENCE,
                            now,
                            Duration.ofMinutes(30),
                            otherKey),
            401
        });
        c.put("expired", new Object[] {
            "Bearer "
                    + LocalJwt.sign(
                            "editor@local",
                            editors,
                            LocalJwt.ISSUER,
                            LocalJwt.AUDIENCE,
                            now.minus(Duration.ofHours(2)),
                            Duration.ofHours(1),
                            ours),
            401
        });
        c.put("wrong audience", new Object[] {
            "Bearer "
                    + LocalJwt.sign(
                            "editor@local", editors, LocalJwt.ISSUER, "another-app", now, Duration.ofMinutes(30), ours),
            401
        });
        c.put("valid, not an editor", new Object[] {
            "Bearer " + portal.jwt().issue("reader@local", List.of("readers"), Duration.ofMinutes(30)), 403
        });
        // more of the same kinds
        c.put("wrong issuer", new Object[] {
            "Bearer "
                    + LocalJwt.sign(
                            "editor@local",
                            editors,
                            "https://evil.example",
                            LocalJwt.AUDIENCE,
                            now,
                            Duration.ofMinutes(30),
                            ours),
            401
        });
        c.put("alg none", new Object[] {"Bearer " + unsignedHeader + "." + validPayload + ".", 401});
        c.put("signature stripped", new Object[] {"Bearer " + unsignedHeader + "." + validPayload, 401});
        c.put("Basic scheme", new Object[] {"Basic ZWRpdG9yOmVkaXRvcg==", 401});
        c.put("not yet valid", new Object[] {
            "Bearer "
                    + LocalJwt.sign(
                            "editor@local",
                            editors,
                            LocalJwt.ISSUER,
                            LocalJwt.AUDIENCE,
                            now.plus(Duration.ofHours(1)),
                            Duration.ofHours(1),
                            ours),
            401
        });
        c.put("valid, no groups", new Object[] {
            "Bearer " + portal.jwt().issue("nobody@local", List.of(), Duration.ofMinutes(30)), 403
        });
        c.put("valid, group 'editors-x'", new Object[] {
            "Bearer " + portal.jwt().issue("x@local", List.of("editors-x", "Editors"), Duration.ofMinutes(30)), 403
        });
        return c;
    }

    @Test
    @Order(1)
    void everyEditorRouteRefusesEveryBadCredentialAndNothingIsWritten() throws Exception {
        Map<String, String[]> requests = editorRequests();
        assertThat(requests.keySet())
                .as("every route behind the JWT authorizer")
                .containsExactlyInAnyOrderElementsOf(portal.deployment().template().apiRoutes().stream()
                        .filter(r -> r.authorizer() != null)
                        .map(r -> r.routeKey())
                        .toList());
        Map<String, Object[]> credentials = credentials();

        StackState before = StackState.of(portal);
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        int tried = 0;
        for (var route : requests.entrySet()) {
            String[] r = route.getValue();
            for (var credential : credentials.entrySet()) {
                List<String> headers = new ArrayList<>(List.of("content-type", "application/json"));
                if (credential.getValue()[0] != null) {
                    headers.addAll(List.of("authorization", (String) credential.getValue()[0]));
                }
                int expected = (int) credential.getValue()[1];
                Wire.Answer a = Wire.send(
                        portal.baseUrl(),
                        r[0],
                        r[1],
                        r[2] == null ? null : r[2].getBytes(StandardCharsets.UTF_8),
                        headers);
                tried++;
                byStatus.merge(Integer.toString(a.status()), 1, Integer::sum);
                boolean right = a.status() == expected
                        && (expected == 401
                                ? a.body().equals("{\"message\":\"Unauthorized\"}") // the authorizer, like AWS
                                : a.isProblem() && a.body().contains("editors"));
                if (!right) {
                    wrong.add(route.getKey() + " with " + credential.getKey() + " -> " + a.status() + " " + a.body());
                }
            }
        }
        List<String> changes = StackState.of(portal).differencesFrom(before);
        figures.put("matrixRequests", tried);
        figures.put("editorRoutes", requests.size());
        figures.put("credentialKinds", credentials.size());
        figures.put("matrixByStatus", byStatus);
        figures.put("matrixWrongAnswers", wrong.size());
        figures.put("matrixStateChanges", changes.size());
        assertThat(wrong).isEmpty();
        assertThat(changes).as("writes by refused requests").isEmpty();

        // and the same requests with an editor's token do get through (the matrix is not refusing everything)
        for (var route : requests.entrySet()) {
            String[] r = route.getValue();
            Wire.Answer a = Wire.send(
                    portal.baseUrl(),
                    r[0],
                    r[1],
                    r[2] == null ? null : r[2].getBytes(StandardCharsets.UTF_8),
                    List.of("content-type", "application/json", "authorization", editor.bearer()));
            assertThat(a.status())
                    .as(route.getKey() + " as an editor: " + a.body())
                    .isBetween(200, 204);
            if (route.getKey().endsWith("/restore")) {
                restoredUpload = (String) Json.readObject(a.body()).get("uploadId");
            }
        }
        assertThat(StackState.of(portal).differencesFrom(before)).isNotEmpty();
        // the draft published and the version restored above go through the pipeline: let them finish before the
        // next test looks at the site
        assertThat(editor.awaitDone(draftToPublish).get("status")).isEqualTo("published");
        assertThat(editor.awaitDone(restoredUpload).get("status")).isEqualTo("published");
    }

    @Test
    @Order(2)
    void aSignedUploadUrlIsBoundToItsKeyTypeLengthAndFifteenMinutes() {
        Map<String, Object> signed = editor.requestUpload("article", "bai.md", "text/markdown", 11);
        String url = (String) signed.get("uploadUrl");
        SigV4 sig = SigV4.of(url);
        String bucket = portal.deployment().physicalName("UploadsBucket");
        String id = (String) signed.get("uploadId");

        assertThat(URI.create(url).getRawPath()).isEqualTo("/" + bucket + "/incoming/" + id);
        assertThat(sig.query()).containsEntry("X-Amz-Algorithm", "AWS4-HMAC-SHA256");
        assertThat(sig.signedHeaders()).isEqualTo("content-length;content-type;host");
        assertThat(sig.expiresSeconds()).isPositive().isLessThanOrEqualTo(900);
        assertThat(Duration.between(Instant.now(), Instant.parse((String) signed.get("expiresAt"))))
                .isLessThanOrEqualTo(Duration.ofMinutes(15));

        // Recomputed from first principles over the URL's own inputs, the signature is the URL's...
        String secret = portal.aws().credentials().resolveCredentials().secretAccessKey();
        String path = "/" + bucket + "/incoming/" + id;
        assertThat(sig.signPut(secret, path, "text/markdown", 11)).isEqualTo(sig.signature());
        // ...and another key, content type or length would need another signature.
        assertThat(sig.signPut(secret, "/" + bucket + "/incoming/" + id + "x", "text/markdown", 11))
                .isNotEqualTo(sig.signature());
        assertThat(sig.signPut(
                        secret,
                        "/" + portal.deployment().physicalName("SiteBucket") + "/index.html",
                        "text/markdown",
                        11))
                .isNotEqualTo(sig.signature());
        assertThat(sig.signPut(secret, path, "text/html", 11)).isNotEqualTo(sig.signature());
        assertThat(sig.signPut(secret, path, "text/markdown", 12)).isNotEqualTo(sig.signature());
        assertThat(sig.signPut(secret + "x", path, "text/markdown", 11))
                .as("the key")
                .isNotEqualTo(sig.signature());

        assertThat(editor.put(url, "text/markdown", "hello world".getBytes()))
                .as("the URL unchanged")
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void aTamperedOrExpiredUploadUrlIsRefusedAndStoresNothing() {
        // moto checks no SigV4 signature at all: there every probe below would be accepted, which
        // says nothing about S3. The same test runs on MiniStack, which verifies them as S3 does.
        Assumptions.assumeTrue(
                TestStack.emulator().backend().verifiesSignatures(),
                "cannot be checked on " + TestStack.emulator().name()
                        + ": it verifies no pre-signed URL (checked on MiniStack)");
        String bucket = portal.deployment().physicalName("UploadsBucket");
        byte[] body = "hello world".getBytes(StandardCharsets.UTF_8);
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();

        Map<String, Object> other = editor.requestUpload("article", "b.md", "text/markdown", body.length);
        answers.put("otherContentType", editor.put((String) other.get("uploadUrl"), "text/html", body));
        keys.put("otherContentType", "incoming/" + other.get("uploadId"));

        Map<String, Object> longer = editor.requestUpload("article", "c.md", "text/markdown", body.length);
        answers.put(
                "otherLength",
                editor.put((String) longer.get("uploadUrl"), "text/markdown", "hello world, longer".getBytes()));
        keys.put("otherLength", "incoming/" + longer.get("uploadId"));

        Map<String, Object> moved = editor.requestUpload("article", "d.md", "text/markdown", body.length);
        answers.put(
                "otherKey",
                editor.put(
                        ((String) moved.get("uploadUrl")).replace("/incoming/", "/incoming/moved-"),
                        "text/markdown",
                        body));
        keys.put("otherKey", "incoming/moved-" + moved.get("uploadId"));

        Map<String, Object> tampered = editor.requestUpload("article", "e.md", "text/markdown", body.length);
        String t = (String) tampered.get("uploadUrl");
        String signature = SigV4.of(t).signature();
        String forged = t.replace(
                signature,
                signature.substring(0, signature.length() - 4) + (signature.endsWith("0000") ? "1111" : "0000"));
        answers.put("otherSignature", editor.put(forged, "text/markdown", body));
        keys.put("otherSignature", "incoming/" + tampered.get("uploadId"));

        try (S3Presigner shortLived = S3Clients.presigner(portal.aws())) {
            String expired = shortLived
                    .presignPutObject(p -> p.signatureDuration(Duration.ofSeconds(1))
                            .putObjectRequest(o -> o.bucket(bucket)
                                    .key("incoming/expired-probe")
                                    .contentType("text/markdown")
                                    .contentLength((long) body.length)))
                    .url()
                    .toString();
            EditorClientSleep.sleep(2500);
            answers.put("expired", editor.put(expired, "text/markdown", body));
            keys.put("expired", "incoming/expired-probe");
        }
        figures.put("tamperedPutAnswers", answers);
        System.out.println(
                "[reliability] " + TestStack.emulator().name() + " answers to tampered pre-signed PUTs: " + answers);
        answers.forEach((probe, status) -> assertThat(status).as(probe).isEqualTo(403));
        keys.forEach((probe, key) -> assertThat(exists(bucket, key))
                .as(probe + ": nothing stored at " + key)
                .isFalse());
    }

    @Test
    @Order(4)
    void noFilenameMovesAnUploadOutOfIncomingOrOntoThePublishedSite() {
        String uploads = portal.deployment().physicalName("UploadsBucket");
        String site = portal.deployment().physicalName("SiteBucket");
        String indexEtag =
                portal.s3().headObject(r -> r.bucket(site).key("index.html")).eTag();
        List<String> names = List.of(
                "../../index.html",
                "/index.html",
                "..\\..\\index.html",
                "%2e%2e%2findex.html",
                site + "/index.html",
                "incoming/../../index.html",
                "../" + site + "/tin-tuc/2019/05/05/bai-cua-bien-tap-vien.html",
                "index.html?x-id=PutObject",
                "a#/../../index.html");
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            byte[] body = "<p>không ghi đè</p>".getBytes(StandardCharsets.UTF_8);
            Map<String, Object> signed = editor.requestUpload("article", name, "text/html", body.length);
            String id = (String) signed.get("uploadId");
            URI url = URI.create((String) signed.get("uploadUrl"));
            assertThat(id).matches(UPLOAD_ID);
            assertThat(url.getRawPath()).as(name).isEqualTo("/" + uploads + "/incoming/" + id);
            assertThat(url.toString())
                    .as(name)
                    .doesNotContain(site)
                    .doesNotContain("index.html")
                    .doesNotContain("..");
            assertThat(editor.put(url.toString(), "text/html", body)).isEqualTo(200);
            keys.add("incoming/" + id);
        }
        for (String key : keys) {
            assertThat(portal.s3().headObject(r -> r.bucket(uploads).key(key)).contentLength())
                    .isPositive();
        }
        assertThat(portal.s3().headObject(r -> r.bucket(site).key("index.html")).eTag())
                .as("home page untouched")
                .isEqualTo(indexEtag);
        for (String stray : List.of("index.html", "../../index.html", "incoming/../../index.html")) {
            assertThat(exists(uploads, stray)).as(stray).isFalse();
        }
        figures.put("traversalFilenamesTried", names.size());
        figures.put("traversalFilenamesOutsideIncoming", 0);
    }

    private static boolean exists(String bucket, String key) {
        try {
            portal.s3().headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            return e.statusCode() != 404 && e.statusCode() != 400;
        }
    }

    /** EditorClient.sleep is package-private to its package. */
    private static final class EditorClientSleep {
        static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
