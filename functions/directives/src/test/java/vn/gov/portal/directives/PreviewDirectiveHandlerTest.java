package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;

/**
 * POST /api/directives/preview with storage at a closed port: the preview answers without any
 * storage call (it reads and writes nothing), refuses bad input with problem+json, and needs an editor.
 */
class PreviewDirectiveHandlerTest {

    private static PreviewDirectiveHandler handler;

    @BeforeAll
    static void unreachableStorage() throws IOException {
        handler = new PreviewDirectiveHandler(UnreachableStorage.env("MINISTRY_NAME", "Bộ"));
    }

    private static APIGatewayV2HTTPEvent sample() {
        return EventLoader.loadApiGatewayHttpEvent("../../events/directive-preview.json");
    }

    @Test
    void theTitleOfALetterGivesItsFieldsWithoutTouchingStorage() throws IOException {
        APIGatewayV2HTTPResponse response = handler.handleRequest(sample(), null);
        assertThat(response.getStatusCode()).isEqualTo(200);
        Map<String, Object> body = Json.readObject(response.getBody());
        assertThat(body)
                .containsEntry("type", "Công văn")
                .containsEntry("symbol", "121/LĐTBXH-VP")
                .containsEntry("number", 121)
                .containsEntry("issuer", "LĐTBXH")
                .containsEntry("unit", "VP")
                .containsEntry("issuerName", "Bộ Lao động - Thương binh và Xã hội");
        assertThat((String) body.get("subject")).startsWith("báo cáo tình hình");
    }

    @Test
    void badInputIsAProblemNotAFailure() throws IOException {
        for (String bad : new String[] {
            "{}",
            "{\"title\": 5}",
            "{\"title\": \"x\", \"colour\": \"red\"}",
            "{\"title\": \"x\", \"issuedOn\": \"2020-13-40\"}",
            "not json",
            "[]"
        }) {
            APIGatewayV2HTTPEvent event = sample();
            event.setBody(bad);
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            assertThat(response.getStatusCode()).as(bad).isEqualTo(400);
            assertThat(response.getHeaders().get("content-type")).as(bad).startsWith("application/problem+json");
        }
    }

    @Test
    void onlyEditorsMayPreview() throws IOException {
        APIGatewayV2HTTPEvent event = sample();
        event.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("sub", "x", "cognito:groups", "[readers]"));
        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(403);
    }
}
