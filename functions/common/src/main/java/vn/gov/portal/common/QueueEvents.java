package vn.gov.portal.common;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQS event JSON to {@link SQSEvent} and a batch response to JSON with our own codec, for queue
 * consumers the runtime calls as stream handlers (the runtime's event serializers are then never
 * loaded). Reads what a consumer uses: message id, body, attributes, source.
 */
public final class QueueEvents {

    private QueueEvents() {}

    public static SQSEvent read(InputStream in) throws IOException {
        Map<String, Object> event = Json.readObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        SQSEvent out = new SQSEvent();
        out.setRecords(
                event.get("Records") instanceof List<?> records
                        ? records.stream()
                                .map(r -> message(r instanceof Map<?, ?> m ? m : Map.of()))
                                .toList()
                        : List.of());
        return out;
    }

    public static void write(SQSBatchResponse response, OutputStream out) throws IOException {
        List<Map<String, String>> failures = response.getBatchItemFailures().stream()
                .map(f -> Map.of("itemIdentifier", f.getItemIdentifier()))
                .toList();
        out.write(Json.write(Map.of("batchItemFailures", failures)).getBytes(StandardCharsets.UTF_8));
    }

    private static SQSEvent.SQSMessage message(Map<?, ?> record) {
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId(text(record.get("messageId")));
        m.setReceiptHandle(text(record.get("receiptHandle")));
        m.setBody(text(record.get("body")));
        m.setEventSource(text(record.get("eventSource")));
        m.setEventSourceArn(text(record.get("eventSourceARN")));
        m.setAwsRegion(text(record.get("awsRegion")));
        Map<String, String> attributes = new LinkedHashMap<>();
        if (record.get("attributes") instanceof Map<?, ?> a) {
            a.forEach((k, v) -> attributes.put(String.valueOf(k), text(v)));
        }
        m.setAttributes(attributes);
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
