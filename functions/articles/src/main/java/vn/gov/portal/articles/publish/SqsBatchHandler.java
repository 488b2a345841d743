package vn.gov.portal.articles.publish;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * An SQS-triggered function with partial batch failures (the publish and schedule functions).
 * Each message is read into its items; a message that is not one of ours is logged and dropped (no
 * retry could fix it). Items are handled in order; the first that fails stops its message, which is
 * reported failed so SQS delivers it again, and on its last allowed receive the item is given up
 * first (the editor sees why) before SQS moves the message to the dead-letter queue. After the
 * batch, whatever happened, {@link #afterBatch} runs. A subclass names its Lambda interface: the typed
 * {@link #handleRequest} is {@code RequestHandler}'s, a stream handler reads and writes around it.
 */
public abstract class SqsBatchHandler<T> {

    private final int maxAttempts;

    protected SqsBatchHandler(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** What the messages should be, for the log line of one that is not ("an S3 event"). */
    protected abstract String expected();

    /** The message's items; an IllegalArgumentException for a message that is not one of ours. */
    protected abstract List<T> items(SQSEvent.SQSMessage message);

    /** Handles one item; returns what to log. */
    protected abstract String handle(T item);

    /** Names an item in the log line of its failure. */
    protected abstract String describe(SQSEvent.SQSMessage message, T item);

    /** The item failed on its message's last allowed receive. */
    protected abstract void giveUp(T item, int attempts);

    /** Runs once after each batch, also when it failed. */
    protected abstract void afterBatch();

    public final SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        try {
            for (SQSEvent.SQSMessage message : event.getRecords()) {
                if (!handleMessage(message, context)) {
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                }
            }
        } finally {
            afterBatch();
        }
        return new SQSBatchResponse(failures);
    }

    /** False when the message must be delivered again. */
    private boolean handleMessage(SQSEvent.SQSMessage message, Context context) {
        List<T> items;
        try {
            items = items(message);
        } catch (IllegalArgumentException notOurs) {
            log(context, "ignoring a message that is not " + expected() + ": " + message.getMessageId(), LogLevel.WARN);
            return true;
        }
        for (T item : items) {
            try {
                log(context, handle(item), LogLevel.INFO);
            } catch (RuntimeException e) {
                int attempt = receiveCount(message);
                log(
                        context,
                        describe(message, item) + " failed (attempt " + attempt + " of " + maxAttempts + "): " + e,
                        e instanceof RetryLater ? LogLevel.WARN : LogLevel.ERROR);
                if (attempt >= maxAttempts) {
                    try {
                        giveUp(item, attempt);
                    } catch (RuntimeException notMarked) {
                        log(context, "could not give up " + describe(message, item) + ": " + notMarked, LogLevel.ERROR);
                    }
                }
                return false;
            }
        }
        return true;
    }

    /** How many times SQS has handed this message over. */
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
