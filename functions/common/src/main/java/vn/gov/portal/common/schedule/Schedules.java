package vn.gov.portal.common.schedule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;
import software.amazon.awssdk.services.scheduler.model.Target;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.http.Editor;

/**
 * One-time EventBridge Scheduler schedules for timed publication and expiry: {@code
 * publish-<uploadId>} and {@code unpublish-<articleId>} in the template's schedule group, each
 * {@code at(...)} in UTC, delivering a small JSON message to the schedule queue (whose consumer
 * does the work), deleted by the service after firing. Creating a schedule that exists updates it,
 * so rescheduling is the same call; cancelling a missing one is not an error.
 */
public final class Schedules implements ScheduleStore {

    public static final String PUBLISH = "publish";
    public static final String UNPUBLISH = "unpublish";
    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final SchedulerClient scheduler;
    private final String group;
    private final Target.Builder target;

    public Schedules(SchedulerClient scheduler, String group, String queueArn, String roleArn, String deadLetterArn) {
        this.scheduler = scheduler;
        this.group = group;
        this.target = Target.builder()
                .arn(queueArn)
                .roleArn(roleArn)
                .deadLetterConfig(d -> d.arn(deadLetterArn))
                .retryPolicy(r -> r.maximumEventAgeInSeconds(86_400).maximumRetryAttempts(185));
    }

    /** The template's schedules (SCHEDULE_GROUP, SCHEDULE_QUEUE_ARN, SCHEDULER_ROLE_ARN, SCHEDULE_DLQ_ARN). */
    public static Schedules from(Env env, AwsClients aws) {
        return new Schedules(
                aws.build(SchedulerClient.builder()),
                env.require("SCHEDULE_GROUP"),
                env.require("SCHEDULE_QUEUE_ARN"),
                env.require("SCHEDULER_ROLE_ARN"),
                env.require("SCHEDULE_DLQ_ARN"));
    }

    /** Publishes the upload at {@code at}. */
    @Override
    public void publishAt(String uploadId, Instant at) {
        put(PUBLISH + "-" + uploadId, at, Map.of("action", PUBLISH, "uploadId", uploadId));
    }

    /** Unpublishes the article at {@code at}, in the name of the editor who set its expiry. */
    @Override
    public void unpublishAt(String articleId, Instant at, Editor editor) {
        Map<String, String> message = new LinkedHashMap<>();
        message.put("action", UNPUBLISH);
        message.put("articleId", articleId);
        message.put("editorSub", editor.subject());
        message.put("editorName", editor.name());
        if (editor.email() != null) {
            message.put("editorEmail", editor.email());
        }
        put(UNPUBLISH + "-" + articleId, at, message);
    }

    @Override
    public void cancelPublish(String uploadId) {
        delete(PUBLISH + "-" + uploadId);
    }

    @Override
    public void cancelUnpublish(String articleId) {
        delete(UNPUBLISH + "-" + articleId);
    }

    private void put(String name, Instant at, Map<String, String> message) {
        String expression = "at(" + AT.format(at.truncatedTo(ChronoUnit.SECONDS)) + ")";
        Target withInput = target.copy().input(Json.write(message)).build();
        try {
            scheduler.createSchedule(r -> r.name(name)
                    .groupName(group)
                    .scheduleExpression(expression)
                    .scheduleExpressionTimezone("UTC")
                    .flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                    .actionAfterCompletion(ActionAfterCompletion.DELETE)
                    .target(withInput));
        } catch (ConflictException exists) {
            scheduler.updateSchedule(r -> r.name(name)
                    .groupName(group)
                    .scheduleExpression(expression)
                    .scheduleExpressionTimezone("UTC")
                    .flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                    .actionAfterCompletion(ActionAfterCompletion.DELETE)
                    .target(withInput));
        }
    }

    private void delete(String name) {
        try {
            scheduler.deleteSchedule(r -> r.name(name).groupName(group));
        } catch (ResourceNotFoundException gone) {
            // fired and deleted, cancelled before, or never made
        }
    }
}
