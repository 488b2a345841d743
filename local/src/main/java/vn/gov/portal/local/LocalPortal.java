package vn.gov.portal.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sts.StsClient;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.ConsoleConfig;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.S3Clients;

/**
 * The whole product on one machine: emulator, resources from template.yaml, every function in
 * this JVM behind one HTTP origin, the SQS event source mapping and an editor token.
 * {@code ./run} starts {@link #main}; the end-to-end tests start it in-process.
 */
public final class LocalPortal implements AutoCloseable {

    /** The region when AWS_REGION names none (the ministry's nearest: Singapore). */
    public static final String REGION = "ap-southeast-1";

    private final Emulator emulator;
    private final boolean ownsEmulator;
    private final LocalDeployment deployment;
    private final AwsClients aws;
    private final Gateway gateway;
    private final Supplier<Gateway> directApi;
    private Gateway direct;
    private final List<QueuePoller> pollers = new ArrayList<>();
    private final List<LocalScheduler> schedulers = new ArrayList<>();
    private final LocalJwt jwt;
    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final SqsClient sqs;

    /**
     * How to start: where the project is, which port (0: any free one), which stack name, which
     * emulator (null: start one), and where an emulator it starts keeps its state between runs
     * (null: in memory only).
     */
    public record Options(
            Path projectRoot, String host, int port, String stackName, Emulator emulator, Clock clock, Path stateDir) {
        public Options(Path projectRoot, String host, int port, String stackName, Emulator emulator, Clock clock) {
            this(projectRoot, host, port, stackName, emulator, clock, null);
        }

        /** {@code ./run}: PORT or 3000, state kept in .local/state unless {@code --fresh} emptied it. */
        public static Options fromEnvironment(boolean fresh) {
            Path root = Path.of(System.getProperty("portal.root", "."))
                    .toAbsolutePath()
                    .normalize();
            int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "3000"));
            Path state = root.resolve(STATE_DIR);
            if (fresh) {
                deleteTree(state);
            }
            return new Options(root, "127.0.0.1", port, "portal-local", null, Clock.systemUTC(), state);
        }
    }

    /** Where {@code ./run} keeps the emulator's state (tables, objects, queues, secrets) between runs. */
    public static final String STATE_DIR = ".local/state";

    private LocalPortal(Options options) {
        this.ownsEmulator = options.emulator() == null;
        this.emulator = ownsEmulator
                ? Emulator.start(options.projectRoot(), Optional.ofNullable(options.stateDir()))
                : options.emulator();
        this.aws = AwsClients.from(Env.of(baseEnvironment(emulator)));
        int port = options.port() == 0 ? Emulator.freePort() : options.port();
        this.deployment = new LocalDeployment(
                        Template.load(options.projectRoot().resolve("template.yaml")),
                        options.stackName(),
                        aws.region().id(),
                        account(aws))
                .servedAt("http://" + options.host() + ":" + port);
        this.dynamo = aws.build(DynamoDbClient.builder());
        this.s3 = S3Clients.client(aws);
        this.sqs = aws.build(SqsClient.builder());
        redeploy();
        SchedulerClient scheduler = aws.build(SchedulerClient.builder());
        for (String group : deployment
                .template()
                .resourcesOfType("AWS::Scheduler::ScheduleGroup")
                .keySet()) {
            schedulers.add(new LocalScheduler(scheduler, sqs, deployment.physicalName(group), options.clock()));
        }
        Map<String, String> originHeaders;
        try (SecretsManagerClient secrets = aws.build(SecretsManagerClient.builder())) {
            originHeaders = OriginHeaders.of(deployment, secrets);
        }
        this.jwt = new LocalJwt(options.clock());

        List<Gateway.Route> routes = new ArrayList<>();
        for (Template.ApiRoute route : deployment.template().apiRoutes()) {
            routes.add(Gateway.Route.of(
                    route,
                    LocalFunction.load(
                            route.functionId(),
                            deployment.functionArn(route.functionId()),
                            route.handler(),
                            functionEnv(route.functionId()),
                            APIGatewayV2HTTPEvent.class,
                            APIGatewayV2HTTPResponse.class,
                            timeout(route.functionId()),
                            memory(route.functionId()))));
        }
        CustomResources.create(deployment, this::functionEnv);
        String siteBucket = deployment.physicalName(siteBucketId());
        SiteBehaviour siteBehaviour = SiteBehaviour.of(deployment.template());
        this.gateway = new Gateway(
                options.host(),
                port,
                routes,
                jwt,
                s3,
                siteBucket,
                siteBehaviour,
                deployment.account(),
                options.clock(),
                originHeaders);
        this.directApi = () -> new Gateway(
                options.host(),
                0,
                routes,
                jwt,
                s3,
                siteBucket,
                siteBehaviour,
                deployment.account(),
                options.clock(),
                Map.of());
        LocalOAuth oauth = new LocalOAuth(jwt, "http://" + options.host() + ":" + port, options.clock());
        oauth.mountOn(gateway);
        s3.putObject(
                r -> r.bucket(siteBucket)
                        .key(ConsoleConfig.PATH.substring(1))
                        .contentType("application/json; charset=utf-8")
                        .cacheControl("no-cache"),
                RequestBody.fromString(Json.write(oauth.consoleConfig())));
        // the template's CORS rule on the uploads bucket, for this origin: the console PUTs to signed URLs
        s3.putBucketCors(r -> r.bucket(deployment.physicalName("UploadsBucket"))
                .corsConfiguration(c -> c.corsRules(rule -> rule.allowedMethods("PUT")
                        .allowedOrigins("http://" + options.host() + ":" + port)
                        .allowedHeaders("content-type")
                        .maxAgeSeconds(3600))));

        for (Template.QueueSource source : deployment.template().queueSources()) {
            String queueName = deployment.physicalName(source.queueId());
            String url = sqs.getQueueUrl(r -> r.queueName(queueName)).queueUrl();
            String arn = deployment.queueArn(source.queueId());
            List<LocalFunction<SQSEvent, SQSBatchResponse>> containers = new ArrayList<>();
            for (int i = 0; i < source.maximumConcurrency(); i++) { // one function instance per concurrent batch
                containers.add(LocalFunction.load(
                        source.functionId(),
                        deployment.functionArn(source.functionId()),
                        source.handler(),
                        functionEnv(source.functionId()),
                        SQSEvent.class,
                        SQSBatchResponse.class,
                        timeout(source.functionId()),
                        memory(source.functionId())));
            }
            pollers.add(new QueuePoller(
                    sqs,
                    url,
                    arn,
                    deployment.region(),
                    source.batchSize(),
                    source.reportsBatchItemFailures(),
                    containers));
        }
    }

    /**
     * Creates what the template declares in the emulator (tables, buckets, queues, secrets, the
     * distribution); what exists is kept. Tests that restart an emptied emulator call it again.
     */
    public void redeploy() {
        deployment.deploy(dynamo, s3, sqs);
        try (SchedulerClient scheduler = aws.build(SchedulerClient.builder())) {
            deployment.deploySchedules(scheduler);
        }
        try (SecretsManagerClient secrets = aws.build(SecretsManagerClient.builder());
                CloudFrontClient cloudFront = cloudFront()) {
            deployment.deploySecrets(secrets);
            deployment.deployEdge(cloudFront);
        }
    }

    /** A client of the emulator's CloudFront (global: us-east-1, as the functions build theirs). */
    public CloudFrontClient cloudFront() {
        return aws.build(CloudFrontClient.builder(), Region.US_EAST_1);
    }

    /** The id of the template's distribution in the emulator. */
    public String distributionId() {
        return deployment.physicalName("Distribution");
    }

    public static LocalPortal start(Options options) {
        return new LocalPortal(options);
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        boolean fresh = List.of(args).contains("--fresh");
        Options options = Options.fromEnvironment(fresh);
        LocalPortal portal = start(options);
        Path tokenFile = options.projectRoot().resolve(".local/editor.token");
        Files.createDirectories(tokenFile.getParent());
        String token = portal.jwt().editorToken(Duration.ofHours(12));
        Files.writeString(tokenFile, token + "\n", StandardCharsets.UTF_8);
        if (portal.isEmpty()) {
            int published = new SampleContent(portal.baseUrl(), token)
                    .publish(options.projectRoot().resolve("local/samples"));
            System.out.println("Published " + published + " sample articles through the upload path.");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the local portal...");
            portal.close();
            stopped.countDown();
        }));
        String base = "http://127.0.0.1:" + portal.port();
        System.out.printf(
                """

                Portal ready in %.1fs: %s/
                  API        %s/api/health
                  Emulator   %s (%s, account %s, %s)
                  State      %s
                  Console    %s/bien-tap/   (sign in on the local sign-in page)
                  Editor     TOKEN=$(cat .local/editor.token)   (valid 12 h; send "Authorization: Bearer $TOKEN")
                Ctrl-C stops everything.
                %n""",
                (System.nanoTime() - started) / 1e9,
                base,
                base,
                portal.emulator.endpoint(),
                portal.emulator.name(),
                portal.deployment.account(),
                portal.deployment.region(),
                stateLine(portal.emulator),
                base);
        stopped.await();
    }

    private static String stateLine(Emulator emulator) {
        return switch (emulator.backend()) {
            case MINISTACK -> STATE_DIR + "/ (kept between runs; ./run --fresh starts empty)";
            case MOTO -> "in memory (moto keeps none; gone when ./run stops)";
            default -> "the endpoint's own";
        };
    }

    /** The account of the endpoint's credentials, as every ARN in the deployment names it. */
    private static String account(AwsClients aws) {
        try (StsClient sts = aws.build(StsClient.builder())) {
            return sts.getCallerIdentity().account();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot empty " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether nothing was published yet (a fresh emulator, or a new stack on another endpoint). */
    public boolean isEmpty() {
        return new ArticlesTable(dynamo, deployment.physicalName("ArticlesTable"))
                .months()
                .isEmpty();
    }

    public int port() {
        return gateway.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * The API as its execute-api URL answers callers who skip the distribution: same routes, but
     * without the headers CloudFront adds (the origin secret). Started on first use.
     */
    public synchronized String directApiUrl() {
        if (direct == null) {
            direct = directApi.get();
        }
        return "http://127.0.0.1:" + direct.port();
    }

    public LocalJwt jwt() {
        return jwt;
    }

    public LocalDeployment deployment() {
        return deployment;
    }

    public AwsClients aws() {
        return aws;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public S3Client s3() {
        return s3;
    }

    public SqsClient sqs() {
        return sqs;
    }

    /** The environment a function gets: its template variables plus where AWS is. */
    public Env functionEnv(String functionId) {
        Map<String, String> env = new LinkedHashMap<>(baseEnvironment(emulator));
        env.putAll(deployment.functionEnvironment(functionId));
        return Env.of(env);
    }

    @Override
    public void close() {
        schedulers.forEach(LocalScheduler::close);
        pollers.forEach(QueuePoller::close);
        gateway.close();
        synchronized (this) {
            if (direct != null) {
                direct.close();
            }
        }
        if (ownsEmulator) {
            emulator.close();
        }
    }

    static Map<String, String> baseEnvironment(Emulator emulator) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", System.getenv().getOrDefault("AWS_REGION", REGION));
        env.put("AWS_ACCESS_KEY_ID", System.getenv().getOrDefault("AWS_ACCESS_KEY_ID", "test"));
        env.put("AWS_SECRET_ACCESS_KEY", System.getenv().getOrDefault("AWS_SECRET_ACCESS_KEY", "test"));
        env.put("AWS_ENDPOINT_URL", emulator.endpoint().toString());
        return env;
    }

    private String siteBucketId() {
        return deployment.template().resourcesOfType("AWS::S3::Bucket").keySet().stream()
                .filter(id -> id.startsWith("Site"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("template.yaml has no Site bucket"));
    }

    private int timeout(String functionId) {
        return intProperty(functionId, "Timeout", 3);
    }

    private int memory(String functionId) {
        return intProperty(functionId, "MemorySize", 128);
    }

    private int intProperty(String functionId, String name, int fallback) {
        Object own = deployment.template().properties(functionId).get(name);
        Object global = deployment.template().functionGlobals().get(name);
        Object value = own != null ? own : global;
        return value == null ? fallback : Integer.parseInt(value.toString());
    }
}
