package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;

/**
 * The sample events in events/ (the SAM convention) are real payloads: each one, read by the
 * Lambda runtime's own serializers, is handled by the function its route names, against the
 * emulator, without a 5xx; together they cover every route of template.yaml.
 */
class SampleEventsTest extends PortalTest {

    @Test
    void everySampleEventIsHandledAndEveryRouteHasOne() throws Exception {
        Template template = portal.deployment().template();
        Set<String> covered = new HashSet<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(TestStack.ROOT.resolve("events"))) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            String json = Files.readString(file);
            Map<String, Object> event = Json.readObject(json);
            if (event.containsKey("Records")) {
                Template.QueueSource source = template.queueSourceOf(event);
                LocalFunction<SQSEvent, SQSBatchResponse> function = LocalFunction.load(source.functionId(),
                        portal.deployment().functionArn(source.functionId()), source.handler(),
                        portal.functionEnv(source.functionId()), SQSEvent.class, SQSBatchResponse.class, 60, 1024);
                SQSBatchResponse response = function.invoke(function.inputSerializer().fromJson(json));
                assertThat(response.getBatchItemFailures()).as(file.toString()).isEmpty();
                continue;
            }
            Template.ApiRoute route = template.apiRoutes().stream()
                    .filter(r -> r.routeKey().equals(event.get("routeKey"))).findFirst()
                    .orElseThrow(() -> new AssertionError(file + ": no route " + event.get("routeKey")));
            covered.add(route.routeKey());
            LocalFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function = LocalFunction.load(route.functionId(),
                    portal.deployment().functionArn(route.functionId()), route.handler(), portal.functionEnv(route.functionId()), APIGatewayV2HTTPEvent.class,
                    APIGatewayV2HTTPResponse.class, 15, 1024);
            Map<String, Object> response = Json.readObject(function.invokeJson(json));
            int status = ((Number) response.get("statusCode")).intValue();
            assertThat(status).as(file + " answered " + response.get("body")).isLessThan(500);
            if (status >= 400) {
                assertThat(String.valueOf(Template.map(response.get("headers")).get("content-type")))
                        .as(file.toString()).startsWith("application/problem+json");
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(template.apiRoutes().stream().map(Template.ApiRoute::routeKey).toList());
    }
}
