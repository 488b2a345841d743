package vn.gov.portal.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import vn.gov.portal.common.Json;

/** A small HTTP client for tests: real requests over loopback. */
public final class Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Duration timeout;

    public Http(String base) {
        this(base, Duration.ofSeconds(30));
    }

    /** A longer timeout for load tests, where requests queue behind the one-at-a-time emulator. */
    public Http(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    public Response get(String path, String... headers) {
        return send(builder(path, headers).GET().build());
    }

    public Response delete(String path, String... headers) {
        return send(builder(path, headers).DELETE().build());
    }

    public Response post(String path, String body, String... headers) {
        return send(builder(path, headers)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Response postBytes(String path, byte[] body, String contentType, String... headers) {
        return send(builder(path, headers)
                .header("content-type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(
                    r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String body, HttpResponse<String> raw) {
        public Map<String, Object> json() {
            try {
                return Json.readObject(body);
            } catch (IOException e) {
                throw new AssertionError("Not a JSON object: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }
}
