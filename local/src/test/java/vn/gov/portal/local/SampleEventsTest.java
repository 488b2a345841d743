package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sample events in events/ (the SAM convention) are real payloads: each one, read by the
 * Lambda runtime's own serializers ({@link SampleEvent}), is handled by the function its route names, against the
 * emulator, without a 5xx; together they cover every route of template.yaml.
 */
class SampleEventsTest extends PortalTest {

    @Test
    void everySampleEventIsHandledAndEveryRouteHasOne() throws Exception {
        Template template = portal.deployment().template();
        Set<String> covered = new HashSet<>();
        for (SampleEvent sample : SampleEvent.all()) {
            if (sample.queue() != null) {
                Template.QueueSource source = sample.queueSource(template);
                LocalFunction<SQSEvent, SQSBatchResponse> function = LocalFunction.load(
                        source.functionId(),
                        portal.deployment().functionArn(source.functionId()),
                        source.handler(),
                        portal.functionEnv(source.functionId()),
                        SQSEvent.class,
                        SQSBatchResponse.class,
                        60,
                        1024);
                SQSBatchResponse response = function.invoke(sample.queue());
                assertThat(response.getBatchItemFailures())
                        .as(sample.file().toString())
                        .isEmpty();
                continue;
            }
            Template.ApiRoute route = sample.route(template);
            covered.add(route.routeKey());
            LocalFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function = LocalFunction.load(
                    route.functionId(),
                    portal.deployment().functionArn(route.functionId()),
                    route.handler(),
                    portal.functionEnv(route.functionId()),
                    APIGatewayV2HTTPEvent.class,
                    APIGatewayV2HTTPResponse.class,
                    15,
                    1024);
            APIGatewayV2HTTPResponse response = function.invoke(sample.http());
            int status = response.getStatusCode();
            assertThat(status)
                    .as(sample.file() + " answered " + response.getBody())
                    .isLessThan(500);
            if (status >= 400) {
                assertThat(String.valueOf(response.getHeaders().get("content-type")))
                        .as(sample.file().toString())
                        .startsWith("application/problem+json");
            }
        }
        assertThat(covered)
                .containsExactlyInAnyOrderElementsOf(template.apiRoutes().stream()
                        .map(Template.ApiRoute::routeKey)
                        .toList());
    }
}
