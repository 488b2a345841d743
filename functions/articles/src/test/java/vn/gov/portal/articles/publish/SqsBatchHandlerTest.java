package vn.gov.portal.articles.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batch loop the publish and schedule functions share, without AWS: which messages come back, and what is given up. */
class SqsBatchHandlerTest {

    /** Items are the body's comma-separated words; "bad" fails, "crash" fails outside any item's handling. */
    private static final class Recording extends SqsBatchHandler<String> {
        final List<String> handled = new ArrayList<>();
        final List<String> givenUp = new ArrayList<>();
        int batches;

        Recording() {
            super(3);
        }

        @Override
        protected String expected() {
            return "a word list";
        }

        @Override
        protected List<String> items(SQSEvent.SQSMessage message) {
            if (message.getBody().isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            if (message.getBody().equals("crash")) {
                throw new IllegalStateException("not a parse error");
            }
            return Arrays.asList(message.getBody().split(","));
        }

        @Override
        protected String handle(String item) {
            if (item.equals("bad")) {
                throw new IllegalStateException("cannot");
            }
            handled.add(item);
            return "handled " + item;
        }

        @Override
        protected String describe(SQSEvent.SQSMessage message, String item) {
            return "item " + item;
        }

        @Override
        protected void giveUp(String item, int attempts) {
            givenUp.add(item + "@" + attempts);
        }

        @Override
        protected void afterBatch() {
            batches++;
        }
    }

    private static SQSEvent.SQSMessage message(String id, String body, int receiveCount) {
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId(id);
        m.setBody(body);
        m.setAttributes(Map.of("ApproximateReceiveCount", Integer.toString(receiveCount)));
        return m;
    }

    private static SQSEvent event(SQSEvent.SQSMessage... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(messages));
        return event;
    }

    private static List<String> failed(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .toList();
    }

    @Test
    void onlyTheFailedMessagesComeBackAndAFailureStopsTheRestOfItsMessage() {
        Recording handler = new Recording();
        SQSBatchResponse response = handler.handleRequest(
                event(
                        message("m1", "a,b", 1),
                        message("m2", "c,bad,d", 1),
                        message("m3", "", 1),
                        message("m4", "e", 1)),
                null);

        assertThat(failed(response)).containsExactly("m2");
        assertThat(handler.handled).containsExactly("a", "b", "c", "e");
        assertThat(handler.givenUp).as("attempts left").isEmpty();
        assertThat(handler.batches).isEqualTo(1);
    }

    @Test
    void theLastAllowedReceiveGivesTheFailedItemUpBeforeTheMessageGoesToTheDeadLetterQueue() {
        Recording handler = new Recording();
        SQSBatchResponse response =
                handler.handleRequest(event(message("m1", "bad", 2), message("m2", "ok,bad", 3)), null);

        assertThat(failed(response)).containsExactly("m1", "m2");
        assertThat(handler.givenUp).containsExactly("bad@3");
    }

    @Test
    void theBatchEndsWithItsAfterStepEvenWhenReadingAMessageBreaks() {
        Recording handler = new Recording();
        assertThatThrownBy(() -> handler.handleRequest(event(message("m1", "a", 1), message("m2", "crash", 1)), null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(handler.batches).isEqualTo(1);
    }
}
