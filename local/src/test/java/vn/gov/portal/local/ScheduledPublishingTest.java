package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import vn.gov.portal.common.Json;

/**
 * Timed publication and expiry on the local stack, whose scheduler fires the emulator's one-time
 * schedules into the template's schedule queue: an article dated a few seconds ahead is
 * {@code scheduled}, absent from the home page until its time and there after it; one with
 * {@code expiresAt} disappears then; a schedule delivered twice (or late) publishes once; a
 * schedule that fires while publishing fails is retried and then publishes; a scheduled upload
 * cancelled before its time never appears.
 */
class ScheduledPublishingTest extends PortalTest {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static String at(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), VIETNAM)
                .toString();
    }

    private static String source(String title, Instant publishedAt, Instant expiresAt) {
        return source(title, null, publishedAt, expiresAt);
    }

    private static String source(String title, String slug, Instant publishedAt, Instant expiresAt) {
        return "---\n" + (slug == null ? "" : "slug: " + slug + "\n") + "title: " + title + "\npublishedAt: "
                + at(publishedAt) + "\n" + (expiresAt == null ? "" : "expiresAt: " + at(expiresAt) + "\n")
                + "---\nNội dung hẹn giờ.\n";
    }

    /** Whole seconds, ten from now: time to upload and check a schedule before it fires. */
    private static Instant inTenSeconds() {
        return Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Uploads a source whose time is still to come; returns its upload id once it is scheduled. */
    private static String scheduled(String source) {
        String uploadId = editor.uploadArticle(source);
        assertThat(editor.awaitDone(uploadId)).containsEntry("status", "scheduled");
        return uploadId;
    }

    private static Map<String, Object> awaitPublished(String uploadId, String what) {
        return await(
                () -> editor.status(uploadId), s -> "published".equals(s.get("status")), Duration.ofSeconds(40), what);
    }

    @Test
    void anEditUploadedAsTheScheduleFiresUpdatesTheSameArticleOnce() {
        Instant publishAt = inTenSeconds();
        String slug = "thong-bao-sua-luc-dang-" + publishAt.getEpochSecond();
        String scheduled = scheduled(source("Bản đầu", slug, publishAt, null));
        EditorClient.sleep(
                Math.max(0, Duration.between(Instant.now(), publishAt).toMillis()));
        // its time has come: the edit is published at once, while the schedule fires
        String edit = editor.uploadArticle(source("Bản sửa", slug, publishAt, null));
        Map<String, Object> first = awaitPublished(scheduled, "the scheduled version published");
        Map<String, Object> second = awaitPublished(edit, "the edit published");
        assertThat(second.get("articleId")).as("one article, updated in place").isEqualTo(first.get("articleId"));
        String day = OffsetDateTime.ofInstant(publishAt, VIETNAM).toLocalDate().toString();
        String listed = http.get("/api/articles?date=" + day).body();
        assertThat(listed).containsOnlyOnce("\"slug\":\"" + slug + "\"");
        String page = http.get((String) second.get("url")).body();
        assertThat(page.contains("Bản đầu") ^ page.contains("Bản sửa"))
                .as("the page shows one version whole")
                .isTrue();
    }

    @Test
    void aNewVersionScheduledForTheSameArticleReplacesTheScheduledOne() {
        Instant first = Instant.now().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
        String slug = "thong-bao-doi-lich-" + first.getEpochSecond();
        String older = scheduled(source("Bản hẹn trước", slug, first, null));
        Instant later = first.plusSeconds(4);
        String newer = editor.uploadArticle(source("Bản hẹn sau", slug, later, null));
        assertThat(editor.awaitDone(newer))
                .containsEntry("status", "scheduled")
                .containsEntry("scheduledAt", later.toString());
        assertThat(editor.status(older)).as("replaced, its schedule gone").containsEntry("status", "discarded");
        Map<String, Object> published = awaitPublished(newer, "the new version published at its time");
        assertThat(Instant.now()).isAfterOrEqualTo(later);
        assertThat(editor.status(older)).containsEntry("status", "discarded");
        assertThat(http.get((String) published.get("url")).body())
                .contains("Bản hẹn sau")
                .doesNotContain("Bản hẹn trước");
        assertThat(audit()).anySatisfy(e -> assertThat(e.get("outcome")).isEqualTo("superseded"));
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> done, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            assertThat(System.nanoTime()).as(what + ", last seen " + value).isLessThan(deadline);
            EditorClient.sleep(200);
            value = probe.get();
        }
        return value;
    }

    @Test
    void aScheduledArticleAppearsAtItsTimeNotBeforeAndDisappearsWhenItExpires() {
        Instant publishAt = inTenSeconds();
        Instant expireAt = publishAt.plusSeconds(8);
        String title = "Thông báo hẹn giờ " + publishAt.getEpochSecond();
        String uploadId = editor.uploadArticle(source(title, publishAt, expireAt));
        Map<String, Object> status = editor.awaitDone(uploadId);
        assertThat(status).containsEntry("status", "scheduled").containsEntry("scheduledAt", publishAt.toString());
        assertThat(Instant.now())
                .as("scheduled well before its time (else the test proves nothing)")
                .isBefore(publishAt);
        assertThat(http.get("/").body()).doesNotContain(title);

        Map<String, Object> published = awaitPublished(uploadId, "published at its time");
        Instant seen = Instant.now();
        assertThat(seen).as("not before its time").isAfterOrEqualTo(publishAt);
        assertThat(http.get("/").body()).contains(title);
        String url = (String) published.get("url");
        assertThat(http.get(url).status()).isEqualTo(200);

        await(() -> http.get(url).status(), s -> s == 404, Duration.ofSeconds(40), "unpublished when it expires");
        assertThat(Instant.now()).as("not before its expiry").isAfterOrEqualTo(expireAt);
        assertThat(http.get("/").body()).doesNotContain(title);
        assertThat(audit()).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("article.expire");
            assertThat(e.get("target")).isEqualTo("article/" + published.get("articleId"));
            assertThat(((Map<?, ?>) e.get("editor")).get("email")).isEqualTo("editor@local");
        });
    }

    @Test
    void aScheduleDeliveredTwiceOrLatePublishesOnce() {
        Instant publishAt = inTenSeconds();
        String title = "Thông báo giao hai lần " + publishAt.getEpochSecond();
        String uploadId = scheduled(source(title, publishAt, null));
        String queue = portal.sqs()
                .getQueueUrl(r -> r.queueName(portal.deployment().physicalName("ScheduleQueue")))
                .queueUrl();
        String message = Json.write(Map.of("action", "publish", "uploadId", uploadId));
        Map<String, Object> published = awaitPublished(uploadId, "published at its time");
        for (int i = 0; i < 3; i++) { // late duplicates
            portal.sqs().sendMessage(r -> r.queueUrl(queue).messageBody(message));
        }
        EditorClient.sleep(3000);
        assertThat(editor.status(uploadId))
                .containsEntry("status", "published")
                .containsEntry("articleId", published.get("articleId"));
        assertThat(audit().stream()
                        .filter(e -> "published".equals(e.get("outcome"))
                                && ("article/" + published.get("articleId")).equals(e.get("target"))))
                .as("published once")
                .hasSize(1);
        assertThat(http.get("/api/articles?date="
                                + OffsetDateTime.ofInstant(publishAt, VIETNAM).toLocalDate())
                        .body())
                .containsOnlyOnce(title);
    }

    @Test
    void aScheduleThatFiresWhilePublishingFailsIsRetriedThenPublishes() {
        Instant publishAt = inTenSeconds();
        String title = "Thông báo thử lại " + publishAt.getEpochSecond();
        String uploadId = scheduled(source(title, publishAt, null));
        // the source goes missing (a delete marker): every publish attempt fails until it is back
        String bucket = portal.deployment().physicalName("UploadsBucket");
        String key = "incoming/" + uploadId;
        portal.s3().deleteObject(r -> r.bucket(bucket).key(key));
        await(
                () -> editor.status(uploadId),
                s -> "pending".equals(s.get("status")),
                Duration.ofSeconds(40),
                "released by its schedule, publishing failing");
        EditorClient.sleep(2500); // a retry or two fail meanwhile
        assertThat(editor.status(uploadId)).containsEntry("status", "pending");
        ObjectVersion marker = null;
        for (var m : portal.s3()
                .listObjectVersions(r -> r.bucket(bucket).prefix(key))
                .deleteMarkers()) {
            marker = ObjectVersion.builder()
                    .key(m.key())
                    .versionId(m.versionId())
                    .build();
        }
        String markerVersion = marker.versionId();
        portal.s3()
                .deleteObject(
                        r -> r.bucket(bucket).key(key).versionId(markerVersion)); // back, without a new upload event
        Map<String, Object> published = awaitPublished(uploadId, "published by a retry");
        assertThat(http.get((String) published.get("url")).status()).isEqualTo(200);
        assertThat(http.get("/").body()).contains(title);
    }

    @Test
    void aScheduleThatFailsEveryAttemptIsRejectedWithItsReasonNotLeftPending() {
        Instant publishAt = inTenSeconds();
        String title = "Thông báo không đăng được " + publishAt.getEpochSecond();
        String uploadId = scheduled(source(title, publishAt, null));
        String bucket = portal.deployment().physicalName("UploadsBucket");
        portal.s3().deleteObject(r -> r.bucket(bucket).key("incoming/" + uploadId)); // gone for good
        Map<String, Object> rejected = await(
                () -> editor.status(uploadId),
                s -> "rejected".equals(s.get("status")),
                Duration.ofSeconds(90),
                "given up after the last attempt");
        assertThat(String.valueOf(rejected.get("errors")))
                .contains("could not be published at its scheduled time after");
        assertThat(http.get("/").body()).doesNotContain(title);
    }

    @Test
    void aScheduledUploadCancelledBeforeItsTimeNeverAppears() {
        Instant publishAt = inTenSeconds();
        String title = "Thông báo bị hủy " + publishAt.getEpochSecond();
        String uploadId = scheduled(source(title, publishAt, null));
        assertThat(http.delete("/api/uploads/" + uploadId, "authorization", editor.bearer())
                        .status())
                .isEqualTo(204);
        // and should its schedule be delivered all the same (deleted too late), nothing is published
        String queue = portal.sqs()
                .getQueueUrl(r -> r.queueName(portal.deployment().physicalName("ScheduleQueue")))
                .queueUrl();
        portal.sqs()
                .sendMessage(r ->
                        r.queueUrl(queue).messageBody(Json.write(Map.of("action", "publish", "uploadId", uploadId))));
        EditorClient.sleep(Duration.between(Instant.now(), publishAt).toMillis() + 4000);
        assertThat(editor.status(uploadId)).containsEntry("status", "discarded");
        assertThat(http.get("/").body()).doesNotContain(title);
    }

    @Test
    void unpublishingAnArticleCancelsItsNextVersionScheduledForTheSameDay() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String slug = "thong-bao-go-bo-" + now.getEpochSecond();
        String liveTitle = "Bản đang đăng " + now.getEpochSecond();
        String live = editor.uploadArticle(source(liveTitle, slug, now, null));
        Map<String, Object> published = editor.awaitDone(live);
        assertThat(published).containsEntry("status", "published");
        String url = (String) published.get("url");
        Instant publishAt = inTenSeconds();
        String title = "Bản hẹn sau khi gỡ " + publishAt.getEpochSecond();
        String next = scheduled(source(title, slug, publishAt, null));
        assertThat(http.delete("/api/articles/" + published.get("articleId"), "authorization", editor.bearer())
                        .status())
                .isEqualTo(204);
        assertThat(editor.status(next))
                .as("cancelled by the takedown, as DELETE /api/uploads/{id} cancels it")
                .containsEntry("status", "discarded");

        EditorClient.sleep(Duration.between(Instant.now(), publishAt).toMillis() + 5000);
        assertThat(editor.status(next)).containsEntry("status", "discarded");
        assertThat(http.get(url).status()).isEqualTo(404);
        assertThat(http.get("/").body()).doesNotContain(title).doesNotContain(liveTitle);
        String day = OffsetDateTime.ofInstant(publishAt, VIETNAM).toLocalDate().toString();
        assertThat(http.get("/api/articles?date=" + day).body())
                .as("not back as a new article")
                .doesNotContain(slug);
        assertThat(audit()).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("schedule.cancel");
            assertThat(e.get("target")).isEqualTo("upload/" + next);
            assertThat(e.get("outcome")).isEqualTo("cancelled by takedown");
            assertThat(((Map<?, ?>) e.get("editor")).get("email")).isEqualTo("editor@local");
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> audit() {
        return (List<Map<String, Object>>) http.get("/api/audit?limit=100", "authorization", editor.bearer())
                .json()
                .get("items");
    }
}
