package vn.gov.portal.articles.publish;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.crac.Core;
import org.crac.Resource;
import vn.gov.portal.articles.ArticlesModule;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.QueueEvents;

/**
 * Publish function: SQS-delivered S3 events for objects under {@code incoming/}. Each message
 * succeeds or fails alone (partial batch failures): a failed one returns to the queue and is
 * retried, and on its last allowed receive the upload is marked rejected before SQS moves the
 * message to the dead-letter queue. The runtime calls it as a stream handler ({@link QueueEvents}:
 * its own event serializers are never loaded); tests and the local stack may call the typed method.
 */
public final class PublishHandler implements RequestStreamHandler, Resource {

    private final UploadPublisher publisher;
    private final int maxAttempts;

    public PublishHandler() {
        this(Env.system());
    }

    public PublishHandler(Env env) {
        this.publisher = new ArticlesModule(env).publisher();
        this.maxAttempts = env.getInt("PUBLISH_MAX_ATTEMPTS", 5);
        Core.getGlobalContext().register(this);
    }

    /** SnapStart priming: read an S3 test event and look up an upload that does not exist (reads only). */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        S3EventMessages.uploadIds("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\"}");
        publisher.publish("aaaaaaaaaaaaaaaaaaaaaaaaaa");
        try { // the event reader and writer, on an empty batch
            handleRequest(new java.io.ByteArrayInputStream("{\"Records\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    OutputStream.nullOutputStream(), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // SDK clients reconnect on demand
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        QueueEvents.write(handleRequest(QueueEvents.read(input), context), output);
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        try {
            publishEach(event, context, failures);
        } finally {
            publisher.invalidateEdge(); // what the batch updated, in one invalidation
        }
        return new SQSBatchResponse(failures);
    }

    private void publishEach(SQSEvent event, Context context, List<SQSBatchResponse.BatchItemFailure> failures) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            List<String> ids;
            try {
                ids = S3EventMessages.uploadIds(message.getBody());
            } catch (IllegalArgumentException notAnEvent) {
                log(context, "ignoring a message that is not an S3 event: " + message.getMessageId(), LogLevel.WARN);
                continue;
            }
            for (String uploadId : ids) {
                try {
                    UploadPublisher.Outcome outcome = publisher.publish(uploadId);
                    log(context, "upload " + uploadId + ": " + outcome, LogLevel.INFO);
                } catch (RuntimeException e) {
                    int attempt = receiveCount(message);
                    log(context, "upload " + uploadId + " failed (attempt " + attempt + " of " + maxAttempts + "): " + e,
                            e instanceof RetryLater ? LogLevel.WARN : LogLevel.ERROR);
                    if (attempt >= maxAttempts) {
                        giveUp(uploadId, attempt, context);
                    }
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                    break;
                }
            }
        }
    }

    private void giveUp(String uploadId, int attempts, Context context) {
        try {
            publisher.giveUp(uploadId, "could not be published after " + attempts + " attempts; an operator was alerted");
        } catch (RuntimeException e) {
            log(context, "could not mark upload " + uploadId + " rejected: " + e, LogLevel.ERROR);
        }
    }

    /** How many times SQS has handed this message over (the schedule function gives up by it too). */
    static int receiveCount(SQSEvent.SQSMessage message) {
        try {
            return Integer.parseInt(message.getAttributes().getOrDefault("ApproximateReceiveCount", "1"));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    private static void log(Context context, String message, LogLevel level) {
        if (context != null) {
            context.getLogger().log(message, level);
        }
    }
}
