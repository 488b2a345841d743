package vn.gov.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import vn.gov.portal.common.Json;
import vn.gov.portal.local.EditorUpload;
import vn.gov.portal.local.LocalPortal;

/** An editor publishing through the local stack's real upload path: upload URL, PUT, status. */
final class Editor {

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final long POLL_MILLIS = 20;

    private final String base;
    private final String bearer;

    Editor(LocalPortal portal) {
        this.base = portal.baseUrl();
        this.bearer = "Bearer " + portal.jwt().editorToken(Duration.ofHours(1));
    }

    /** Uploads and returns the upload id, without waiting for publication. */
    String upload(String kind, String filename, String contentType, byte[] bytes) {
        try {
            return EditorUpload.upload(Editor::send, base, bearer, kind, filename, contentType, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls the upload's status every {@value #POLL_MILLIS} ms until it is settled; fails unless published. */
    Map<String, Object> awaitPublished(String uploadId) {
        return awaitPublished(uploadId, Duration.ofSeconds(60));
    }

    /** DELETE /api/articles/{id}: unpublishes, listings included, before it answers. */
    void unpublish(String articleId) {
        send(
                HttpRequest.newBuilder(URI.create(base + "/api/articles/" + articleId))
                        .header("authorization", bearer)
                        .timeout(Duration.ofMinutes(10))
                        .DELETE()
                        .build(),
                204);
    }

    Map<String, Object> awaitPublished(String uploadId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> status = json(send(
                    HttpRequest.newBuilder(URI.create(base + "/api/uploads/" + uploadId))
                            .header("authorization", bearer)
                            .GET()
                            .build(),
                    200));
            if ("published".equals(status.get("status"))) {
                return status;
            }
            if ("rejected".equals(status.get("status"))) {
                throw new IllegalStateException("upload " + uploadId + " rejected: " + status.get("errors"));
            }
            sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("upload " + uploadId + " not published within " + timeout.toSeconds() + " s");
    }

    static String send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " "
                        + request.uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> json(String text) {
        try {
            return Json.readObject(text);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
