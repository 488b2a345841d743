package vn.gov.portal.common.aws;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.portal.common.Json;

/**
 * Reads the S3 event notifications SQS delivers: the keys of created objects, decoded (keys
 * arrive URL-encoded, spaces as "+"). S3's {@code s3:TestEvent} and other events yield nothing.
 */
public final class S3Events {

    private S3Events() {}

    /** The keys of the objects created, in one SQS message body; {@link IllegalArgumentException} if it is not JSON. */
    @SuppressWarnings("unchecked")
    public static List<String> createdKeys(String body) {
        Map<String, Object> message;
        try {
            message = Json.readObject(body);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not an S3 event notification");
        }
        List<String> keys = new ArrayList<>();
        if (message.get("Records") instanceof List<?> records) {
            for (Object r : records) {
                Map<String, Object> record = (Map<String, Object>) r;
                if (!(record.get("eventName") instanceof String name) || !name.startsWith("ObjectCreated:")) {
                    continue;
                }
                Map<String, Object> s3 = (Map<String, Object>) record.get("s3");
                Map<String, Object> object = (Map<String, Object>) s3.get("object");
                keys.add(URLDecoder.decode(String.valueOf(object.get("key")), StandardCharsets.UTF_8));
            }
        }
        return keys;
    }
}
