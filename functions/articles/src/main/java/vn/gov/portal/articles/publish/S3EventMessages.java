package vn.gov.portal.articles.publish;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.portal.common.Json;

/**
 * Reads the S3 event notifications SQS delivers: the upload ids of created objects under
 * {@code incoming/}. S3's {@code s3:TestEvent} and anything else yield nothing. Keys arrive
 * URL-encoded (spaces as "+").
 */
public final class S3EventMessages {

    static final String PREFIX = "incoming/";

    private S3EventMessages() {}

    /** Upload ids in one SQS message body; empty for test events and other messages. */
    @SuppressWarnings("unchecked")
    public static List<String> uploadIds(String body) {
        Map<String, Object> message;
        try {
            message = Json.readObject(body);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not an S3 event notification");
        }
        if ("s3:TestEvent".equals(message.get("Event"))) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        if (message.get("Records") instanceof List<?> records) {
            for (Object r : records) {
                Map<String, Object> record = (Map<String, Object>) r;
                if (!(record.get("eventName") instanceof String name) || !name.startsWith("ObjectCreated:")) {
                    continue;
                }
                Map<String, Object> s3 = (Map<String, Object>) record.get("s3");
                Map<String, Object> object = (Map<String, Object>) s3.get("object");
                String key = URLDecoder.decode(String.valueOf(object.get("key")), StandardCharsets.UTF_8);
                if (key.startsWith(PREFIX) && key.indexOf('/', PREFIX.length()) < 0) {
                    ids.add(key.substring(PREFIX.length()));
                }
            }
        }
        return ids;
    }
}
