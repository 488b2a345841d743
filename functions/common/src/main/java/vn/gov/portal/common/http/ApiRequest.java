package vn.gov.portal.common.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Json;

/**
 * What a handler needs from an API Gateway HTTP API (payload format 2.0) event, and nothing of
 * Lambda: method, path, parameters, headers (lower case), the body as strict UTF-8, the client
 * address and the JWT claims the authorizer verified.
 */
public final class ApiRequest {

    /** Bodies above this are refused before parsing; no route needs more. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    private final String method;
    private final String path;
    private final Map<String, String> pathParameters;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final List<String> cookies;
    private final String sourceIp;
    private final Map<String, String> claims;
    private final byte[] body;

    private ApiRequest(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        var http = context == null ? null : context.getHttp();
        this.method = http == null || http.getMethod() == null
                ? "GET"
                : http.getMethod().toUpperCase(Locale.ROOT);
        this.path = event.getRawPath() == null ? "/" : event.getRawPath();
        this.pathParameters = orEmpty(event.getPathParameters());
        this.query = orEmpty(event.getQueryStringParameters());
        Map<String, String> lower = new HashMap<>();
        orEmpty(event.getHeaders()).forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        this.headers = Map.copyOf(lower);
        this.cookies = event.getCookies() == null ? List.of() : List.copyOf(event.getCookies());
        this.sourceIp = http == null || http.getSourceIp() == null ? "" : http.getSourceIp();
        var authorizer = context == null ? null : context.getAuthorizer();
        var jwt = authorizer == null ? null : authorizer.getJwt();
        this.claims = jwt == null || jwt.getClaims() == null ? Map.of() : Map.copyOf(jwt.getClaims());
        this.body = decodeBody(event.getBody(), event.getIsBase64Encoded());
    }

    public static ApiRequest from(APIGatewayV2HTTPEvent event) {
        return new ApiRequest(event);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String sourceIp() {
        return sourceIp;
    }

    public List<String> cookies() {
        return cookies;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** A path parameter the route declares; its absence is a routing bug, reported as 404. */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null || value.isEmpty()) {
            throw new DomainException.NotFound("No resource at this path.");
        }
        return value;
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    public Map<String, String> queryParameters() {
        return query;
    }

    public Map<String, String> claims() {
        return claims;
    }

    public int bodySize() {
        return body.length;
    }

    /** The body as text; invalid UTF-8 is refused rather than replaced. */
    public String bodyText() {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DomainException.Invalid("body", "is not valid UTF-8");
        }
    }

    /** The body as one JSON object. */
    public Map<String, Object> jsonObject() {
        Object value = jsonValue();
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            return object;
        }
        throw new DomainException.Invalid("body", "must be a JSON object");
    }

    /** The body as any JSON value (an import takes an array). */
    public Object jsonValue() {
        requireJsonContentType();
        String text = bodyText();
        if (text.isBlank()) {
            throw new DomainException.Invalid("body", "is required");
        }
        try {
            return Json.readAny(text);
        } catch (IOException | RuntimeException e) {
            throw new DomainException.Invalid("body", "is not valid JSON");
        }
    }

    private void requireJsonContentType() {
        String type = header("content-type").orElse("application/json").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json") && !type.startsWith("application/problem+json")) {
            throw new DomainException.Invalid("content-type", "must be application/json");
        }
    }

    private static byte[] decodeBody(String body, boolean base64) {
        if (body == null) {
            return new byte[0];
        }
        if (!base64) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new DomainException.TooLarge("The body is larger than " + MAX_BODY_BYTES + " bytes.");
            }
            return bytes;
        }
        if (body.length() > MAX_BODY_BYTES * 4 / 3 + 4) {
            throw new DomainException.TooLarge("The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new DomainException.Invalid("body", "is not valid base64");
        }
        if (bytes.length > MAX_BODY_BYTES) { // the length check above lets up to 3 bytes too many through
            throw new DomainException.TooLarge("The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        return bytes;
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }
}
