package vn.gov.portal.articles.publish;

import java.util.List;
import vn.gov.portal.common.aws.S3Events;

/**
 * The upload ids of the objects created under {@code incoming/}, in one S3 event notification
 * SQS delivers ({@link S3Events}); S3's {@code s3:TestEvent} and anything else yield nothing.
 */
public final class S3EventMessages {

    static final String PREFIX = "incoming/";

    private S3EventMessages() {}

    /** Upload ids in one SQS message body; empty for test events and other messages. */
    public static List<String> uploadIds(String body) {
        return S3Events.createdKeys(body).stream()
                .filter(key -> key.startsWith(PREFIX) && key.indexOf('/', PREFIX.length()) < 0)
                .map(key -> key.substring(PREFIX.length()))
                .toList();
    }
}
