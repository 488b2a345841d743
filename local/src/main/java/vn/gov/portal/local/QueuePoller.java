package vn.gov.portal.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import vn.gov.portal.common.Json;

/**
 * The SQS event source mapping, as Lambda runs it: long-poll the queue, hand a batch to the
 * function as an {@link SQSEvent}, delete what succeeded, and leave failures (the batch item
 * failures it reports, or the whole batch when it throws) on the queue, where SQS's redrive
 * policy moves them to the dead-letter queue after {@code maxReceiveCount} receives.
 *
 * <p>Like Lambda, it runs up to the mapping's MaximumConcurrency batches at once: one poller
 * thread per concurrent batch, each with its own instance of the function (its own
 * "container"), so races between concurrent publishes happen here as they would on AWS.
 *
 * <p>Local differences: a failed message becomes visible again after {@link #RETRY_DELAY_SECONDS}
 * rather than the queue's full visibility timeout, so retries show up while you watch; and the
 * poller short-polls with a pause instead of long-polling, since the local moto answers one
 * request at a time and a long poll would hold everyone else up.
 */
public final class QueuePoller implements AutoCloseable {

    static final int RETRY_DELAY_SECONDS = 2;
    private static final long IDLE_PAUSE_MILLIS = 250;

    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final String region;
    private final int batchSize;
    private final boolean reportsBatchItemFailures;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /** One poller thread per container: {@code containers.size()} batches at once. */
    public QueuePoller(
            SqsClient sqs,
            String queueUrl,
            String queueArn,
            String region,
            int batchSize,
            boolean reportsBatchItemFailures,
            List<LocalFunction<SQSEvent, SQSBatchResponse>> containers) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.region = region;
        this.batchSize = Math.min(10, batchSize);
        this.reportsBatchItemFailures = reportsBatchItemFailures;
        for (int i = 0; i < containers.size(); i++) {
            LocalFunction<SQSEvent, SQSBatchResponse> function = containers.get(i);
            threads.add(Thread.ofPlatform()
                    .daemon()
                    .name("sqs-" + function.name() + "-" + (i + 1))
                    .start(() -> loop(function)));
        }
    }

    private void loop(LocalFunction<SQSEvent, SQSBatchResponse> function) {
        while (running) {
            try {
                pollOnce(function);
            } catch (RuntimeException e) {
                if (running) {
                    System.out.println("sqs poller " + function.name() + ": " + e.getMessage());
                    sleep(1000);
                }
            }
        }
    }

    /** One receive-invoke-delete cycle; returns how many messages it handled. */
    int pollOnce(LocalFunction<SQSEvent, SQSBatchResponse> function) {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl)
                        .maxNumberOfMessages(batchSize)
                        .waitTimeSeconds(0)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All"))
                .messages();
        if (messages.isEmpty()) {
            sleep(IDLE_PAUSE_MILLIS);
            return 0;
        }
        Set<String> failed = new HashSet<>();
        long started = System.nanoTime();
        try {
            SQSEvent event = function.inputSerializer().fromJson(Json.write(event(messages)));
            SQSBatchResponse response = function.invoke(event);
            if (reportsBatchItemFailures && response != null && response.getBatchItemFailures() != null) {
                response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
            }
        } catch (RuntimeException | Error e) {
            System.out.println(function.name() + " failed on a batch of " + messages.size() + ": " + e);
            messages.forEach(m -> failed.add(m.messageId()));
        }
        List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
        for (Message m : messages) {
            if (failed.contains(m.messageId())) {
                sqs.changeMessageVisibility(r ->
                        r.queueUrl(queueUrl).receiptHandle(m.receiptHandle()).visibilityTimeout(RETRY_DELAY_SECONDS));
            } else {
                done.add(DeleteMessageBatchRequestEntry.builder()
                        .id(m.messageId())
                        .receiptHandle(m.receiptHandle())
                        .build());
            }
        }
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(done));
        }
        System.out.printf(
                "%s SQS %s batch=%d failed=%d %dms%n",
                Instant.now(),
                function.name(),
                messages.size(),
                failed.size(),
                (System.nanoTime() - started) / 1_000_000);
        return messages.size();
    }

    private Map<String, Object> event(List<Message> messages) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Message m : messages) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("messageId", m.messageId());
            record.put("receiptHandle", m.receiptHandle());
            record.put("body", m.body());
            Map<String, String> attributes = new LinkedHashMap<>();
            m.attributes().forEach((k, v) -> attributes.put(k.toString(), v));
            record.put("attributes", attributes);
            record.put("messageAttributes", Map.of());
            record.put("md5OfBody", m.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", queueArn);
            record.put("awsRegion", region);
            records.add(record);
        }
        return Map.of("Records", records);
    }

    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
