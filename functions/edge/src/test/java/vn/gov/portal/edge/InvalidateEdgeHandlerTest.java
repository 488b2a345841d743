package vn.gov.portal.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.aws.EdgeInvalidationRequests;

class InvalidateEdgeHandlerTest {

    private final List<List<String>> sent = new ArrayList<>();
    private final InvalidateEdgeHandler handler =
            new InvalidateEdgeHandler(new EdgeInvalidations(sent::add, d -> {}, m -> {}));

    private static SQSEvent.SQSMessage notification(String id, String key) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(Json.write(Map.of(
                "Records",
                List.of(Map.of("eventName", "ObjectCreated:Put", "s3", Map.of("object", Map.of("key", key)))))));
        return message;
    }

    private static SQSEvent batch(SQSEvent.SQSMessage... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(messages));
        return event;
    }

    @Test
    void aBatchOfRequestsIsOneInvalidationWithoutDuplicates() {
        String takedown = EdgeInvalidationRequests.keys(
                        "A", List.of("/tin-tuc/*", "/sitemaps/2019-05.xml", "/", "/index.html", "/rss.xml"))
                .getFirst();
        String correction = EdgeInvalidationRequests.keys(
                        "B", List.of("/su-kien/*", "/sitemaps/2019-05.xml", "/", "/index.html", "/rss.xml"))
                .getFirst();
        var response = handler.handleRequest(batch(notification("m1", takedown), notification("m2", correction)), null);
        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(sent)
                .containsExactly(
                        List.of("/tin-tuc/*", "/sitemaps/2019-05.xml", "/", "/index.html", "/rss.xml", "/su-kien/*"));
    }

    @Test
    void s3TestEventsAndOtherMessagesAskForNothing() {
        SQSEvent.SQSMessage test = new SQSEvent.SQSMessage();
        test.setMessageId("t");
        test.setBody("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\"}");
        SQSEvent.SQSMessage junk = new SQSEvent.SQSMessage();
        junk.setMessageId("j");
        junk.setBody("not json");
        var response =
                handler.handleRequest(batch(test, junk, notification("x", "edge-invalidations/x/not*base64")), null);
        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(sent).isEmpty();
    }
}
