package vn.gov.portal.articles.publish;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import org.crac.Core;
import org.crac.Resource;
import vn.gov.portal.articles.ArticlesModule;
import vn.gov.portal.common.Env;

/**
 * Publish function: SQS-delivered S3 events for objects under {@code incoming/}. Each message
 * succeeds or fails alone (partial batch failures): a failed one returns to the queue and is
 * retried, and on its last allowed receive the upload is marked rejected before SQS moves the
 * message to the dead-letter queue.
 */
public final class PublishHandler extends SqsBatchHandler<String> implements Resource {

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
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // SDK clients reconnect on demand
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
