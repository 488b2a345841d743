package vn.gov.portal.local.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends exactly the bytes a test chooses (any method, raw body, raw path and query) over
 * loopback and reads the answer as it came: status, content type, headers, body.
 */
final class Wire {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Wire() {}

    record Answer(int status, String contentType, String body, Map<String, List<String>> headers) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        boolean isProblem() {
            return contentType.toLowerCase().startsWith("application/problem+json");
        }
    }

    /** {@code headers} are name, value pairs; {@code body} null sends none. */
    static Answer send(String base, String method, String pathAndQuery, byte[] body, List<String> headers) {
        URI uri;
        try {
            uri = new URI(base + pathAndQuery);
        } catch (URISyntaxException notAUri) {
            return sendRaw(
                    URI.create(base), method, pathAndQuery, body, headers); // e.g. "%zz": java.net refuses to send it
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            b.header(headers.get(i), headers.get(i + 1));
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> lower = new TreeMap<>();
            r.headers().map().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
            return new Answer(
                    r.statusCode(),
                    r.headers().firstValue("content-type").orElse(""),
                    new String(r.body(), StandardCharsets.UTF_8),
                    lower);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + pathAndQuery + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** HTTP/1.1 over a plain socket, for request targets no URI class accepts. */
    static Answer sendRaw(URI base, String method, String target, byte[] body, List<String> headers) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nConnection: close\r\n");
            for (int i = 0; i + 1 < headers.size(); i += 2) {
                head.append(headers.get(i))
                        .append(": ")
                        .append(headers.get(i + 1))
                        .append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body;
            head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
            byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] request = new byte[headBytes.length + content.length];
            System.arraycopy(headBytes, 0, request, 0, headBytes.length);
            System.arraycopy(content, 0, request, headBytes.length, content.length);
            return exchange(socket, request);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + target + ": " + e, e);
        }
    }

    /** Exactly these bytes as the request (request line and all), the answer read until the server closes. */
    static Answer raw(URI base, byte[] request) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            return exchange(socket, request);
        } catch (IOException e) {
            throw new IllegalStateException(new String(request, StandardCharsets.ISO_8859_1) + ": " + e, e);
        }
    }

    private static Answer exchange(Socket socket, byte[] request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        byte[] response = socket.getInputStream().readAllBytes();
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> lower = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            lower.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        String responseBody =
                end < 0 ? "" : new String(response, end + 4, response.length - end - 4, StandardCharsets.UTF_8);
        List<String> type = lower.getOrDefault("content-type", List.of(""));
        return new Answer(status, type.getFirst(), responseBody, lower);
    }
}
