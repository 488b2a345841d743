package vn.gov.portal.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.local.PortalTest;

/**
 * Requests the local origin cannot parse, sent byte for byte over a socket: each gets a 4xx (or
 * 501/505) application/problem+json, never an HTML page from the HTTP server; raw UTF-8 in the
 * request line is read as API Gateway reads it, as the characters it encodes.
 */
class UnparseableRequestsTest extends PortalTest {

    private static URI base;

    @BeforeAll
    static void start() {
        base = URI.create(portal.baseUrl());
    }

    private record Case(String label, byte[] request, int status) {}

    private static byte[] request(String requestLine, String... headerLines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(requestLine.getBytes(StandardCharsets.UTF_8)); // raw UTF-8, as curl sends a typed URL
        out.writeBytes(("\r\nHost: 127.0.0.1\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (String h : headerLines) {
            out.writeBytes((h + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    @Test
    void everyUnparseableRequestIsAProblemNeverAnHtmlPage() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(
                "malformed escape in a query (the handler refuses the date)",
                request("GET /api/articles?date=%E0%A4%A HTTP/1.1"),
                400));
        cases.add(new Case("malformed escape in an API path", request("GET /api/articles/%zz HTTP/1.1"), 400));
        cases.add(new Case("malformed escape in a site path", request("GET /2018/%E0%A4%A.html HTTP/1.1"), 400));
        cases.add(new Case("truncated escape at the end of a path", request("GET /api/articles/abc% HTTP/1.1"), 400));
        cases.add(new Case(
                "header over API Gateway's 10,240 bytes",
                request("GET /api/health HTTP/1.1", "X-Big: " + "a".repeat(11_000)),
                431));
        cases.add(new Case(
                "many headers over the limit together",
                request("GET /api/health HTTP/1.1", manyHeaders(40, 300)),
                431));
        cases.add(new Case(
                "request line over the limit",
                request("GET /api/articles?cursor=" + "a".repeat(11_000) + " HTTP/1.1"),
                414));
        cases.add(new Case("unknown method", request("BREW /api/health HTTP/1.1"), 501));
        cases.add(new Case("CONNECT", request("CONNECT 127.0.0.1:443 HTTP/1.1"), 501));
        cases.add(new Case("method that is not a token", request("G(T /api/health HTTP/1.1"), 400));
        cases.add(new Case("HTTP/2.0 request line", request("GET /api/health HTTP/2.0"), 505));
        cases.add(new Case("no version", request("GET /api/health"), 400));
        cases.add(new Case("not HTTP at all", request("hello"), 400));
        cases.add(new Case("two spaces in the request line", request("GET  /api/health HTTP/1.1"), 400));
        cases.add(new Case("target not a path", request("GET api/health HTTP/1.1"), 400));
        cases.add(new Case("asterisk target", request("OPTIONS * HTTP/1.1"), 400));
        cases.add(new Case("control byte in the target", request("GET /api/health\u0001 HTTP/1.1"), 400));
        cases.add(new Case("header line without a colon", request("GET /api/health HTTP/1.1", "NoColonHere"), 400));
        cases.add(new Case("folded header line", request("GET /api/health HTTP/1.1", "X-A: 1", " continued"), 400));
        cases.add(new Case("header name with a space", request("GET /api/health HTTP/1.1", "X A: 1"), 400));
        cases.add(new Case(
                "Content-Length not a number", request("POST /api/captchas HTTP/1.1", "Content-Length: abc"), 400));
        cases.add(new Case(
                "two different Content-Lengths",
                request("POST /api/captchas HTTP/1.1", "Content-Length: 1", "Content-Length: 2"),
                400));
        cases.add(new Case(
                "Content-Length and Transfer-Encoding",
                request("POST /api/captchas HTTP/1.1", "Content-Length: 5", "Transfer-Encoding: chunked"),
                400));
        cases.add(new Case(
                "unknown transfer coding", request("POST /api/captchas HTTP/1.1", "Transfer-Encoding: gzip"), 501));
        cases.add(new Case("PUT on a site page", request("PUT /index.html HTTP/1.1", "Content-Length: 0"), 405));
        cases.add(new Case("dot segments on the site", request("GET /a/../../etc/passwd HTTP/1.1"), 400));

        Map<String, String> failures = new LinkedHashMap<>();
        for (Case c : cases) {
            Wire.Answer a = Wire.raw(base, c.request());
            if (a.status() != c.status()
                    || !a.isProblem()
                    || a.body().contains("<")
                    || !a.body().contains("\"status\":" + c.status())) {
                failures.put(c.label(), a.status() + " " + a.contentType() + " " + a.body());
            }
        }
        Figures.report(
                "unparseable-requests",
                Map.<String, Object>of("requestsTried", cases.size(), "notAProblem", failures.size()));
        assertThat(failures)
                .as("answers that are not the expected problem+json")
                .isEmpty();
    }

    @Test
    void rawUtf8InTheQueryIsReadAsTheCharactersItEncodes() {
        Wire.Answer raw = Wire.raw(base, request("GET /api/directives?symbol=121/LĐTBXH-VP HTTP/1.1"));
        Wire.Answer encoded = Wire.raw(base, request("GET /api/directives?symbol=121%2FL%C4%90TBXH-VP HTTP/1.1"));
        assertThat(raw.status()).as(raw.body()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo(encoded.body());

        Wire.Answer rawPath = Wire.raw(base, request("GET /api/articles/Đ HTTP/1.1"));
        assertThat(rawPath.status()).as(rawPath.body()).isBetween(400, 499);
        assertThat(rawPath.isProblem()).isTrue();
    }

    @Test
    void aConnectionCarriesSeveralRequestsAndChunkedBodies() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n"
                            + "POST /api/directives HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + "2\r\n{}\r\n0\r\n\r\n"
                            + "GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            List<String> statuses = Pattern.compile("HTTP/1\\.1 (\\d{3})")
                    .matcher(answers)
                    .results()
                    .map(m -> m.group(1))
                    .toList();
            assertThat(statuses).as(answers).containsExactly("200", "401", "200");
        }
    }

    private static String[] manyHeaders(int count, int size) {
        String[] headers = new String[count];
        for (int i = 0; i < count; i++) {
            headers[i] = "X-H" + i + ": " + "b".repeat(size);
        }
        return headers;
    }
}
