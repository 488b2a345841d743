package vn.gov.portal.articles.publish;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.io.IOException;
import java.util.ArrayList;
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
public final class ScheduleHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final UploadsTable uploads;
    private final UploadPublisher publisher;
    private final int maxAttempts;
    private final ArticleUnpublisher unpublisher;
    private final AuditTrail audit;

    public ScheduleHandler() {
        this(Env.system());
    }

    public ScheduleHandler(Env env) {
        ArticlesModule module = new ArticlesModule(env);
        this.uploads = module.uploads();
        this.publisher = module.publisher();
        this.unpublisher = module.unpublisher();
        this.audit = module.audit();
        this.maxAttempts = env.getInt("PUBLISH_MAX_ATTEMPTS", 5);
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        try {
            handleEach(event, context, failures);
        } finally {
            publisher.invalidateEdge(); // scheduled updates of cached articles, in one invalidation (expiry invalidates as unpublishing does)
        }
        return new SQSBatchResponse(failures);
    }

    private void handleEach(SQSEvent event, Context context, List<SQSBatchResponse.BatchItemFailure> failures) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            Map<String, Object> body;
            try {
                body = Json.readObject(message.getBody());
            } catch (IOException | RuntimeException e) {
                log(context, "ignoring a message that is not a schedule's: " + message.getMessageId(), LogLevel.WARN);
                continue;
            }
            try {
                log(context, handle(body), LogLevel.INFO);
            } catch (RuntimeException e) {
                int attempt = PublishHandler.receiveCount(message);
                log(context, "schedule message " + message.getMessageId() + " failed (attempt " + attempt + " of " + maxAttempts
                        + "): " + e, LogLevel.WARN);
                if (attempt >= maxAttempts && Schedules.PUBLISH.equals(body.get("action")) && body.get("uploadId") instanceof String uploadId) {
                    giveUp(uploadId, attempt, context); // the message goes to the dead-letter queue; the editor sees why
                }
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
    }

    private String handle(Map<String, Object> body) {
        String action = String.valueOf(body.get("action"));
        if (Schedules.PUBLISH.equals(action) && body.get("uploadId") instanceof String uploadId && Ids.isWellFormed(uploadId)) {
            boolean released = uploads.releaseScheduled(uploadId);
            return "scheduled upload " + uploadId + (released ? " released: " : " (released before): ") + publisher.publish(uploadId);
        }
        if (Schedules.UNPUBLISH.equals(action) && body.get("articleId") instanceof String articleId && Ids.isWellFormed(articleId)) {
            try {
                Editor editor = new Editor(String.valueOf(body.get("editorSub")), (String) body.get("editorEmail"),
                        String.valueOf(body.get("editorName")));
                Article gone = unpublisher.delete(articleId, editor);
                audit.record(editor, "article.expire", "article/" + articleId, "unpublished", Map.of("url", gone.url(), "title", gone.title()));
                return "article " + articleId + " expired";
            } catch (DomainException.NotFound alreadyGone) {
                return "article " + articleId + " was already unpublished";
            }
        }
        return "ignored a message of no known schedule: " + body.keySet();
    }

    private void giveUp(String uploadId, int attempts, Context context) {
        try {
            publisher.giveUp(uploadId, "could not be published at its scheduled time after " + attempts + " attempts; an operator was alerted");
        } catch (RuntimeException e) {
            log(context, "could not mark upload " + uploadId + " rejected: " + e, LogLevel.ERROR);
        }
    }

    private static void log(Context context, String message, LogLevel level) {
        if (context != null) {
            context.getLogger().log(message, level);
        }
    }
}
