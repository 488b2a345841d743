package vn.gov.portal.local;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Problems;

/**
 * The local origin's HTTP/1.1 server. The JDK's HttpServer answers some requests itself, with an
 * HTML page, before any handler runs (a malformed percent-escape, raw UTF-8 in the request line,
 * oversized headers); this one parses every request strictly and answers what it cannot parse
 * with problem+json, as the handlers do, then hands the rest to the same {@link HttpHandler} as an
 * {@link HttpExchange}. Raw non-ASCII bytes in the target are taken as the UTF-8 they are and
 * percent-encoded (API Gateway decodes a raw {@code ?symbol=121/LĐTBXH-VP} as its characters).
 *
 * <p>Limits are API Gateway's: request line and headers 10,240 bytes together; bodies are
 * bounded by the gateway (10 MiB).
 */
final class HttpFront implements AutoCloseable {

    /** Exchange attributes holding the target as received (escapes kept, non-ASCII percent-encoded). */
    static final String RAW_PATH = "portal.rawPath";

    static final String RAW_QUERY = "portal.rawQuery";

    static final int MAX_HEAD = 10_240;
    private static final int IDLE_TIMEOUT_MS = 30_000;
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VERSION = Pattern.compile("HTTP/\\d\\.\\d");
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final ServerSocket server;
    private final HttpHandler handler;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    HttpFront(String host, int port, int backlog, HttpHandler handler) throws IOException {
        this.handler = handler;
        this.server = new ServerSocket(port, backlog, InetAddress.getByName(host));
        executor.execute(this::accept);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        executor.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                executor.execute(() -> serve(socket));
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    /** A request the server refuses before any handler: status and a sentence for the problem's detail. */
    static final class Refusal extends Exception {
        final int status;

        Refusal(int status, String detail) {
            super(detail, null, false, false);
            this.status = status;
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(IDLE_TIMEOUT_MS);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            while (true) {
                Request request;
                try {
                    request = Request.read(in);
                } catch (Refusal refusal) {
                    writeProblem(out, refusal.status, refusal.getMessage());
                    return; // what follows on this connection cannot be framed: close it
                }
                if (request == null) {
                    return;
                }
                Exchange exchange = new Exchange(request, in, out, socket);
                try {
                    handler.handle(exchange);
                } catch (IOException | RuntimeException e) {
                    System.out.println("gateway error: " + e);
                }
                if (!exchange.finish()) {
                    return;
                }
            }
        } catch (IOException closedOrTimedOut) {
            // the client went away or stayed idle: nothing to answer
        }
    }

    static void writeProblem(OutputStream out, int status, String detail) throws IOException {
        ApiResponse problem = Problems.problem(status, slug(status), reason(status), detail, null, null);
        byte[] body = problem.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + reason(status) + "\r\n");
        problem.headers()
                .forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("date: ")
                .append(DATE.format(ZonedDateTime.now(ZoneOffset.UTC)))
                .append("\r\n");
        head.append("content-length: ").append(body.length).append("\r\nconnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "invalid-request";
            case 413 -> "too-large";
            case 414 -> "uri-too-long";
            case 431 -> "headers-too-large";
            case 501 -> "not-implemented";
            case 505 -> "http-version";
            default -> "internal";
        };
    }

    static String reason(int status) {
        return switch (status) {
            case 100 -> "Continue";
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status " + status;
        };
    }

    /** One parsed request head. */
    record Request(
            String method,
            String rawPath,
            String rawQuery,
            URI uri,
            String protocol,
            Headers headers,
            long contentLength,
            boolean chunked) {

        /** The next request on the connection, or null at its clean end. */
        static Request read(InputStream in) throws IOException, Refusal {
            int[] budget = {MAX_HEAD};
            byte[] line;
            do {
                line = readLine(in, budget, 414, "The request line is longer than " + MAX_HEAD + " bytes.");
                if (line == null) {
                    return null;
                }
            } while (line.length == 0); // empty lines before a request are ignored (RFC 9112 2.2)
            String[] parts = new String(line, StandardCharsets.ISO_8859_1).split(" ", -1);
            if (parts.length != 3) {
                throw new Refusal(400, "The request line is not METHOD TARGET HTTP-VERSION.");
            }
            String method = parts[0];
            String protocol = parts[2];
            if (!TOKEN.matcher(method).matches()) {
                throw new Refusal(400, "The method is not an HTTP token.");
            }
            if (!protocol.equals("HTTP/1.1") && !protocol.equals("HTTP/1.0")) {
                throw VERSION.matcher(protocol).matches()
                        ? new Refusal(505, "Only HTTP/1.1 and HTTP/1.0 are served here.")
                        : new Refusal(400, "The request line does not end with an HTTP version.");
            }
            if (!METHODS.contains(method)) {
                throw new Refusal(501, "The method " + method + " is not served here.");
            }
            String target = target(parts[1]);
            int q = target.indexOf('?');
            String rawPath = q < 0 ? target : target.substring(0, q);
            String rawQuery = q < 0 ? null : target.substring(q + 1);
            if (!validEscapes(rawPath)) {
                throw new Refusal(400, "The path has a malformed percent-escape.");
            }
            Headers headers = headers(in, budget);
            List<String> lengths = headers.get("Content-Length");
            List<String> encodings = headers.get("Transfer-Encoding");
            boolean chunked = false;
            long contentLength = 0;
            if (encodings != null) {
                if (lengths != null) {
                    throw new Refusal(400, "A request has Content-Length or Transfer-Encoding, not both.");
                }
                if (encodings.size() != 1 || !encodings.getFirst().strip().equalsIgnoreCase("chunked")) {
                    throw new Refusal(501, "Only the chunked transfer coding is served here.");
                }
                chunked = true;
            } else if (lengths != null) {
                if (lengths.stream().distinct().count() != 1
                        || !lengths.getFirst().strip().matches("\\d{1,18}")) {
                    throw new Refusal(400, "Content-Length is not one decimal number.");
                }
                contentLength = Long.parseLong(lengths.getFirst().strip());
            }
            return new Request(
                    method, rawPath, rawQuery, uri(rawPath, rawQuery), protocol, headers, contentLength, chunked);
        }

        /**
         * The request target in origin form: an absolute form loses its scheme and authority, raw
         * bytes above ASCII are percent-encoded (they are UTF-8), control bytes are refused.
         */
        private static String target(String raw) throws Refusal {
            String target = raw;
            String lower = raw.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                int slash = raw.indexOf('/', raw.indexOf("://") + 3);
                target = slash < 0 ? "/" : raw.substring(slash);
            }
            if (!target.startsWith("/")) {
                throw new Refusal(400, "The request target is not a path.");
            }
            StringBuilder out = new StringBuilder(target.length());
            for (byte b : target.getBytes(StandardCharsets.ISO_8859_1)) {
                int c = b & 0xff;
                if (c <= 0x20 || c == 0x7f) {
                    throw new Refusal(400, "The request target has a control character.");
                }
                if (c == '#') {
                    throw new Refusal(400, "The request target has a fragment.");
                }
                if (c >= 0x80) {
                    out.append('%')
                            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
                } else {
                    out.append((char) c);
                }
            }
            return out.toString();
        }

        private static boolean validEscapes(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '%' && (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2)))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isHex(char c) {
            return Character.digit(c, 16) >= 0;
        }

        /** A java.net.URI for the handler's getRequestURI: characters URI refuses are escaped there only. */
        private static URI uri(String rawPath, String rawQuery) throws Refusal {
            StringBuilder s = new StringBuilder();
            String full = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
            for (int i = 0; i < full.length(); i++) {
                char c = full.charAt(i);
                boolean escape = c == '%'
                        ? !(i + 2 < full.length() && isHex(full.charAt(i + 1)) && isHex(full.charAt(i + 2)))
                        : "\"<>\\^`{|}".indexOf(c) >= 0 || (c == '?' && i < rawPath.length());
                s.append(escape ? String.format("%%%02X", (int) c) : String.valueOf(c));
            }
            try {
                return new URI(s.toString());
            } catch (URISyntaxException e) {
                throw new Refusal(400, "The request target is not a valid URI.");
            }
        }

        private static Headers headers(InputStream in, int[] budget) throws IOException, Refusal {
            Headers headers = new Headers();
            while (true) {
                byte[] line =
                        readLine(in, budget, 431, "The request's headers are larger than " + MAX_HEAD + " bytes.");
                if (line == null) {
                    throw new Refusal(400, "The request ended inside its headers.");
                }
                if (line.length == 0) {
                    return headers;
                }
                if (line[0] == ' ' || line[0] == '\t') {
                    throw new Refusal(400, "Folded header lines are not accepted.");
                }
                String text = new String(line, StandardCharsets.ISO_8859_1);
                int colon = text.indexOf(':');
                if (colon <= 0 || !TOKEN.matcher(text.substring(0, colon)).matches()) {
                    throw new Refusal(400, "A header line is not NAME: VALUE.");
                }
                String value = text.substring(colon + 1).strip();
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if ((c < 0x20 && c != '\t') || c == 0x7f) {
                        throw new Refusal(400, "A header value has a control character.");
                    }
                }
                headers.add(text.substring(0, colon), value);
            }
        }

        /** One line without its CRLF (or bare LF), counted against the head's budget; null at end of stream. */
        private static byte[] readLine(InputStream in, int[] budget, int status, String tooLong)
                throws IOException, Refusal {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            int b;
            while ((b = in.read()) != -1) {
                if (--budget[0] < 0) {
                    throw new Refusal(status, tooLong);
                }
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return Arrays.copyOf(bytes, n);
                }
                line.write(b);
            }
            if (line.size() == 0) {
                return null;
            }
            throw new Refusal(400, "The request ended inside a line.");
        }
    }

    /** The exchange handed to the handler: the parsed request, a bounded body, a framed response. */
    private static final class Exchange extends HttpExchange {
        private final Request request;
        private final OutputStream connectionOut;
        private final Socket socket;
        private final Headers responseHeaders = new Headers();
        private final Map<String, Object> attributes = new HashMap<>();
        private final BodyIn body;
        private OutputStream responseBody;
        private int responseCode = -1;
        private boolean continueSent;
        private boolean keepAlive;

        Exchange(Request request, InputStream in, OutputStream out, Socket socket) {
            this.request = request;
            this.connectionOut = out;
            this.socket = socket;
            this.body = new BodyIn(in, request.chunked(), request.contentLength());
            attributes.put(RAW_PATH, request.rawPath());
            if (request.rawQuery() != null) {
                attributes.put(RAW_QUERY, request.rawQuery());
            }
            String connection =
                    String.valueOf(request.headers().getFirst("Connection")).toLowerCase(Locale.ROOT);
            this.keepAlive = request.protocol().equals("HTTP/1.1")
                    ? !connection.contains("close")
                    : connection.contains("keep-alive");
        }

        @Override
        public Headers getRequestHeaders() {
            return request.headers();
        }

        @Override
        public Headers getResponseHeaders() {
            return responseHeaders;
        }

        @Override
        public URI getRequestURI() {
            return request.uri();
        }

        @Override
        public String getRequestMethod() {
            return request.method();
        }

        @Override
        public HttpContext getHttpContext() {
            return null;
        }

        @Override
        public InputStream getRequestBody() {
            if (!continueSent
                    && "100-continue"
                            .equalsIgnoreCase(String.valueOf(request.headers().getFirst("Expect")))) {
                continueSent = true;
                try {
                    connectionOut.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    connectionOut.flush();
                } catch (IOException e) {
                    keepAlive = false;
                }
            }
            return body;
        }

        @Override
        public OutputStream getResponseBody() {
            if (responseBody == null) {
                throw new IllegalStateException("sendResponseHeaders first");
            }
            return responseBody;
        }

        @Override
        public void sendResponseHeaders(int code, long length) throws IOException {
            if (responseCode >= 0) {
                throw new IOException("headers already sent");
            }
            responseCode = code;
            boolean noBody = request.method().equals("HEAD") || code == 204 || code == 304 || length < 0;
            StringBuilder head = new StringBuilder("HTTP/1.1 " + code + " " + reason(code) + "\r\n");
            responseHeaders.remove("Content-Length");
            responseHeaders.remove("Transfer-Encoding");
            if (!responseHeaders.containsKey("Date")) {
                responseHeaders.set("Date", DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
            }
            if (!keepAlive) {
                responseHeaders.set("Connection", "close");
            }
            responseHeaders.forEach((name, values) ->
                    values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n")));
            if (code != 204 && code != 304) {
                if (length != 0) {
                    head.append("Content-Length: ").append(Math.max(0, length)).append("\r\n");
                } else if (!request.method().equals("HEAD")) {
                    head.append("Transfer-Encoding: chunked\r\n");
                }
            }
            head.append("\r\n");
            connectionOut.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            responseBody = noBody
                    ? OutputStream.nullOutputStream()
                    : length > 0 ? new FixedOut(connectionOut, length) : new ChunkedOut(connectionOut);
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return (InetSocketAddress) socket.getRemoteSocketAddress();
        }

        @Override
        public int getResponseCode() {
            return responseCode;
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return (InetSocketAddress) socket.getLocalSocketAddress();
        }

        @Override
        public String getProtocol() {
            return request.protocol();
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void setStreams(InputStream i, OutputStream o) {
            throw new UnsupportedOperationException("filters are not used here");
        }

        @Override
        public HttpPrincipal getPrincipal() {
            return null;
        }

        @Override
        public void close() {
            try {
                if (responseCode < 0) {
                    // the handler failed before answering: a problem, never an empty connection
                    keepAlive = false;
                    writeProblem(connectionOut, 500, "The local gateway could not complete the request.");
                    responseCode = 500;
                    responseBody = OutputStream.nullOutputStream();
                }
                responseBody.close();
                connectionOut.flush();
            } catch (IOException e) {
                keepAlive = false;
            }
        }

        /** Completes the exchange; whether the connection can carry another request. */
        boolean finish() throws IOException {
            close();
            if (keepAlive && !body.drain()) {
                keepAlive = false; // an unread body larger than we care to skip: close instead
            }
            return keepAlive && !socket.isClosed();
        }
    }

    /** The request body: Content-Length bytes or the chunked coding's data, nothing past it. */
    private static final class BodyIn extends InputStream {
        private static final long DRAIN_LIMIT = 64 * 1024;
        private final InputStream in;
        private final boolean chunked;
        private long remaining;
        private boolean done;

        BodyIn(InputStream in, boolean chunked, long length) {
            this.in = in;
            this.chunked = chunked;
            this.remaining = chunked ? 0 : length;
            this.done = !chunked && length == 0;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (done) {
                return -1;
            }
            if (remaining == 0) { // chunked: next chunk's size
                remaining = nextChunk();
                if (remaining == 0) {
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new SocketException("the body ended early");
            }
            remaining -= n;
            if (remaining == 0) {
                if (chunked) {
                    expectCrlf();
                } else {
                    done = true;
                }
            }
            return n;
        }

        private long nextChunk() throws IOException {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0 || size.length() > 64) {
                    throw new SocketException("malformed chunk size");
                }
                size.append((char) c);
            }
            String hex = size.toString().strip();
            int semicolon = hex.indexOf(';');
            hex = semicolon < 0 ? hex : hex.substring(0, semicolon);
            long n;
            try {
                n = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new SocketException("malformed chunk size");
            }
            if (n == 0) { // trailers until the empty line
                int[] budget = {MAX_HEAD};
                try {
                    byte[] line;
                    do {
                        line = Request.readLine(in, budget, 431, "trailers too large");
                    } while (line != null && line.length > 0);
                } catch (Refusal r) {
                    throw new SocketException(r.getMessage());
                }
            }
            return n;
        }

        private void expectCrlf() throws IOException {
            int c = in.read();
            if (c == '\r') {
                c = in.read();
            }
            if (c != '\n') {
                throw new SocketException("malformed chunk end");
            }
        }

        /** Skips what the handler left unread; false when that is too much to skip. */
        boolean drain() {
            long skipped = 0;
            byte[] buffer = new byte[8192];
            try {
                int n;
                while (!done && (n = read(buffer, 0, buffer.length)) >= 0) {
                    skipped += n;
                    if (skipped > DRAIN_LIMIT) {
                        return false;
                    }
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    private static final class FixedOut extends OutputStream {
        private final OutputStream out;
        private long remaining;

        FixedOut(OutputStream out, long length) {
            this.out = out;
            this.remaining = length;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > remaining) {
                throw new IOException("more bytes than the announced Content-Length");
            }
            out.write(b, off, len);
            remaining -= len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static final class ChunkedOut extends OutputStream {
        private final OutputStream out;
        private boolean closed;

        ChunkedOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(b, off, len);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        }
    }
}
