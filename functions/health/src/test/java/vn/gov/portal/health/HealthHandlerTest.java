package vn.gov.portal.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HealthHandlerTest {

    @Test
    void answersOkToTheSampleEvent() throws Exception {
        String json = Files.readString(Path.of("../../events/health-get.json"));
        APIGatewayV2HTTPEvent event = LambdaEventSerializers
                .serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader()).fromJson(json);

        var response = new HealthHandler().handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("content-type", "application/json; charset=utf-8");
        assertThat(response.getBody()).isEqualTo("{\"status\":\"ok\"}");
    }
}
