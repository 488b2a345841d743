package vn.gov.portal.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;

class ApiRequestTest {

    private static APIGatewayV2HTTPEvent event(String body, boolean base64, Map<String, String> headers) {
        return HttpApiEvents.request("post", "/api/x")
                .headers(headers)
                .body(body, base64)
                .sourceIp("203.0.113.9")
                .build();
    }

    @Test
    void headersAreCaseInsensitiveAndMethodUpperCase() {
        ApiRequest request = ApiRequest.from(event(null, false, Map.of("Content-Type", "application/json")));
        assertThat(request.header("content-type")).contains("application/json");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.sourceIp()).isEqualTo("203.0.113.9");
    }

    @Test
    void parsesAJsonObjectBody() {
        ApiRequest request = ApiRequest.from(event("{\"stars\":5,\"name\":\"Hà Nội\"}", false, Map.of()));
        assertThat(request.jsonObject()).containsEntry("stars", 5).containsEntry("name", "Hà Nội");
    }

    @Test
    void refusesMalformedTruncatedAndNonObjectJson() {
        for (String body : new String[] {"{\"a\":", "not json", "[1,2]", "", "   "}) {
            ApiRequest request = ApiRequest.from(event(body, false, Map.of()));
            assertThatThrownBy(request::jsonObject).as(body).isInstanceOf(DomainException.Invalid.class);
        }
    }

    @Test
    void refusesInvalidUtf8() {
        String invalid = Base64.getEncoder().encodeToString(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        ApiRequest request = ApiRequest.from(event(invalid, true, Map.of()));
        assertThatThrownBy(request::bodyText)
                .isInstanceOf(DomainException.Invalid.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void refusesAnotherContentType() {
        ApiRequest request = ApiRequest.from(event("{}", false, Map.of("content-type", "text/plain")));
        assertThatThrownBy(request::jsonObject).isInstanceOf(DomainException.Invalid.class);
    }

    @Test
    void refusesBodiesOverTheLimitBeforeParsing() {
        String big = "x".repeat(ApiRequest.MAX_BODY_BYTES + 1);
        assertThatThrownBy(() -> ApiRequest.from(event(big, false, Map.of())))
                .isInstanceOf(DomainException.TooLarge.class);
    }

    @Test
    void refusesBase64BodiesOverTheLimitByOneToThreeBytes() {
        for (int extra = 1; extra <= 3; extra++) {
            String body = Base64.getEncoder().encodeToString(new byte[ApiRequest.MAX_BODY_BYTES + extra]);
            assertThatThrownBy(() -> ApiRequest.from(event(body, true, Map.of())))
                    .as("+" + extra)
                    .isInstanceOf(DomainException.TooLarge.class);
        }
        String exact = Base64.getEncoder().encodeToString(new byte[ApiRequest.MAX_BODY_BYTES]);
        assertThat(ApiRequest.from(event(exact, true, Map.of())).bodySize()).isEqualTo(ApiRequest.MAX_BODY_BYTES);
    }

    @Test
    void refusesContentAfterTheJsonValue() {
        ApiRequest request = ApiRequest.from(event("{\"stars\":5} {\"stars\":1}", false, Map.of()));
        assertThatThrownBy(request::jsonObject).isInstanceOf(DomainException.Invalid.class);
    }
}
