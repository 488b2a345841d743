package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.InvalidationSummary;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Takedowns and corrections leave the edge at once: the functions that change pages write an
 * invalidation request to the uploads bucket, S3 notifies EdgeInvalidationQueue, and
 * InvalidateEdgeFunction sends CreateInvalidation to the emulator's CloudFront (the distribution
 * the local stack created from template.yaml, named in its environment as on AWS); this test
 * reads the invalidations back through the SDK, as an operator would with
 * {@code aws cloudfront list-invalidations}.
 */
class EdgeInvalidationTest extends PortalTest {

    private static CloudFrontClient cloudFront;

    @BeforeAll
    static void start() {
        cloudFront = portal.cloudFront();
    }

    @AfterAll
    static void stop() {
        cloudFront.close();
    }

    @Test
    void unpublishingInvalidatesThePageItsDayTheMonthsSitemapTheHomePageAndTheFeed() {
        String id = publish("Thông báo sẽ được gỡ", "thong-bao-se-duoc-go", "2019-05-06T09:00:00+07:00", null);
        String url = "/tin-tuc/2019/05/06/thong-bao-se-duoc-go.html";
        assertThat(http.get(url).status()).isEqualTo(200);

        List<Set<String>> sent = invalidationsDuring(
                () -> assertThat(http.delete("/api/articles/" + id, "authorization", editor.bearer())
                                .status())
                        .isEqualTo(204));

        assertThat(sent)
                .as("one batched invalidation")
                .containsExactly(Set.of("/tin-tuc/*", "/sitemaps/2019-05.xml", "/", "/index.html", "/rss.xml"));
        assertThat(http.get(url).status()).isEqualTo(404);
    }

    @Test
    void anUpdateInPlaceInvalidatesTheSamePaths() {
        publish("Lịch tiếp công dân tháng 6", "lich-tiep-cong-dan", "2019-06-03T08:00:00+07:00", null);

        List<Set<String>> sent = invalidationsDuring(() -> publish(
                "Lịch tiếp công dân tháng 6 (đã đính chính)", "lich-tiep-cong-dan", "2019-06-03T08:00:00+07:00", null));

        assertThat(sent).containsExactly(Set.of("/tin-tuc/*", "/sitemaps/2019-06.xml", "/", "/index.html", "/rss.xml"));
    }

    @Test
    void anUpdateThatMovesTheArticleToAnotherMonthCoversBothPlaces() {
        String id = publish("Kế hoạch tập huấn", "ke-hoach-tap-huan", "2019-07-31T08:00:00+07:00", null);

        List<Set<String>> sent = invalidationsDuring(
                () -> publish("Kế hoạch tập huấn", "ke-hoach-tap-huan", "2019-08-01T08:00:00+07:00", id));

        assertThat(sent)
                .containsExactly(Set.of(
                        "/tin-tuc/*",
                        "/sitemaps/2019-07.xml",
                        "/sitemaps/2019-08.xml",
                        "/",
                        "/index.html",
                        "/rss.xml"));
    }

    @Test
    void aNewArticleInvalidatesNothing() {
        // its page was never cached; home, feed and day archive show it when their max-age (300 s) ends
        assertThat(invalidationsDuring(
                        () -> publish("Tin mới hoàn toàn", "tin-moi-hoan-toan", "2019-09-09T08:00:00+07:00", null)))
                .isEmpty();
    }

    @Test
    void anExpiryIsATakedownAndInvalidatesAsUnpublishingDoes() {
        // expiresAt a few seconds ahead: the schedule function unpublishes it (docs/editorial-workflow.md)
        String expiresAt = OffsetDateTime.now(ZoneOffset.ofHours(7))
                .plusSeconds(3)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        String url = "/tin-tuc/2019/10/07/thong-bao-het-han.html";
        Set<String> before = invalidationIds();
        publish(
                "Thông báo hết hạn",
                "thong-bao-het-han",
                "2019-10-07T08:00:00+07:00",
                null,
                "expiresAt: " + expiresAt + "\n");
        for (int i = 0;
                i < 120 && (http.get(url).status() != 404 || invalidationIds().size() == before.size());
                i++) {
            EditorClient.sleep(500);
        }
        awaitRequestsHandled();
        assertThat(http.get(url).status()).as("expired").isEqualTo(404);
        List<Set<String>> sent = invalidationIds().stream()
                .filter(id -> !before.contains(id))
                .map(id -> Set.copyOf(cloudFront
                        .getInvalidation(
                                r -> r.distributionId(portal.distributionId()).id(id))
                        .invalidation()
                        .invalidationBatch()
                        .paths()
                        .items()))
                .toList();
        assertThat(sent).containsExactly(Set.of("/tin-tuc/*", "/sitemaps/2019-10.xml", "/", "/index.html", "/rss.xml"));
    }

    private static String publish(String title, String slug, String publishedAt, String id) {
        return publish(title, slug, publishedAt, id, "");
    }

    /** Publishes through the upload path, with more front matter lines; returns the article's id. */
    private static String publish(String title, String slug, String publishedAt, String id, String more) {
        String source = "---\ntitle: " + title + "\nslug: " + slug + "\npublishedAt: " + publishedAt + "\n"
                + (id == null ? "" : "id: " + id + "\n") + more + "---\nNội dung.\n";
        Map<String, Object> status = editor.awaitDone(editor.uploadArticle(source));
        assertThat(status).as(status.toString()).containsEntry("status", "published");
        return (String) status.get("articleId");
    }

    /**
     * The path sets of the invalidations the distribution received for what {@code action} did:
     * once the publish function has finished its batch (it requests after settling the upload)
     * and InvalidateEdgeFunction every request it wrote (the local event source mapping deletes a
     * message once the function has returned).
     */
    private static List<Set<String>> invalidationsDuring(Runnable action) {
        Set<String> before = invalidationIds();
        action.run();
        awaitRequestsHandled();
        List<Set<String>> sent = new ArrayList<>();
        for (String id : invalidationIds()) {
            if (!before.contains(id)) {
                sent.add(Set.copyOf(cloudFront
                        .getInvalidation(
                                r -> r.distributionId(portal.distributionId()).id(id))
                        .invalidation()
                        .invalidationBatch()
                        .paths()
                        .items()));
            }
        }
        return sent;
    }

    private static void awaitRequestsHandled() {
        for (String queue :
                List.of("UploadsQueue", "EdgeInvalidationQueue")) { // in this order: the first feeds the second
            String url = portal.sqs()
                    .getQueueUrl(r -> r.queueName(portal.deployment().physicalName(queue)))
                    .queueUrl();
            for (int i = 0;
                    i < 120
                            && !portal
                                    .sqs()
                                    .getQueueAttributes(r -> r.queueUrl(url)
                                            .attributeNames(
                                                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                                    .attributes()
                                    .values()
                                    .stream()
                                    .allMatch("0"::equals);
                    i++) {
                EditorClient.sleep(250);
            }
        }
    }

    private static Set<String> invalidationIds() {
        return cloudFront.listInvalidationsPaginator(r -> r.distributionId(portal.distributionId())).stream()
                .flatMap(page -> page.invalidationList().items().stream())
                .map(InvalidationSummary::id)
                .collect(Collectors.toSet());
    }
}
