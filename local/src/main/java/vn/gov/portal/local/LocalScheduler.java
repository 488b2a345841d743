package vn.gov.portal.local;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;
import software.amazon.awssdk.services.scheduler.model.ScheduleSummary;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Fires the template's one-time schedules on the local stack as EventBridge Scheduler does on
 * AWS: every second it lists the schedule group's schedules in the emulator, and each whose
 * {@code at(...)} has come is delivered to its SQS target (the input as the message body) and,
 * with ActionAfterCompletion DELETE, deleted. MiniStack fires schedules itself too (every 10 s),
 * moto does not: on MiniStack a schedule may so be delivered twice, which the consumer must (and
 * does) take as once.
 */
final class LocalScheduler implements AutoCloseable {

    private static final Pattern AT = Pattern.compile("at\\((\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\)");

    private final SchedulerClient scheduler;
    private final SqsClient sqs;
    private final String group;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "local-scheduler");
        t.setDaemon(true);
        return t;
    });

    LocalScheduler(SchedulerClient scheduler, SqsClient sqs, String group, Clock clock) {
        this.scheduler = scheduler;
        this.sqs = sqs;
        this.group = group;
        this.clock = clock;
        timer.scheduleWithFixedDelay(this::fireDue, 1, 1, TimeUnit.SECONDS);
    }

    private void fireDue() {
        try {
            List<ScheduleSummary> schedules =
                    scheduler.listSchedulesPaginator(r -> r.groupName(group)).schedules().stream()
                            .toList();
            for (ScheduleSummary summary : schedules) {
                GetScheduleResponse schedule;
                try {
                    schedule = scheduler.getSchedule(r -> r.groupName(group).name(summary.name()));
                } catch (ResourceNotFoundException firedMeanwhile) {
                    continue;
                }
                Matcher at = AT.matcher(schedule.scheduleExpression());
                if (!at.matches()
                        || LocalDateTime.parse(at.group(1))
                                .toInstant(ZoneOffset.UTC)
                                .isAfter(Instant.now(clock))) {
                    continue;
                }
                String arn = schedule.target().arn();
                String queueName = arn.substring(arn.lastIndexOf(':') + 1);
                String url = sqs.getQueueUrl(r -> r.queueName(queueName)).queueUrl();
                sqs.sendMessage(
                        r -> r.queueUrl(url).messageBody(schedule.target().input()));
                if ("DELETE".equals(schedule.actionAfterCompletionAsString())) {
                    try {
                        scheduler.deleteSchedule(r -> r.groupName(group).name(summary.name()));
                    } catch (ResourceNotFoundException deletedMeanwhile) {
                        // the emulator fired it too
                    }
                }
            }
        } catch (RuntimeException e) {
            System.err.println(
                    "local scheduler: " + e); // the emulator went away, or a hiccup: the next tick tries again
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
