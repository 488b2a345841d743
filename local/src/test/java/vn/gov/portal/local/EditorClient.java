package vn.gov.portal.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import vn.gov.portal.common.Json;

/** What an editor does in tests: ask for an upload URL, PUT the file, watch the status. */
public final class EditorClient {

    private final Http http;
    private final String token;
    private final HttpClient client = HttpClient.newHttpClient();

    public EditorClient(LocalPortal portal) {
        this.http = new Http(portal.baseUrl());
        this.token = portal.jwt().editorToken(Duration.ofMinutes(30));
    }

    public String bearer() {
        return "Bearer " + token;
    }

    public Map<String, Object> requestUpload(String kind, String filename, String contentType, long length) {
        var response = http.post(
                "/api/uploads",
                Json.write(Map.of(
                        "kind", kind, "filename", filename, "contentType", contentType, "contentLength", length)),
                "authorization",
                bearer());
        if (response.status() != 201) {
            throw new AssertionError("upload URL refused: " + response.status() + " " + response.body());
        }
        return response.json();
    }

    /** Uploads and returns the upload id (not waiting for publication). */
    public String upload(String kind, String filename, String contentType, byte[] bytes) {
        Map<String, Object> signed = requestUpload(kind, filename, contentType, bytes.length);
        int status = put((String) signed.get("uploadUrl"), contentType, bytes);
        if (status != 200) {
            throw new AssertionError("PUT to the signed URL answered " + status);
        }
        return (String) signed.get("uploadId");
    }

    public String uploadArticle(String source) {
        return upload("article", "bai-viet.md", "text/markdown", source.getBytes(StandardCharsets.UTF_8));
    }

    public int put(String url, String contentType, byte[] bytes) {
        try {
            return client.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("content-type", contentType)
                                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Map<String, Object> status(String uploadId) {
        return http.get("/api/uploads/" + uploadId, "authorization", bearer()).json();
    }

    /** Waits until the upload is no longer pending and returns its status document. */
    public Map<String, Object> awaitDone(String uploadId) {
        return awaitDone(uploadId, Duration.ofSeconds(30));
    }

    /** The same with a longer wait: moto walks the whole table for every Query (docs/benchmarks.md). */
    public Map<String, Object> awaitDone(String uploadId, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> status = status(uploadId);
            if (!"pending".equals(status.get("status"))) {
                return status;
            }
            sleep(100);
        }
        throw new AssertionError("upload " + uploadId + " still pending after " + wait.toSeconds() + " s");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
