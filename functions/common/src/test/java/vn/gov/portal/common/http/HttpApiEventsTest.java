package vn.gov.portal.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpApiEventsTest {

    private static APIGatewayV2HTTPEvent fromJson(String json) {
        return LambdaEventSerializers.serializerFor(
                        APIGatewayV2HTTPEvent.class, HttpApiEventsTest.class.getClassLoader())
                .fromJson(json);
    }

    @Test
    void buildsTheEventOfTheSampleInEvents() {
        APIGatewayV2HTTPEvent sample = EventLoader.loadApiGatewayHttpEvent("../../events/health-get.json");

        APIGatewayV2HTTPEvent built = HttpApiEvents.request("GET", "/api/health")
                .header("accept", "application/json")
                .header("host", "d111111abcdef8.cloudfront.net")
                .header("user-agent", "curl/8.5.0")
                .header("x-forwarded-for", "203.113.128.10")
                .header("x-forwarded-port", "443")
                .header("x-forwarded-proto", "https")
                .sourceIp("203.113.128.10")
                .requestId("c6af9ac6-7b61-11e6-9a41-93e8deadbeef")
                .time(Instant.ofEpochMilli(1544754600000L))
                .build();

        assertThat(built).isEqualTo(sample);
    }

    @Test
    void theJsonIsWhatTheRuntimeReadsBackAsTheSameEvent() {
        var builder = HttpApiEvents.request("POST", "/api/articles/01J/ratings")
                .routeKey("POST /api/articles/{id}/ratings")
                .pathParameter("id", "01J")
                .query("q", "Hà Nội")
                .cookie("rid=abc")
                .json("{\"stars\":5}")
                .claims(Map.of("sub", "editor-1", "cognito:groups", "[editors]"))
                .requestId("r-1")
                .time(Instant.parse("2026-01-02T03:04:05Z"));

        APIGatewayV2HTTPEvent event = builder.build();

        assertThat(fromJson(builder.toJson())).isEqualTo(event);
        assertThat(event.getRequestContext().getTime()).isEqualTo("02/Jan/2026:03:04:05 +0000");
        assertThat(event.getRawQueryString()).isEqualTo("q=H%C3%A0+N%E1%BB%99i");
        ApiRequest request = ApiRequest.from(event);
        assertThat(request.query("q")).contains("Hà Nội");
        assertThat(request.pathParameter("id")).isEqualTo("01J");
        assertThat(request.claims()).containsEntry("sub", "editor-1");
        assertThat(request.jsonObject()).containsEntry("stars", 5);
    }

    @Test
    void aRawQueryIsDecodedAsApiGatewayDoes() {
        APIGatewayV2HTTPEvent event = HttpApiEvents.request("GET", "/api/articles")
                .rawQuery("tag=a&tag=b%2Cc&empty&bad=%E0%A4%A&&x=1+2")
                .build();

        assertThat(event.getRawQueryString()).isEqualTo("tag=a&tag=b%2Cc&empty&bad=%E0%A4%A&&x=1+2");
        assertThat(event.getQueryStringParameters())
                .containsExactly(
                        Map.entry("tag", "a,b,c"),
                        Map.entry("empty", ""),
                        Map.entry("bad", "%E0%A4%A"),
                        Map.entry("x", "1 2"));
    }
}
