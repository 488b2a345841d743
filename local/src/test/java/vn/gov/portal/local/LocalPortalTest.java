package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sts.StsClient;
import vn.gov.portal.articles.edge.SiteEdge;

/** The local stack end to end over HTTP, and the resources it deploys from template.yaml. */
class LocalPortalTest extends PortalTest {

    @Test
    void healthAnswersOk() {
        var response = http.get("/api/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json()).isEqualTo(Map.of("status", "ok"));
    }

    @Test
    void unknownApiRouteIsApiGatewaysNotFound() {
        var response = http.get("/api/no-such-route");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json()).containsEntry("message", "Not Found");
        assertThat(http.post("/api/health", "{}").status())
                .as("method not routed")
                .isEqualTo(404);
    }

    @Test
    void sitePathsComeFromTheSiteBucket() {
        String bucket = portal.deployment().physicalName("SiteBucket");
        portal.s3()
                .putObject(
                        r -> r.bucket(bucket)
                                .key("tin-tuc/index.html")
                                .contentType("text/html; charset=utf-8")
                                .cacheControl("public, max-age=60"),
                        RequestBody.fromString("<h1>Tin tức</h1>", StandardCharsets.UTF_8));

        var page = http.get("/tin-tuc/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.header("cache-control")).isEqualTo("public, max-age=60");
        assertThat(page.body()).isEqualTo("<h1>Tin tức</h1>");

        var missing = http.get("/khong-co/trang.html");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang");
        assertThat(http.get("/../etc/passwd").status())
                .as("refused before the edge function could redirect it")
                .isEqualTo(400);
        assertThat(http.get("/../etc/passwd/").status()).isIn(400, 404);
        assertThat(http.get("/../etc/passwd.txt").status()).isIn(400, 404);
    }

    @Test
    void tablesAreCreatedFromTheTemplateWithTheirIndexes() {
        for (String id : portal.deployment()
                .template()
                .resourcesOfType("AWS::DynamoDB::Table")
                .keySet()) {
            TableDescription table = portal.dynamo()
                    .describeTable(r -> r.tableName(portal.deployment().physicalName(id)))
                    .table();
            assertThat(table.keySchema()).as(id).isNotEmpty();
            int declared = ((List<?>) portal.deployment()
                            .template()
                            .properties(id)
                            .getOrDefault("GlobalSecondaryIndexes", List.of()))
                    .size();
            assertThat(table.globalSecondaryIndexes()).as(id).hasSize(declared);
        }
    }

    @Test
    void uploadsQueueRedrivesToItsDeadLetterQueue() {
        String url = portal.sqs()
                .getQueueUrl(r -> r.queueName(portal.deployment().physicalName("UploadsQueue")))
                .queueUrl();
        String redrive = portal.sqs()
                .getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                .attributes()
                .get(QueueAttributeName.REDRIVE_POLICY);
        assertThat(redrive)
                .contains(portal.deployment().physicalName("UploadsDeadLetterQueue"))
                .containsPattern("\"maxReceiveCount\":\\s*5");
    }

    @Test
    void theUploadsBucketNotifiesTheUploadsQueueOfIncomingAndTheEdgeQueueOfInvalidationRequests() {
        // Delivery itself is exercised end to end by every publish test and EdgeInvalidationTest; here, the
        // configuration.
        String bucket = portal.deployment().physicalName("UploadsBucket");
        var queues = portal.s3()
                .getBucketNotificationConfiguration(r -> r.bucket(bucket))
                .queueConfigurations();
        assertThat(queues).hasSize(2);
        Map<String, String> prefixByQueue = new TreeMap<>();
        for (var q : queues) {
            assertThat(q.eventsAsStrings()).containsExactly("s3:ObjectCreated:*");
            prefixByQueue.put(
                    q.queueArn().substring(q.queueArn().lastIndexOf(':') + 1),
                    q.filter().key().filterRules().getFirst().value());
        }
        assertThat(prefixByQueue)
                .isEqualTo(Map.of(
                        portal.deployment().physicalName("UploadsQueue"), "incoming/",
                        portal.deployment().physicalName("EdgeInvalidationQueue"), "edge-invalidations/"));
    }

    @Test
    void everyArnNamesTheEndpointsOwnAccountAndRegion() {
        String account =
                portal.aws().build(StsClient.builder()).getCallerIdentity().account();
        assertThat(portal.deployment().account()).isEqualTo(account);
        // The redrive policy names the dead-letter queue by the ARN the emulator itself gives it.
        String dlq = portal.sqs()
                .getQueueUrl(r -> r.queueName(portal.deployment().physicalName("UploadsDeadLetterQueue")))
                .queueUrl();
        String dlqArn = portal.sqs()
                .getQueueAttributes(r -> r.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        assertThat(portal.deployment().queueArn("UploadsDeadLetterQueue")).isEqualTo(dlqArn);
        String url = portal.sqs()
                .getQueueUrl(r -> r.queueName(portal.deployment().physicalName("UploadsQueue")))
                .queueUrl();
        assertThat(portal.sqs()
                        .getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                        .attributes()
                        .get(QueueAttributeName.REDRIVE_POLICY))
                .contains(dlqArn);
    }

    @Test
    void feedAndSitemapLinksPointAtTheLocalSite() {
        // the SiteAssets custom resource recorded the site's address (its SiteUrl) for the publishers
        String recorded = portal.s3()
                .getObjectAsBytes(r -> r.bucket(portal.deployment().physicalName("UploadsBucket"))
                        .key(SiteEdge.KEY))
                .asUtf8String();
        assertThat(recorded).isEqualTo("{\"siteUrl\":\"" + portal.baseUrl() + "\"}");
        String id = editor.uploadArticle(
                "---\ntitle: Liên kết trên trang cục bộ\npublishedAt: 2021-03-04T08:00:00+07:00\n---\nNội dung.\n");
        assertThat(editor.awaitDone(id)).containsEntry("status", "published");
        String page = "/tin-tuc/2021/03/04/lien-ket-tren-trang-cuc-bo.html";
        for (String path : List.of("/rss.xml", "/sitemap.xml")) {
            var response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body())
                    .as(path)
                    .contains(portal.baseUrl() + "/")
                    .doesNotContain("local-", "https://127.0.0.1");
        }
        assertThat(http.get("/rss.xml").body()).contains(portal.baseUrl() + page);
    }
}
