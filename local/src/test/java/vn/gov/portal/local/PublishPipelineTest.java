package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.store.UploadsTable;

/** The SQS side of publishing: duplicates, S3 test events and poison messages. */
class PublishPipelineTest extends PortalTest {

    private static String queueUrl;
    private static String deadLetterUrl;

    @BeforeAll
    static void start() {
        queueUrl = queueUrl("UploadsQueue");
        deadLetterUrl = queueUrl("UploadsDeadLetterQueue");
    }

    private static String queueUrl(String id) {
        return portal.sqs()
                .getQueueUrl(r -> r.queueName(portal.deployment().physicalName(id)))
                .queueUrl();
    }

    private static String s3Event(String key) {
        String bucket = portal.deployment().physicalName("UploadsBucket");
        return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"ap-southeast-1\","
                + "\"eventTime\":\"" + Instant.now()
                + "\",\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"s3SchemaVersion\":\"1.0\","
                + "\"bucket\":{\"name\":\"" + bucket + "\"},\"object\":{\"key\":\"" + key + "\",\"size\":10}}}]}";
    }

    private static int messages(String url) {
        Map<QueueAttributeName, String> a = portal.sqs()
                .getQueueAttributes(r -> r.queueUrl(url)
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private static void awaitDrained() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (messages(queueUrl) > 0 && System.nanoTime() < deadline) {
            EditorClient.sleep(200);
        }
        assertThat(messages(queueUrl)).as("uploads queue drained").isZero();
    }

    private static Map<String, AttributeValue> articleItem(String id) {
        String table = portal.deployment().physicalName("ArticlesTable");
        return portal.dynamo()
                .getItem(r -> r.tableName(table)
                        .consistentRead(true)
                        .key(Map.of("pk", AttributeValue.fromS("A#" + id), "sk", AttributeValue.fromS("A"))))
                .item();
    }

    @Test
    void duplicateDeliveriesOfOneEventPublishOnce() {
        String uploadId = editor.uploadArticle(ArticlesApiTest.source(
                "Tin gửi hai lần", "tin-gui-hai-lan", "2022-02-02T08:00:00+07:00", "Một lần thôi."));
        Map<String, Object> status = editor.awaitDone(uploadId);
        assertThat(status).containsEntry("status", "published");
        String updatedAt =
                articleItem((String) status.get("articleId")).get("updatedAt").s();

        // S3 delivers at least once: the same event again, twice, URL-encoded as S3 may send it.
        portal.sqs().sendMessage(r -> r.queueUrl(queueUrl).messageBody(s3Event("incoming/" + uploadId)));
        portal.sqs().sendMessage(r -> r.queueUrl(queueUrl).messageBody(s3Event("incoming%2F" + uploadId)));
        awaitDrained();

        assertThat(articleItem((String) status.get("articleId"))
                        .get("updatedAt")
                        .s())
                .as("not republished")
                .isEqualTo(updatedAt);
        assertThat(new Http(portal.baseUrl())
                        .get("/api/articles?date=2022-02-02")
                        .body())
                .containsOnlyOnce("\"id\"");
    }

    @Test
    void s3TestEventsAndForeignMessagesAreIgnored() {
        int deadBefore = messages(deadLetterUrl);
        portal.sqs()
                .sendMessage(
                        r -> r.queueUrl(queueUrl)
                                .messageBody(
                                        "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2024-01-01T00:00:00Z\",\"Bucket\":\"b\"}"));
        portal.sqs().sendMessage(r -> r.queueUrl(queueUrl).messageBody(s3Event("elsewhere/file.txt")));
        portal.sqs().sendMessage(r -> r.queueUrl(queueUrl).messageBody(s3Event("incoming/" + Ids.newId())));
        portal.sqs().sendMessage(r -> r.queueUrl(queueUrl).messageBody("not json at all"));
        awaitDrained();
        assertThat(messages(deadLetterUrl)).as("nothing dead-lettered").isEqualTo(deadBefore);
    }

    @Test
    void aPoisonMessageEndsInTheDeadLetterQueueAndItsUploadReadsRejected() {
        // An upload whose object never arrives: every attempt fails until maxReceiveCount.
        String uploadId = Ids.newId();
        new UploadsTable(portal.dynamo(), portal.deployment().physicalName("UploadsTable"))
                .create(
                        UploadsTable.Upload.builder()
                                .uploadId(uploadId)
                                .kind("article")
                                .filename("mat-tich.md")
                                .contentType("text/markdown")
                                .contentLength(10)
                                .key("incoming/" + uploadId)
                                .createdAt(Instant.now())
                                .requestedBy(new Editor(null, null, "editor@local"))
                                .build(),
                        Instant.now().plus(Duration.ofDays(1)));
        portal.sqs().sendMessage(r -> r.queueUrl(queueUrl).messageBody(s3Event("incoming/" + uploadId)));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"rejected".equals(editor.status(uploadId).get("status")) || messages(deadLetterUrl) == 0) {
            if (System.nanoTime() > deadline) {
                break;
            }
            EditorClient.sleep(500);
        }
        assertThat(messages(deadLetterUrl))
                .as("message moved to the dead-letter queue")
                .isPositive();
        Map<String, Object> status = editor.status(uploadId);
        assertThat(status).containsEntry("status", "rejected");
        assertThat(status.get("errors").toString()).contains("could not be published after 5 attempts");
    }
}
