package vn.gov.portal.local.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;
import vn.gov.portal.local.PortalTest;
import vn.gov.portal.local.SampleEvent;
import vn.gov.portal.local.Template;
import vn.gov.portal.local.TestStack;

/**
 * What is deployed is what is tested: every function's package exactly as {@code sam build}
 * lays it out (shrunk, target/sam-build/&lt;Function&gt;/lib) answers its sample events from
 * events/ in a JVM of its own (the runtime's way: {@link PackageRunner}), against the emulator.
 * Its init builds exactly the AWS clients its route uses, no more.
 *
 * <p>Run by scripts/template-gates after sam build (-Dportal.packages=target/sam-build); the
 * plain Maven run excludes it, since the packages do not exist before sam build.
 */
class PackagedFunctionsTest extends PortalTest {

    /** The clients each function's init builds: what its route calls, and nothing else. */
    private static final Map<String, List<String>> CLIENTS = new TreeMap<>(Map.ofEntries(
            Map.entry("HealthFunction", List.of()),
            Map.entry("CreateUploadFunction", List.of("DynamoDbClient", "S3Presigner")),
            Map.entry("GetUploadFunction", List.of("DynamoDbClient")),
            Map.entry("PublishFunction", List.of("DynamoDbClient", "S3Client", "SchedulerClient")),
            Map.entry("ListArticlesFunction", List.of("DynamoDbClient")),
            Map.entry("GetArticleFunction", List.of("DynamoDbClient")),
            Map.entry("DeleteArticleFunction", List.of("DynamoDbClient", "S3Client", "SchedulerClient")),
            Map.entry("SiteAssetsFunction", List.of("DynamoDbClient", "S3Client")),
            Map.entry("CreateDirectiveFunction", List.of("DynamoDbClient", "S3Client")),
            Map.entry("ImportDirectivesFunction", List.of("DynamoDbClient", "S3Client")),
            Map.entry("DeleteDirectiveFunction", List.of("DynamoDbClient", "S3Client")),
            Map.entry("ListDirectivesFunction", List.of("DynamoDbClient")),
            Map.entry("GetDirectiveFunction", List.of("DynamoDbClient")),
            Map.entry("PreviewDirectiveFunction", List.of()),
            Map.entry("SearchFunction", List.of("DynamoDbClient")),
            Map.entry("CreateCaptchaFunction", List.of("DynamoDbClient", "SecretsManagerClient")),
            Map.entry("RateArticleFunction", List.of("DynamoDbClient", "SecretsManagerClient")),
            Map.entry("GetRatingsFunction", List.of("DynamoDbClient")),
            // issue 16: audit, drafts, schedules, revisions (publishing and unpublishing set or cancel schedules)
            Map.entry("ListAuditFunction", List.of("DynamoDbClient")),
            Map.entry("PreviewDraftFunction", List.of("DynamoDbClient", "S3Client")),
            Map.entry("PublishDraftFunction", List.of("DynamoDbClient", "S3Client")),
            Map.entry("DiscardDraftFunction", List.of("DynamoDbClient", "S3Client", "SchedulerClient")),
            Map.entry("ScheduleFunction", List.of("DynamoDbClient", "S3Client", "SchedulerClient")),
            Map.entry("ListRevisionsFunction", List.of("DynamoDbClient")),
            Map.entry("RestoreRevisionFunction", List.of("DynamoDbClient", "S3Client")),
            // issue 17: the one function that calls CloudFront, for the requests the publishers write
            Map.entry("InvalidateEdgeFunction", List.of("CloudFrontClient"))));

    private static final Path PACKAGES =
            Path.of(System.getProperty("portal.packages", "target/sam-build")).toAbsolutePath();

    @Test
    void everyPackageAnswersItsSampleEventsAndBuildsOnlyTheClientsItsRouteUses() throws Exception {
        Template template = portal.deployment().template();
        Map<String, List<Path>> events = eventsByFunction(template);
        Map<String, List<String>> built = new TreeMap<>();
        for (String functionId :
                template.resourcesOfType("AWS::Serverless::Function").keySet()) {
            String handler = (String) template.properties(functionId).get("Handler");
            List<Path> samples = events.getOrDefault(functionId, List.of());
            if (functionId.equals("SiteAssetsFunction")) {
                built.put(functionId, installSiteAssets(functionId, handler));
                continue;
            }
            assertThat(samples)
                    .as(functionId + " has a sample event in events/")
                    .isNotEmpty();
            for (Path sample : samples) {
                boolean edge = functionId.equals("InvalidateEdgeFunction");
                int invalidations = edge ? invalidationCount() : 0;
                Run run = run(functionId, handler, sample);
                if (edge) {
                    assertThat(invalidationCount())
                            .as("the shrunk CloudFront client sent CreateInvalidation")
                            .isEqualTo(invalidations + 1);
                }
                built.put(functionId, run.clients());
                Map<String, Object> response = Json.readObject(run.response());
                if (response.containsKey("batchItemFailures")) {
                    assertThat((List<?>) response.get("batchItemFailures"))
                            .as(sample.toString())
                            .isEmpty();
                } else {
                    int status = ((Number) response.get("statusCode")).intValue();
                    assertThat(status)
                            .as(functionId + " " + sample.getFileName() + " answered " + response.get("body"))
                            .isLessThan(500);
                }
            }
        }
        assertThat(built).isEqualTo(CLIENTS);
    }

    /**
     * A deployer redistributes the libraries a package ships: each library with licence or notice
     * files (META-INF/LICENSE*, NOTICE*) that still ships a class or resource carries them under
     * lib/licenses/&lt;jar&gt;/, and a library that ships nothing carries none.
     */
    @Test
    void everyPackageCarriesTheLicencesOfTheLibrariesItShipsAndNoOthers() throws IOException {
        Template template = portal.deployment().template();
        for (String functionId :
                template.resourcesOfType("AWS::Serverless::Function").keySet()) {
            String module = Path.of((String) template.properties(functionId).get("CodeUri"))
                    .getFileName()
                    .toString();
            Path lib = PACKAGES.resolve(functionId).resolve("lib");
            Set<String> shipped;
            try (ZipFile jar = new ZipFile(lib.resolve(module + ".jar").toFile())) {
                shipped = jar.stream().map(ZipEntry::getName).collect(Collectors.toSet());
            }
            try (Stream<Path> jars = Files.list(TestStack.ROOT.resolve("functions/" + module + "/target/lib"))) {
                for (Path library :
                        jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                    try (ZipFile jar = new ZipFile(library.toFile())) {
                        boolean licensed =
                                jar.stream().anyMatch(e -> e.getName().matches("(?i)META-INF/(LICENSE|NOTICE)[^/]*"));
                        boolean ships = jar.stream()
                                .map(ZipEntry::getName)
                                .anyMatch(n -> !n.startsWith("META-INF/") && !n.endsWith("/") && shipped.contains(n));
                        Path licences = lib.resolve("licenses")
                                .resolve(library.getFileName().toString().replaceFirst("\\.jar$", ""));
                        assertThat(Files.isDirectory(licences))
                                .as(functionId + ": licence files of " + library.getFileName())
                                .isEqualTo(licensed && ships);
                    }
                }
            }
        }
    }

    private static int invalidationCount() {
        try (var cloudFront = portal.cloudFront()) {
            return (int) cloudFront.listInvalidationsPaginator(r -> r.distributionId(portal.distributionId())).stream()
                    .mapToLong(page -> page.invalidationList().items().size())
                    .sum();
        }
    }

    /** SiteAssets answers CloudFormation: it installs the site's files and PUTs SUCCESS on the ResponseURL. */
    private List<String> installSiteAssets(String functionId, String handler) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        receiver.createContext("/", exchange -> {
            answer.complete(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("RequestType", "Create");
            event.put("ServiceToken", portal.deployment().functionArn(functionId));
            event.put(
                    "ResponseURL", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/cfn-response/SiteAssets");
            event.put("StackId", "arn:aws:cloudformation:ap-southeast-1:000000000000:stack/packaged/1");
            event.put("RequestId", "packaged-function-test");
            event.put("ResourceType", "Custom::SiteAssets");
            event.put("LogicalResourceId", "SiteAssets");
            event.put(
                    "ResourceProperties",
                    Map.of("ServiceToken", portal.deployment().functionArn(functionId), "SiteUrl", portal.baseUrl()));
            Path file = Files.createTempFile("site-assets", ".json");
            Files.writeString(file, Json.write(event));
            Run run = run(functionId, handler, file);
            Map<String, Object> response = Json.readObject(answer.get(60, TimeUnit.SECONDS));
            assertThat(response.get("Status"))
                    .as("SiteAssets answered " + response)
                    .isEqualTo("SUCCESS");
            return run.clients();
        } finally {
            receiver.stop(0);
        }
    }

    private record Run(List<String> clients, String response) {}

    private Run run(String functionId, String handler, Path event) throws IOException, InterruptedException {
        Path packageDir = PACKAGES.resolve(functionId);
        assertThat(packageDir.resolve("lib"))
                .as("sam build output for " + functionId)
                .isDirectory();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                runnerClasspath(),
                PackageRunner.class.getName(),
                packageDir.toString(),
                handler,
                event.toString()));
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(false);
        process.environment().clear();
        process.environment().putAll(portal.functionEnv(functionId).values());
        process.environment().put("PATH", System.getenv("PATH"));
        Path stderr = Files.createTempFile(functionId, ".log");
        process.redirectError(stderr.toFile());
        Process started = process.start();
        String out = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue())
                .as(functionId + " with " + event.getFileName() + ":\n" + out + Files.readString(stderr))
                .isZero();
        String clients = line(out, "clients=");
        List<String> names = clients.equals("[]")
                ? List.of()
                : List.of(clients.substring(1, clients.length() - 1).split(", "));
        return new Run(names.stream().sorted().toList(), line(out, "response="));
    }

    private static String line(String out, String prefix) {
        return out.lines()
                .filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in " + out));
    }

    /**
     * The runner's classes (copied out of test-classes, whose test resources must not reach a
     * package) and the Lambda runtime's serializers with the Joda-Time they need, nothing else.
     */
    private static String runnerClasspath() throws IOException {
        Path classes = Path.of(PackageRunner.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
        Path runner = Files.createTempDirectory("package-runner");
        Path pkg = PackageRunner.class.getPackageName().replace('.', '/').transform(runner::resolve);
        Files.createDirectories(pkg);
        try (Stream<Path> files =
                Files.list(classes.resolve(PackageRunner.class.getPackageName().replace('.', '/')))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("PackageRunner"))
                    .toList()) {
                Files.copy(f, pkg.resolve(f.getFileName()));
            }
        }
        List<String> entries = new ArrayList<>();
        entries.add(runner.toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("aws-lambda-java-serialization") || name.startsWith("joda-time")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** events/*.json by the function they reach: an API route's key, or the queue's consumer. */
    private static Map<String, List<Path>> eventsByFunction(Template template) throws IOException {
        Map<String, List<Path>> byFunction = new TreeMap<>();
        for (SampleEvent sample : SampleEvent.all()) {
            byFunction
                    .computeIfAbsent(sample.functionId(template), k -> new ArrayList<>())
                    .add(sample.file());
        }
        return byFunction;
    }
}
