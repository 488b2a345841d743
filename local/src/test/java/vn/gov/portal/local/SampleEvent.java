package vn.gov.portal.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A sample event of events/ (the SAM convention, what {@code sam local invoke -e} takes), read by
 * the Lambda runtime's own serializers through aws-lambda-java-tests' {@link EventLoader}: an API
 * Gateway HTTP API event, or an SQS event when it names no route.
 */
public record SampleEvent(Path file, APIGatewayV2HTTPEvent http, SQSEvent queue) {

    /** Every events/*.json, by file name. */
    public static List<SampleEvent> all() throws IOException {
        try (Stream<Path> files = Files.list(TestStack.ROOT.resolve("events"))) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .sorted()
                    .map(SampleEvent::load)
                    .toList();
        }
    }

    private static SampleEvent load(Path file) {
        APIGatewayV2HTTPEvent http = EventLoader.loadApiGatewayHttpEvent(file.toString());
        return http.getRouteKey() != null
                ? new SampleEvent(file, http, null)
                : new SampleEvent(file, null, EventLoader.loadSQSEvent(file.toString()));
    }

    /** The template route whose key the API event carries. */
    public Template.ApiRoute route(Template template) {
        return template.apiRoutes().stream()
                .filter(r -> r.routeKey().equals(http.getRouteKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(file + ": no route " + http.getRouteKey()));
    }

    /**
     * The queue source the SQS event is for: the one whose queue its eventSourceARN ends with
     * (the samples name queues by logical id), else the first (the publish queue).
     */
    public Template.QueueSource queueSource(Template template) {
        List<Template.QueueSource> sources = template.queueSources();
        String arn = queue.getRecords().isEmpty()
                ? null
                : queue.getRecords().getFirst().getEventSourceArn();
        return sources.stream()
                .filter(q -> arn != null && arn.endsWith("-" + q.queueId()))
                .findFirst()
                .orElse(sources.getFirst());
    }

    /** The function the event reaches: its route's, or its queue's consumer. */
    public String functionId(Template template) {
        return queue != null
                ? queueSource(template).functionId()
                : route(template).functionId();
    }
}
