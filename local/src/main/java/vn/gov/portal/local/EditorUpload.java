package vn.gov.portal.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import vn.gov.portal.common.Json;

/**
 * The editor's upload path, as a browser takes it: ask the portal for a signed upload URL
 * (POST /api/uploads), then PUT the bytes to it. Shared by the sample content, the archive import
 * and the benchmarks, each sending with its own client and retry policy.
 */
public final class EditorUpload {

    /** Sends a request; fails unless it answers {@code expected}; returns the body. */
    @FunctionalInterface
    public interface Sender {
        String send(HttpRequest request, int expected) throws IOException, InterruptedException;
    }

    private EditorUpload() {}

    /** Uploads with the given authorization header and returns the upload id, without waiting for publication. */
    public static String upload(
            Sender sender,
            String baseUrl,
            String authorization,
            String kind,
            String filename,
            String contentType,
            byte[] bytes)
            throws IOException, InterruptedException {
        String request = Json.write(
                Map.of("kind", kind, "filename", filename, "contentType", contentType, "contentLength", bytes.length));
        Map<String, Object> signed = Json.readObject(sender.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/uploads"))
                        .header("authorization", authorization)
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(request))
                        .build(),
                201));
        sender.send(
                HttpRequest.newBuilder(URI.create((String) signed.get("uploadUrl")))
                        .header("content-type", contentType)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                200);
        return (String) signed.get("uploadId");
    }
}
