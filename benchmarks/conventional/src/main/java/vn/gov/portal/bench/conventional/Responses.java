package vn.gov.portal.bench.conventional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON responses through one shared Jackson databind ObjectMapper, the conventional way. */
final class Responses {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Responses() {}

    static APIGatewayV2HTTPResponse json(int status, Object body, Map<String, String> extraHeaders) {
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("content-type", status >= 400 ? "application/problem+json" : "application/json");
            headers.putAll(extraHeaders);
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(status)
                    .withHeaders(headers)
                    .withBody(MAPPER.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static APIGatewayV2HTTPResponse problem(int status, String title, String detail) {
        return json(
                status, Map.of("type", "about:blank", "title", title, "status", status, "detail", detail), Map.of());
    }
}
