package vn.gov.portal.common.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.portal.common.Json;

/**
 * Payload format 2.0 JSON to and from the event classes with our own JSON codec, for handlers the
 * runtime calls as stream handlers: the runtime's event serializers (some 870 classes with their
 * shaded Jackson, 300+ ms of a cold start's first invoke) are then never loaded. Reads the fields
 * {@link ApiRequest} uses; writes what API Gateway reads from a response.
 */
final class ApiEvents {

    private ApiEvents() {}

    static APIGatewayV2HTTPEvent read(InputStream in) throws IOException {
        Map<String, Object> e = Json.readObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        Map<String, Object> context = object(e.get("requestContext"));
        Map<String, Object> http = object(context.get("http"));
        Map<String, Object> jwt = object(object(context.get("authorizer")).get("jwt"));
        return APIGatewayV2HTTPEvent.builder()
                .withVersion(text(e.get("version")))
                .withRouteKey(text(e.get("routeKey")))
                .withRawPath(text(e.get("rawPath")))
                .withRawQueryString(text(e.get("rawQueryString")))
                .withCookies(
                        e.get("cookies") instanceof List<?> list
                                ? list.stream().map(ApiEvents::text).toList()
                                : null)
                .withHeaders(texts(e.get("headers")))
                .withQueryStringParameters(texts(e.get("queryStringParameters")))
                .withPathParameters(texts(e.get("pathParameters")))
                .withBody(text(e.get("body")))
                .withIsBase64Encoded(Boolean.TRUE.equals(e.get("isBase64Encoded")))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(text(context.get("requestId")))
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(text(http.get("method")))
                                .withPath(text(http.get("path")))
                                .withSourceIp(text(http.get("sourceIp")))
                                .build())
                        .withAuthorizer(
                                jwt.isEmpty()
                                        ? null
                                        : APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT
                                                        .builder()
                                                        .withClaims(texts(jwt.get("claims")))
                                                        .build())
                                                .build())
                        .build())
                .build();
    }

    static void write(APIGatewayV2HTTPResponse response, OutputStream out) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("statusCode", response.getStatusCode());
        json.put("headers", response.getHeaders());
        json.put("body", response.getBody());
        json.put("isBase64Encoded", response.getIsBase64Encoded());
        out.write(Json.write(json).getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A string map as the event classes hold it (claims may arrive as numbers or booleans). */
    private static Map<String, String> texts(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v != null) {
                out.put(String.valueOf(k), text(v));
            }
        });
        return out;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
