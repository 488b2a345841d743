package vn.gov.portal.articles.publish;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crac.Core;
import org.crac.Resource;
import vn.gov.portal.articles.ArticlesModule;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.QueueEvents;

/**
 * Publish function: SQS-delivered S3 events for objects under {@code incoming/}. Each message
 * succeeds or fails alone (partial batch failures, {@link SqsBatchHandler}): a failed one returns to
 * the queue and is retried, and on its last allowed receive the upload is marked rejected before SQS
 * moves the message to the dead-letter queue. The runtime calls it as a stream handler
 * ({@link QueueEvents}: its own event serializers are never loaded); tests and the local stack may
 * call the typed method.
 */
public final class PublishHandler extends SqsBatchHandler<String> implements RequestStreamHandler, Resource {

    private final UploadPublisher publisher;

    public PublishHandler() {
        this(Env.system());
    }

    public PublishHandler(Env env) {
        super(env.getInt("PUBLISH_MAX_ATTEMPTS", 5));
        this.publisher = new ArticlesModule(env).publisher();
        Core.getGlobalContext().register(this);
    }

    /** SnapStart priming: read an S3 test event and look up an upload that does not exist (reads only). */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        S3EventMessages.uploadIds("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\"}");
        publisher.publish("aaaaaaaaaaaaaaaaaaaaaaaaaa");
        try { // the event reader and writer, on an empty batch
            handleRequest(
                    new ByteArrayInputStream("{\"Records\":[]}".getBytes(StandardCharsets.UTF_8)),
                    OutputStream.nullOutputStream(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    @Override
    protected String expected() {
        return "an S3 event";
    }

    @Override
    protected List<String> items(SQSEvent.SQSMessage message) {
        return S3EventMessages.uploadIds(message.getBody());
    }

    @Override
    protected String handle(String uploadId) {
        return "upload " + uploadId + ": " + publisher.publish(uploadId);
    }

    @Override
    protected String describe(SQSEvent.SQSMessage message, String uploadId) {
        return "upload " + uploadId;
    }

    @Override
    protected void giveUp(String uploadId, int attempts) {
        publisher.giveUp(uploadId, "could not be published after " + attempts + " attempts; an operator was alerted");
    }

    @Override
    protected void afterBatch() {
        publisher.invalidateEdge(); // what the batch updated, in one invalidation
    }
}
