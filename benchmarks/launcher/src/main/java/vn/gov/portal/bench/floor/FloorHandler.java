package vn.gov.portal.bench.floor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/**
 * The floor of the cold-start proxy: a trivial handler of the same event type as every API route,
 * answering a constant. What remains of its cold start is the JVM, the runtime's serializers and
 * the event classes: no function can start faster than this on the same machine and flags.
 */
public final class FloorHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody("{\"status\":\"ok\"}").build();
    }
}
