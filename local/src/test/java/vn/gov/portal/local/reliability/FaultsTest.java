package vn.gov.portal.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.Dependencies;
import vn.gov.portal.local.EditorClient;
import vn.gov.portal.local.Emulator;
import vn.gov.portal.local.Http;
import vn.gov.portal.local.LocalPortal;
import vn.gov.portal.local.TestStack;
import vn.gov.portal.ratings.Caller;
import vn.gov.portal.ratings.HmacKeys;
import vn.gov.portal.ratings.RateLimiter;
import vn.gov.portal.ratings.RatingService;
import vn.gov.portal.ratings.store.RatingsTable;

/**
 * Faults the portal survives without losing anything: deliveries out of order, the storage
 * emulator going away and coming back, throttling and 5xx from DynamoDB, transaction conflicts on
 * votes. (Duplicate deliveries and poison messages: PublishPipelineTest.)
 */
class FaultsTest {

    private static final Map<String, Object> figures = new LinkedHashMap<>();
    private static final List<String> survived = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        figures.put("faultCases", survived);
    }

    @AfterAll
    static void report() {
        figures.put("faultCasesSurvived", survived.size());
        Figures.report("faults", figures);
    }

    // ------------------------------------------------------------------------ out-of-order deliveries

    @Test
    void uploadsOfOneSlugProcessedInReverseOrderPublishEachOnceAndTheLastProcessedWins() {
        try (LocalPortal portal = TestStack.portal()) {
            EditorClient editor = new EditorClient(portal);
            Http http = new Http(portal.baseUrl());
            byte[] first = source("Bản thứ nhất", "2021-06-01T08:00:00+07:00").getBytes(StandardCharsets.UTF_8);
            byte[] second = source("Bản thứ hai", "2021-06-01T09:00:00+07:00").getBytes(StandardCharsets.UTF_8);
            // Both uploads are signed in order (first, then second), but their objects, and so their
            // S3 events, arrive the other way round: the second is processed first.
            Map<String, Object> a = editor.requestUpload("article", "a.md", "text/markdown", first.length);
            Map<String, Object> b = editor.requestUpload("article", "b.md", "text/markdown", second.length);
            assertThat(editor.put((String) b.get("uploadUrl"), "text/markdown", second))
                    .isEqualTo(200);
            Map<String, Object> secondDone = editor.awaitDone((String) b.get("uploadId"));
            assertThat(editor.put((String) a.get("uploadUrl"), "text/markdown", first))
                    .isEqualTo(200);
            Map<String, Object> firstDone = editor.awaitDone((String) a.get("uploadId"));

            assertThat(secondDone).containsEntry("status", "published");
            assertThat(firstDone)
                    .containsEntry("status", "published")
                    .containsEntry("articleId", secondDone.get("articleId"));
            String articleId = (String) firstDone.get("articleId");
            Map<String, AttributeValue> item = article(portal, articleId);
            assertThat(item.get("sourceUploadId").s())
                    .as("the last processed upload")
                    .isEqualTo(a.get("uploadId"));
            assertThat(http.get("/api/articles/" + articleId).json()).containsEntry("title", "Bản thứ nhất");
            assertThat(http.get((String) firstDone.get("url")).body())
                    .contains("Bản thứ nhất")
                    .doesNotContain("Bản thứ hai");
            String updatedAt = item.get("updatedAt").s();

            // every event again, in the original order this time: each upload is settled, nothing is republished
            String bucket = portal.deployment().physicalName("UploadsBucket");
            String queue = portal.sqs()
                    .getQueueUrl(r -> r.queueName(portal.deployment().physicalName("UploadsQueue")))
                    .queueUrl();
            for (Map<String, Object> upload : List.of(a, b)) {
                portal.sqs()
                        .sendMessage(r ->
                                r.queueUrl(queue).messageBody(s3Event(bucket, "incoming/" + upload.get("uploadId"))));
            }
            awaitDrained(portal, queue);
            assertThat(article(portal, articleId).get("updatedAt").s())
                    .as("not republished")
                    .isEqualTo(updatedAt);
            assertThat(article(portal, articleId).get("sourceUploadId").s()).isEqualTo(a.get("uploadId"));
            assertThat(http.get("/api/articles?date=2021-06-01").body()).containsOnlyOnce("\"id\"");
            survived.add("out-of-order deliveries of one slug: each upload published once, the last processed wins");
            survived.add("redelivery of settled uploads: skipped, nothing republished");
        }
    }

    private static String source(String title, String publishedAt) {
        return "---\ntitle: " + title + "\nslug: mot-bai-hai-ban\npublishedAt: " + publishedAt + "\n---\n" + title
                + ".\n";
    }

    private static Map<String, AttributeValue> article(LocalPortal portal, String id) {
        return portal.dynamo()
                .getItem(r -> r.tableName(portal.deployment().physicalName("ArticlesTable"))
                        .consistentRead(true)
                        .key(Map.of("pk", AttributeValue.fromS("A#" + id), "sk", AttributeValue.fromS("A"))))
                .item();
    }

    private static String s3Event(String bucket, String key) {
        return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"ap-southeast-1\","
                + "\"eventTime\":\"" + Instant.now()
                + "\",\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"s3SchemaVersion\":\"1.0\","
                + "\"bucket\":{\"name\":\"" + bucket + "\"},\"object\":{\"key\":\"" + key + "\",\"size\":10}}}]}";
    }

    private static void awaitDrained(LocalPortal portal, String queue) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var attributes = portal.sqs()
                    .getQueueAttributes(r -> r.queueUrl(queue)
                            .attributeNamesWithStrings(
                                    "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                    .attributesAsStrings();
            if (attributes.values().stream().allMatch("0"::equals)) {
                return;
            }
            pause(200);
        }
        throw new AssertionError("queue not drained in 30 s");
    }

    // ------------------------------------------------------------------------ the emulator goes away

    @Test
    void withTheEmulatorStoppedTheApiAnswers503AndRecoversWithoutARestart() throws Exception {
        int port = freePort();
        Emulator emulator = TestStack.ownEmulator(port); // an external endpoint cannot be stopped
        LocalPortal portal = TestStack.portal(emulator);
        try {
            Http http = new Http(portal.baseUrl());
            String unknown = Ids.newId();
            Map<String, Function<Http, Http.Response>> routes = new LinkedHashMap<>();
            routes.put("GET /api/articles?date=", h -> h.get("/api/articles?date=2018-12-14"));
            routes.put("GET /api/articles/{id}/ratings", h -> h.get("/api/articles/" + unknown + "/ratings"));
            routes.put("POST /api/captchas", h -> h.post("/api/captchas", "", "x-forwarded-for", "198.51.100.77"));
            routes.put("GET /api/directives?latest=", h -> h.get("/api/directives?latest=5"));
            Map<String, Integer> healthy = new LinkedHashMap<>();
            routes.forEach((name, call) -> healthy.put(name, call.apply(http).status()));
            assertThat(healthy.values())
                    .as("warm, before the outage: " + healthy)
                    .allMatch(s -> s < 500);

            emulator.close(); // the storage goes away; the portal keeps running
            Map<String, Object> outage = new LinkedHashMap<>();
            for (var route : routes.entrySet()) {
                long started = System.nanoTime();
                Http.Response r = route.getValue().apply(http);
                long millis = (System.nanoTime() - started) / 1_000_000;
                outage.put(route.getKey(), r.status() + " in " + millis + " ms");
                assertThat(r.status()).as(route.getKey() + ": " + r.body()).isEqualTo(503);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.header("retry-after")).as("Retry-After").matches("[1-9][0-9]*");
                assertThat(r.body()).doesNotContain("Exception", "\tat ", "vn.gov.", "127.0.0.1:" + port);
            }
            assertThat(http.get("/api/health").status())
                    .as("no storage behind health")
                    .isEqualTo(200);

            emulator = TestStack.ownEmulator(port); // back on the same port, empty: no state kept
            portal.redeploy();
            Map<String, Integer> recovered = new LinkedHashMap<>();
            routes.forEach((name, call) -> recovered.put(name, call.apply(http).status()));
            assertThat(recovered).as("the same handler instances, reconnected").isEqualTo(healthy);
            figures.put("outageAnswers", outage);
            figures.put("afterRecovery", recovered);
            survived.add("emulator stopped: 503 problem+json with Retry-After on " + routes.size() + " storage routes");
            survived.add("emulator back: same answers as before the outage, no portal restart");
        } finally {
            portal.close();
            emulator.close();
        }
    }

    // ------------------------------------------------------------------------ throttling, 5xx, conflicts

    /** A stand-in DynamoDB endpoint over real HTTP that answers each call as the script says. */
    private static final class FakeDynamo implements AutoCloseable {
        record Call(String target, String body) {}

        final HttpServer server;
        final List<Call> calls = new CopyOnWriteArrayList<>();

        FakeDynamo(Function<Call, Object[]> script) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Call call = new Call(exchange.getRequestHeaders().getFirst("X-Amz-Target"), body);
                calls.add(call);
                Object[] answer = script.apply(call); // {status, json}
                byte[] bytes = ((String) answer[1]).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("content-type", "application/x-amz-json-1.0");
                exchange.sendResponseHeaders((int) answer[0], bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }

        DynamoDbClient client() {
            return AwsClients.from(Env.of(Map.of(
                            "AWS_REGION",
                            "ap-southeast-1",
                            "AWS_ACCESS_KEY_ID",
                            "x",
                            "AWS_SECRET_ACCESS_KEY",
                            "x",
                            "AWS_ENDPOINT_URL",
                            "http://127.0.0.1:" + server.getAddress().getPort())))
                    .build(DynamoDbClient.builder());
        }

        long count(String operation) {
            return calls.stream()
                    .filter(c -> c.target().endsWith("." + operation))
                    .count();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static final String ITEM =
            "{\"Item\":{\"pk\":{\"S\":\"A#x\"},\"sk\":{\"S\":\"A\"},\"title\":{\"S\":\"ok\"}}}";

    @Test
    void throttlingAndServerErrorsAreRetriedWithBackoffBySdkConfiguration() throws Exception {
        Map<String, Object> retried = new LinkedHashMap<>();
        for (Object[] failure : List.of(
                new Object[] {
                    "throttling",
                    400,
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\",\"message\":\"Rate exceeded\"}"
                },
                new Object[] {
                    "provisioned throughput",
                    400,
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\",\"message\":\"slow down\"}"
                },
                new Object[] {
                    "500",
                    500,
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"boom\"}"
                },
                new Object[] {
                    "503",
                    503,
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ServiceUnavailable\",\"message\":\"later\"}"
                })) {
            AtomicInteger n = new AtomicInteger();
            try (FakeDynamo fake = new FakeDynamo(call -> n.incrementAndGet() <= 2
                            ? new Object[] {failure[1], failure[2]}
                            : new Object[] {200, ITEM});
                    DynamoDbClient dynamo = fake.client()) {
                long started = System.nanoTime();
                var item = dynamo.getItem(r -> r.tableName("t")
                                .key(Map.of("pk", AttributeValue.fromS("A#x"), "sk", AttributeValue.fromS("A"))))
                        .item();
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertThat(item.get("title").s()).isEqualTo("ok");
                assertThat(fake.calls)
                        .as(failure[0] + ": two failures, then the success")
                        .hasSize(3);
                retried.put((String) failure[0], "3 attempts, " + millis + " ms");
                survived.add("DynamoDB " + failure[0] + " twice: retried with backoff, call succeeded");
            }
        }
        // past the SDK's attempts the error reaches the handler, which answers 503 (Dependencies.isUnavailable)
        try (FakeDynamo fake = new FakeDynamo(call -> new Object[] {
                    400,
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\",\"message\":\"Rate exceeded\"}"
                });
                DynamoDbClient dynamo = fake.client()) {
            assertThatThrownBy(() -> dynamo.getItem(r -> r.tableName("t").key(Map.of("pk", AttributeValue.fromS("x")))))
                    .satisfies(e -> assertThat(Dependencies.isUnavailable(e))
                            .as("a 503, not a 500")
                            .isTrue());
            retried.put("throttled on every attempt", fake.calls.size() + " attempts, then 503");
            survived.add("DynamoDB throttling on every attempt: a 503 with Retry-After, not a 500");
        }
        figures.put("sdkRetries", retried);
    }

    @Test
    void aTransactionConflictOnAVoteIsRetriedAndTheVoteCountedOnce() throws Exception {
        String articleId = Ids.newId();
        AtomicInteger transactions = new AtomicInteger();
        List<String> committed = new ArrayList<>();
        String aggregate = "{\"Item\":{\"pk\":{\"S\":\"A#" + articleId + "\"},\"sk\":{\"S\":\"A\"},"
                + "\"ratingCount\":{\"N\":\"%d\"},\"ratingSum\":{\"N\":\"%d\"},\"h4\":{\"N\":\"%d\"}}}";
        try (FakeDynamo fake = new FakeDynamo(call -> {
                    String op = call.target().substring(call.target().indexOf('.') + 1);
                    return switch (op) {
                        case "UpdateItem" -> new Object[] {200, "{}"}; // the rate counter
                        case "GetItem" ->
                            committed.isEmpty()
                                    ? new Object[] {200, aggregate.formatted(0, 0, 0)}
                                    : new Object[] {200, aggregate.formatted(1, 4, 1)};
                        case "TransactWriteItems" -> {
                            if (transactions.incrementAndGet() == 1) {
                                yield new Object[] {
                                    400,
                                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                                            + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for specific reasons "
                                            + "[None, None, TransactionConflict]\",\"CancellationReasons\":[{\"Code\":\"None\"},{\"Code\":\"None\"},"
                                            + "{\"Code\":\"TransactionConflict\",\"Message\":\"Transaction is ongoing for the item\"}]}"
                                };
                            }
                            committed.add(call.body());
                            yield new Object[] {200, "{}"};
                        }
                        default ->
                            new Object[] {
                                400,
                                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ValidationException\",\"message\":\"unexpected "
                                        + op + "\"}"
                            };
                    };
                });
                DynamoDbClient dynamo = fake.client()) {
            RatingsTable table = new RatingsTable(dynamo, "ratings", "articles");
            RatingService ratings = new RatingService(
                    table,
                    new HmacKeys(new byte[32]),
                    new RateLimiter(table, Clock.systemUTC(), 10),
                    Clock.systemUTC(),
                    1);
            RatingService.Summary summary = ratings.rate(
                    articleId,
                    Map.of("stars", 4, "captchaId", Ids.newId(), "captchaAnswer", "ACEHJ"),
                    new Caller("203.0.113.7", Optional.of("reader-token-0123456789abcdef"), false));

            assertThat(fake.count("TransactWriteItems"))
                    .as("the conflict, then the retry")
                    .isEqualTo(2);
            assertThat(committed).as("committed once").hasSize(1);
            assertThat(committed.getFirst()).contains("V#" + articleId, "\"stars\":{\"N\":\"4\"}");
            assertThat(summary.count()).isEqualTo(1);
            assertThat(summary.average()).isEqualTo(4.0);
            figures.put("voteTransactionAttempts", fake.count("TransactWriteItems"));
            figures.put("voteCommits", committed.size());
            survived.add("TransactionConflict on a vote: retried with jittered backoff, counted once");
        }
    }

    // ------------------------------------------------------------------------ helpers

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
