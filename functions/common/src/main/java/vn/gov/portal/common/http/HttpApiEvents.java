package vn.gov.portal.common.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.gov.portal.common.Json;

/**
 * The one way to make an API Gateway HTTP API event (payload format 2.0), shaped like the samples
 * in events/: used by the SnapStart priming event ({@link ApiHandler#primingEvent}), the unit
 * tests, the local gateway and the benchmarks. It lives in production code because the priming
 * event is production code (docs/architecture.md, "Code layout").
 *
 * <p>Values are passed through as given (API Gateway itself lower-cases header names and
 * upper-cases nothing), so tests can also send what a handler must tolerate.
 */
public final class HttpApiEvents {

    private HttpApiEvents() {}

    /** A request for {@code rawPath} as requested (escapes kept); its route key is "METHOD rawPath" until set. */
    public static Builder request(String method, String rawPath) {
        return new Builder(method, rawPath);
    }

    /** Fluent and mutable; {@link #build} and {@link #toJson} may be called more than once. */
    public static final class Builder {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(
                        "dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC);

        private final String method;
        private final String rawPath;
        private String routeKey;
        private final StringBuilder rawQuery = new StringBuilder();
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> pathParameters = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<String> cookies = new ArrayList<>();
        private String body;
        private boolean base64Encoded;
        private Map<String, String> claims;
        private String sourceIp = "127.0.0.1";
        private String protocol = "HTTP/1.1";
        private String requestId;
        private Instant time;
        private String accountId = "123456789012";
        private String apiId = "a1b2c3d4e5";
        private String domainName = "a1b2c3d4e5.execute-api.ap-southeast-1.amazonaws.com";

        private Builder(String method, String rawPath) {
            this.method = method;
            this.rawPath = rawPath;
            this.routeKey = method + " " + rawPath;
        }

        /** As template.yaml names the route: "GET /api/articles/{id}". */
        public Builder routeKey(String routeKey) {
            this.routeKey = routeKey;
            return this;
        }

        public Builder pathParameter(String name, String value) {
            pathParameters.put(name, value);
            return this;
        }

        /** Adds {@code name=value} to the query string; a repeated name's values are joined by commas, as API Gateway does. */
        public Builder query(String name, String value) {
            appendRawQuery(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8));
            query.merge(name, value, (a, b) -> a + "," + b);
            return this;
        }

        /** The query string as received; its parameters are decoded as API Gateway decodes them. */
        public Builder rawQuery(String raw) {
            appendRawQuery(raw);
            for (String pair : raw.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                    query.merge(decode(eq < 0 ? pair : pair.substring(0, eq)), value, (a, b) -> a + "," + b);
                }
            }
            return this;
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Builder headers(Map<String, String> headers) {
            this.headers.putAll(headers);
            return this;
        }

        /** One cookie, "name=value"; API Gateway moves the Cookie header's cookies here. */
        public Builder cookie(String cookie) {
            cookies.add(cookie);
            return this;
        }

        public Builder body(String text) {
            return body(text, false);
        }

        /** The body as the event carries it: text, or base64 of the bytes when {@code base64Encoded}. */
        public Builder body(String body, boolean base64Encoded) {
            this.body = body;
            this.base64Encoded = base64Encoded;
            return this;
        }

        /** A JSON body with its content type. */
        public Builder json(String json) {
            headers.put("content-type", "application/json");
            return body(json, false);
        }

        /** The claims of a token the JWT authorizer accepted. */
        public Builder claims(Map<String, String> claims) {
            this.claims = new LinkedHashMap<>(claims);
            return this;
        }

        public Builder sourceIp(String sourceIp) {
            this.sourceIp = sourceIp;
            return this;
        }

        public Builder protocol(String protocol) {
            this.protocol = protocol;
            return this;
        }

        /** Unless set, a new UUID for each event built. */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /** Unless set, the time the event is built. */
        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        /** The API the request came through; the domain's first label is its prefix. */
        public Builder api(String accountId, String apiId, String domainName) {
            this.accountId = accountId;
            this.apiId = apiId;
            this.domainName = domainName;
            return this;
        }

        public APIGatewayV2HTTPEvent build() {
            Instant at = time == null ? Instant.now() : time;
            var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                    .withAccountId(accountId)
                    .withApiId(apiId)
                    .withDomainName(domainName)
                    .withDomainPrefix(domainName.split("\\.", 2)[0])
                    .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                            .withMethod(method)
                            .withPath(rawPath)
                            .withProtocol(protocol)
                            .withSourceIp(sourceIp)
                            .withUserAgent(headers.getOrDefault("user-agent", ""))
                            .build())
                    .withRequestId(requestId == null ? UUID.randomUUID().toString() : requestId)
                    .withRouteKey(routeKey)
                    .withStage("$default")
                    .withTime(TIME.format(at))
                    .withTimeEpoch(at.toEpochMilli());
            if (claims != null) {
                context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                        .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT
                                .builder()
                                .withClaims(claims)
                                .withScopes(List.of())
                                .build())
                        .build());
            }
            return APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0")
                    .withRouteKey(routeKey)
                    .withRawPath(rawPath)
                    .withRawQueryString(rawQuery.toString())
                    .withCookies(cookies.isEmpty() ? null : List.copyOf(cookies))
                    .withHeaders(new LinkedHashMap<>(headers))
                    .withQueryStringParameters(query.isEmpty() ? null : new LinkedHashMap<>(query))
                    .withPathParameters(pathParameters.isEmpty() ? null : new LinkedHashMap<>(pathParameters))
                    .withBody(body)
                    .withIsBase64Encoded(base64Encoded)
                    .withRequestContext(context.build())
                    .build();
        }

        /** The event as API Gateway sends it to the function: what the Lambda runtime deserializes. */
        public String toJson() {
            return Json.write(build());
        }

        private void appendRawQuery(String part) {
            if (!part.isEmpty()) {
                rawQuery.append(rawQuery.isEmpty() ? "" : "&").append(part);
            }
        }

        private static String decode(String s) {
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s; // API Gateway passes undecodable escapes through as they are
            }
        }
    }
}
