package vn.gov.portal.articles.publish;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import vn.gov.portal.articles.ArticleUnpublisher;
import vn.gov.portal.articles.ArticlesModule;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.schedule.Schedules;
import vn.gov.portal.common.store.UploadsTable;

/**
 * Schedule function: SQS-delivered messages of the one-time schedules ({@link Schedules}).
 * {@code publish}: releases the scheduled upload (a conditional write: a second or late firing
 * changes nothing) and publishes it; {@code unpublish}: the article expires. A failure returns the
 * message to the queue, which delivers it again (then the dead-letter queue, with an alarm).
 */
public final class ScheduleHandler extends SqsBatchHandler<Map<String, Object>>
        implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final UploadsTable uploads;
    private final UploadPublisher publisher;
    private final ArticleUnpublisher unpublisher;
    private final AuditTrail audit;

    public ScheduleHandler() {
        this(Env.system());
    }

    public ScheduleHandler(Env env) {
        super(env.getInt("PUBLISH_MAX_ATTEMPTS", 5));
        ArticlesModule module = new ArticlesModule(env);
        this.uploads = module.uploads();
        this.publisher = module.publisher();
        this.unpublisher = module.unpublisher();
        this.audit = module.audit();
    }

    @Override
    protected String expected() {
        return "a schedule's";
    }

    @Override
    protected List<Map<String, Object>> items(SQSEvent.SQSMessage message) {
        try {
            return List.of(Json.readObject(message.getBody()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a schedule's message", e);
        }
    }

    @Override
    protected String handle(Map<String, Object> body) {
        String action = String.valueOf(body.get("action"));
        if (Schedules.PUBLISH.equals(action)
                && body.get("uploadId") instanceof String uploadId
                && Ids.isWellFormed(uploadId)) {
            boolean released = uploads.releaseScheduled(uploadId);
            return "scheduled upload " + uploadId + (released ? " released: " : " (released before): ")
                    + publisher.publish(uploadId);
        }
        if (Schedules.UNPUBLISH.equals(action)
                && body.get("articleId") instanceof String articleId
                && Ids.isWellFormed(articleId)) {
            try {
                Editor editor = new Editor(
                        String.valueOf(body.get("editorSub")),
                        (String) body.get("editorEmail"),
                        String.valueOf(body.get("editorName")));
                Article gone = unpublisher.delete(articleId, editor);
                audit.record(
                        editor,
                        "article.expire",
                        "article/" + articleId,
                        "unpublished",
                        Map.of("url", gone.url(), "title", gone.title()));
                return "article " + articleId + " expired";
            } catch (DomainException.NotFound alreadyGone) {
                return "article " + articleId + " was already unpublished";
            }
        }
        return "ignored a message of no known schedule: " + body.keySet();
    }

    @Override
    protected String describe(SQSEvent.SQSMessage message, Map<String, Object> body) {
        return "schedule message " + message.getMessageId();
    }

    /** A scheduled publication that keeps failing: the message goes to the dead-letter queue; the editor sees why. */
    @Override
    protected void giveUp(Map<String, Object> body, int attempts) {
        if (Schedules.PUBLISH.equals(body.get("action")) && body.get("uploadId") instanceof String uploadId) {
            publisher.giveUp(
                    uploadId,
                    "could not be published at its scheduled time after " + attempts
                            + " attempts; an operator was alerted");
        }
    }

    @Override
    protected void afterBatch() {
        publisher.invalidateEdge(); // scheduled updates of cached articles, in one invalidation (expiry invalidates as
        // unpublishing does)
    }
}
