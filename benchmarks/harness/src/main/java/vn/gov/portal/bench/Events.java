package vn.gov.portal.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gov.portal.common.Json;

/**
 * API Gateway HTTP API payload format 2.0 events, shaped like events/health-get.json (what
 * CloudFront and the API put in them), for any route: the cold-start processes answer these.
 */
final class Events {

    private final String method;
    private final String routePath;
    private final String rawPath;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> pathParameters = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private List<String> cookies;
    private String body;
    private boolean editor;

    private Events(String method, String routePath, String rawPath) {
        this.method = method;
        this.routePath = routePath;
        this.rawPath = rawPath;
        headers.put("accept", "application/json");
        headers.put("host", "d111111abcdef8.cloudfront.net");
        headers.put("user-agent", "Mozilla/5.0 (bench)");
        headers.put("x-forwarded-for", "203.113.128.10");
        headers.put("x-forwarded-port", "443");
        headers.put("x-forwarded-proto", "https");
    }

    /** {@code routePath} as in template.yaml ("/api/articles/{id}"), {@code rawPath} as requested. */
    static Events of(String method, String routePath, String rawPath) {
        return new Events(method, routePath, rawPath);
    }

    Events query(String name, String value) {
        query.put(name, value);
        return this;
    }

    Events path(String name, String value) {
        pathParameters.put(name, value);
        return this;
    }

    Events header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Events cookie(String cookie) {
        cookies = List.of(cookie);
        return this;
    }

    Events json(String json) {
        headers.put("content-type", "application/json");
        body = json;
        return this;
    }

    /** As if API Gateway's JWT authorizer had passed an editor's Cognito id token. */
    Events editor() {
        editor = true;
        headers.put("authorization", "Bearer eyJraWQiOiJleGFtcGxlIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiJleGFtcGxlIn0.c2lnbmF0dXJl");
        return this;
    }

    String toJson() {
        String routeKey = method + " " + routePath;
        String sourceIp = headers.get("x-forwarded-for");
        sourceIp = sourceIp.substring(sourceIp.lastIndexOf(',') + 1).strip();
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", method);
        http.put("path", rawPath);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", sourceIp);
        http.put("userAgent", headers.get("user-agent"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accountId", "123456789012");
        context.put("apiId", "a1b2c3d4e5");
        context.put("domainName", "a1b2c3d4e5.execute-api.ap-southeast-1.amazonaws.com");
        context.put("domainPrefix", "a1b2c3d4e5");
        context.put("http", http);
        context.put("requestId", "bench-" + System.nanoTime());
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("time", "14/Dec/2018:02:30:00 +0000");
        context.put("timeEpoch", Instant.now().toEpochMilli());
        if (editor) {
            long now = Instant.now().getEpochSecond();
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("sub", "3f1c6a52-7e0b-4d4e-9a31-0c2b8d3f5e11");
            claims.put("cognito:groups", "[editors]");
            claims.put("cognito:username", "bientap@molisa.gov.vn");
            claims.put("email", "bientap@molisa.gov.vn");
            claims.put("token_use", "id");
            claims.put("iat", Long.toString(now));
            claims.put("exp", Long.toString(now + 3600));
            context.put("authorizer", Map.of("jwt", Map.of("claims", claims, "scopes", List.of())));
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", rawPath);
        event.put("rawQueryString", query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        if (cookies != null) {
            event.put("cookies", cookies);
        }
        event.put("headers", headers);
        if (!query.isEmpty()) {
            event.put("queryStringParameters", query);
        }
        if (!pathParameters.isEmpty()) {
            event.put("pathParameters", pathParameters);
        }
        event.put("requestContext", context);
        if (body != null) {
            event.put("body", body);
        }
        event.put("isBase64Encoded", false);
        return Json.write(event);
    }
}
