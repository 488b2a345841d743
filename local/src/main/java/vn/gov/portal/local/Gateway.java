package vn.gov.portal.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.HttpApiEvents;
import vn.gov.portal.common.http.Problems;

/**
 * One origin, like the CloudFront distribution: {@code /api/*} goes to the function whose
 * HttpApi event matches (API Gateway's routing: most specific path wins, unmatched is 404),
 * with a payload format 2.0 event and the JWT authorizer emulated; every other path goes
 * through the site behaviour's viewer-request function from the template (which maps {@code /dir/}
 * to {@code /dir/index.html} and redirects {@code /dir}), then is read from the site bucket.
 */
public final class Gateway implements AutoCloseable {

    private static final int MAX_BODY = 10 * 1024 * 1024; // API Gateway's payload limit

    private final List<Route> routes;
    private final LocalJwt jwt;
    private final S3Client s3;
    private final String siteBucket;
    private final SiteBehaviour siteBehaviour;
    private final String accountId;
    private final Clock clock;
    private final Map<String, String> originHeaders;
    private final HttpFront server;
    private final Map<String, HttpHandler> mounts = new ConcurrentHashMap<>();

    /** A template route bound to its loaded function. */
    public record Route(
            Template.ApiRoute route,
            LocalFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function,
            Pattern pattern,
            List<String> parameters) {

        static Route of(
                Template.ApiRoute route, LocalFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function) {
            List<String> names = new ArrayList<>();
            StringBuilder regex = new StringBuilder();
            for (String segment : route.path().substring(1).split("/")) {
                regex.append('/');
                if (segment.startsWith("{") && segment.endsWith("+}")) {
                    names.add(segment.substring(1, segment.length() - 2));
                    regex.append("(.+)");
                } else if (segment.startsWith("{") && segment.endsWith("}")) {
                    names.add(segment.substring(1, segment.length() - 1));
                    regex.append("([^/]+)");
                } else {
                    regex.append(Pattern.quote(segment));
                }
            }
            return new Route(route, function, Pattern.compile(regex.toString()), names);
        }

        /** Literal segments count most: /api/articles/import beats /api/articles/{id}. */
        int specificity() {
            String path = route.path();
            int literals = (int) List.of(path.split("/")).stream()
                    .filter(s -> !s.startsWith("{"))
                    .count();
            return literals * 10 - (path.contains("+}") ? 5 : 0);
        }
    }

    /**
     * {@code originHeaders}: what the distribution adds to every API request (its origin custom
     * headers, such as the origin secret); a client's own header of that name is replaced, as
     * CloudFront does. Empty for a gateway standing for the execute-api URL called directly.
     */
    public Gateway(
            String host,
            int port,
            List<Route> routes,
            LocalJwt jwt,
            S3Client s3,
            String siteBucket,
            SiteBehaviour siteBehaviour,
            String accountId,
            Clock clock,
            Map<String, String> originHeaders) {
        this.siteBehaviour = siteBehaviour;
        this.accountId = accountId;
        this.originHeaders = Map.copyOf(originHeaders);
        this.routes = routes.stream()
                .sorted(Comparator.comparingInt(Route::specificity).reversed())
                .toList();
        this.jwt = jwt;
        this.s3 = s3;
        this.siteBucket = siteBucket;
        this.clock = clock;
        try {
            this.server = new HttpFront(host, port, 256, this::serve);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); set PORT to another port", e);
        }
    }

    public int port() {
        return server.address().getPort();
    }

    /** Serves paths under {@code prefix} with another handler (the local OAuth endpoints). */
    public void mount(String prefix, HttpHandler handler) {
        mounts.put(prefix, handler);
    }

    @Override
    public void close() {
        server.close();
    }

    /** The path as received (escapes kept); HttpFront keeps it beside the parsed URI. */
    private static String rawPath(HttpExchange exchange) {
        return exchange.getAttribute(HttpFront.RAW_PATH) instanceof String s
                ? s
                : exchange.getRequestURI().getRawPath();
    }

    private static String rawQuery(HttpExchange exchange) {
        return exchange.getAttribute(HttpFront.RAW_PATH) != null
                ? (String) exchange.getAttribute(HttpFront.RAW_QUERY)
                : exchange.getRequestURI().getRawQuery();
    }

    private void serve(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String path = rawPath(exchange);
        for (var mount : mounts.entrySet()) {
            if (path.startsWith(mount.getKey())) {
                mount.getValue().handle(exchange);
                return;
            }
        }
        String label = "site";
        int status;
        try (exchange) {
            if (path.equals("/api") || path.startsWith("/api/")) {
                var result = api(exchange, path);
                label = result.label();
                status = result.status();
            } else {
                status = site(exchange, path);
            }
        } catch (RuntimeException e) {
            status = 500;
            System.out.println("gateway error: " + e);
        }
        System.out.printf(
                "%s %s %s %d %dms %s%n",
                Instant.now(),
                exchange.getRequestMethod(),
                exchange.getRequestURI(),
                status,
                (System.nanoTime() - started) / 1_000_000,
                label);
    }

    private record Outcome(int status, String label) {}

    private Outcome api(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        for (Route route : routes) {
            Matcher m = route.pattern().matcher(path);
            if (!m.matches()
                    || !(route.route().method().equals(method)
                            || route.route().method().equals("ANY"))) {
                continue;
            }
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                return new Outcome(
                        send(exchange, 413, "application/json", "{\"message\":\"Request Entity Too Large\"}"),
                        "gateway");
            }
            Map<String, String> claims = null;
            if (route.route().authorizer() != null) {
                Optional<Map<String, String>> verified =
                        jwt.verify(exchange.getRequestHeaders().getFirst("Authorization"));
                if (verified.isEmpty()) {
                    exchange.getResponseHeaders().add("www-authenticate", "Bearer");
                    return new Outcome(
                            send(exchange, 401, "application/json", "{\"message\":\"Unauthorized\"}"), "authorizer");
                }
                claims = verified.get();
            }
            Map<String, String> pathParameters = new LinkedHashMap<>();
            for (int i = 0; i < route.parameters().size(); i++) {
                pathParameters.put(
                        route.parameters().get(i),
                        URLDecoder.decode(m.group(i + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
            }
            String eventJson = event(exchange, route, pathParameters, claims, body);
            String responseJson;
            try {
                responseJson = route.function().invokeJson(eventJson);
            } catch (RuntimeException | Error e) {
                // What API Gateway answers when the function itself fails.
                System.out.println(route.function().name() + " failed: " + e);
                return new Outcome(
                        send(exchange, 500, "application/json", "{\"message\":\"Internal Server Error\"}"),
                        route.function().name());
            }
            return new Outcome(respond(exchange, responseJson), route.function().name());
        }
        return new Outcome(send(exchange, 404, "application/json", "{\"message\":\"Not Found\"}"), "gateway");
    }

    /** The payload format 2.0 event API Gateway would send. */
    private String event(
            HttpExchange exchange,
            Route route,
            Map<String, String> pathParameters,
            Map<String, String> claims,
            byte[] body) {
        var event = HttpApiEvents.request(exchange.getRequestMethod().toUpperCase(Locale.ROOT), rawPath(exchange))
                .routeKey(route.route().routeKey());
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                values.forEach(v -> List.of(v.split(";")).forEach(c -> event.cookie(c.strip())));
            } else {
                headers.put(lower, String.join(",", values));
            }
        });
        originHeaders.forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        event.headers(headers)
                .rawQuery(Optional.ofNullable(rawQuery(exchange)).orElse(""))
                .protocol(exchange.getProtocol())
                .sourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                .api(accountId, "local", headers.getOrDefault("host", "127.0.0.1"))
                .time(clock.instant());
        pathParameters.forEach(event::pathParameter);
        if (claims != null) {
            event.claims(claims);
        }
        if (body.length > 0) {
            boolean text = isText(headers.get("content-type")) && isUtf8(body);
            event.body(
                    text
                            ? new String(body, StandardCharsets.UTF_8)
                            : Base64.getEncoder().encodeToString(body),
                    !text);
        }
        return event.toJson();
    }

    /** API Gateway passes text bodies as text only when they are valid UTF-8 text types. */
    private static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/")
                || type.contains("json")
                || type.contains("xml")
                || type.startsWith("application/x-www-form-urlencoded");
    }

    /** Whether the bytes decode as UTF-8; new String(...) would silently put U+FFFD in their place. */
    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private int respond(HttpExchange exchange, String responseJson) throws IOException {
        Map<String, Object> response;
        try {
            response = Json.readObject(responseJson);
        } catch (IOException e) {
            return send(exchange, 500, "application/json", "{\"message\":\"Internal Server Error\"}");
        }
        int status = response.get("statusCode") instanceof Number n ? n.intValue() : 500;
        Template.map(response.get("headers"))
                .forEach((k, v) -> exchange.getResponseHeaders().set(k, String.valueOf(v)));
        if (response.get("cookies") instanceof List<?> cookies) {
            cookies.forEach(c -> exchange.getResponseHeaders().add("set-cookie", String.valueOf(c)));
        }
        Object body = response.get("body");
        byte[] bytes = body == null
                ? new byte[0]
                : Boolean.TRUE.equals(response.get("isBase64Encoded"))
                        ? Base64.getDecoder().decode(body.toString())
                        : body.toString().getBytes(StandardCharsets.UTF_8);
        return send(exchange, status, bytes);
    }

    /** Dot segments or empty segments, raw or escaped: no object key of the site looks like that. */
    private static boolean escapesTheSite(String rawPath) {
        try {
            String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
            return path.contains("..") || path.contains("//");
        } catch (IllegalArgumentException malformedEscape) {
            return true;
        }
    }

    private int site(HttpExchange exchange, String rawPath) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("allow", "GET, HEAD");
            return problem(
                    exchange,
                    405,
                    "method-not-allowed",
                    "Method not allowed",
                    "The site's pages are read with GET or HEAD.");
        }
        if (escapesTheSite(rawPath)) { // refused before the viewer function, which would redirect it
            return problem(exchange, 400, "invalid-request", "Invalid request", "The path is not a page of the site.");
        }
        Map<String, String> requestHeaders = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> requestHeaders.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        var outcome = siteBehaviour.viewerRequest(
                method,
                rawPath,
                rawQuery(exchange),
                requestHeaders,
                exchange.getRemoteAddress().getAddress().getHostAddress());
        if (outcome instanceof SiteBehaviour.Respond response) {
            response.headers().forEach(exchange.getResponseHeaders()::set);
            return send(exchange, response.status(), response.body().getBytes(StandardCharsets.UTF_8));
        }
        String path =
                URLDecoder.decode(((SiteBehaviour.Fetch) outcome).uri().replace("+", "%2B"), StandardCharsets.UTF_8);
        String key = path.substring(1);
        if (key.isEmpty() || key.endsWith("/")) {
            return notFound(exchange); // S3 has no such object (and OAC may not list the bucket)
        }
        if (escapesTheSite("/" + key)) {
            return problem(exchange, 400, "invalid-request", "Invalid request", "The path is not a page of the site.");
        }
        final String objectKey = key;
        try (ResponseInputStream<GetObjectResponse> object =
                s3.getObject(r -> r.bucket(siteBucket).key(objectKey))) {
            GetObjectResponse meta = object.response();
            var headers = exchange.getResponseHeaders();
            headers.set("content-type", Optional.ofNullable(meta.contentType()).orElse("application/octet-stream"));
            if (meta.cacheControl() != null) {
                headers.set("cache-control", meta.cacheControl());
            }
            if (meta.contentDisposition() != null) {
                headers.set("content-disposition", meta.contentDisposition());
            }
            if (meta.eTag() != null) {
                headers.set("etag", meta.eTag());
            }
            headers.set("x-content-type-options", "nosniff");
            headers.set("referrer-policy", "strict-origin-when-cross-origin");
            headers.set("x-frame-options", "SAMEORIGIN");
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return 200;
            }
            return send(exchange, 200, object.readAllBytes());
        } catch (NoSuchKeyException e) {
            return notFound(exchange);
        }
    }

    private int notFound(HttpExchange exchange) throws IOException {
        try (InputStream page = s3.getObject(r -> r.bucket(siteBucket).key("404.html"))) {
            exchange.getResponseHeaders().set("content-type", "text/html; charset=utf-8");
            return send(exchange, 404, page.readAllBytes());
        } catch (NoSuchKeyException e) {
            return send(
                    exchange,
                    404,
                    "text/html; charset=utf-8",
                    "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Không tìm thấy trang</title>"
                            + "<h1>Không tìm thấy trang</h1><p><a href=\"/\">Về trang chủ</a></p></html>");
        }
    }

    private static int problem(HttpExchange exchange, int status, String slug, String title, String detail)
            throws IOException {
        ApiResponse problem = Problems.problem(status, slug, title, detail, null, null);
        problem.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        return send(exchange, status, problem.body().getBytes(StandardCharsets.UTF_8));
    }

    private static int send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        exchange.getResponseHeaders().set("content-type", contentType);
        return send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static int send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean empty = body.length == 0 || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }
}
