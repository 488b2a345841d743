package vn.gov.portal.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.gov.portal.local.Emulator;
import vn.gov.portal.local.LocalPortal;

/** Where ./bench's inputs are: built packages, the launcher, the conventional baseline, the typical article. */
final class Setup {

    private Setup() {}

    static String typicalArticle() {
        try (InputStream in = Setup.class.getResourceAsStream("/bench/typical-article.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The typical article under another slug (and so another page): each publish a new article. */
    static String typicalArticle(String slug) {
        return typicalArticle().replace("slug: hoi-nghi-trien-khai-nhiem-vu-nam-2019", "slug: " + slug);
    }

    static Path launcherJar(Path root) {
        return single(root.resolve("benchmarks/launcher/target"), "bench-launcher-");
    }

    /** The conventional baseline's package: its jar and runtime jars, as a function module's target/lib. */
    static List<Path> conventionalPackage(Path root) {
        List<Path> out = new ArrayList<>();
        out.add(single(root.resolve("benchmarks/conventional/target"), "bench-conventional-"));
        out.addAll(jars(root.resolve("benchmarks/conventional/target/lib")));
        return out;
    }

    /** A function's deployment package as sam build laid it out: target/sam-build/&lt;Function&gt;/lib/*.jar. */
    static List<Path> deploymentPackage(Path root, String functionId) {
        return jars(root.resolve("target/sam-build").resolve(functionId).resolve("lib"));
    }

    /** A module's whole package, as functions were laid out before issue 17: its jar and every runtime jar. */
    static List<Path> modulePackage(Path root, String codeUri) {
        Path target = root.resolve(codeUri).resolve("target");
        List<Path> jars = new ArrayList<>(jars(target).stream()
                .filter(j -> !j.getFileName().toString().matches(".*-(tests|sources)\\.jar"))
                .toList());
        jars.addAll(jars(target.resolve("lib")));
        return jars;
    }

    /** A jar of this JVM's classpath, by artifact name (the runtime's serializers, the Lambda interfaces). */
    static Path classpathJar(String artifact) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.getFileName().toString().matches(Pattern.quote(artifact) + "-\\d.*\\.jar")) {
                return p;
            }
        }
        throw new IllegalStateException("no " + artifact + " jar on the harness classpath");
    }

    static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " is missing: ./bench builds it (sam build, mvn package)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path single(Path dir, String prefix) {
        return jars(dir).stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)
                        && !p.getFileName().toString().contains("-sources"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + dir));
    }

    /** A DynamoDB client whose call timeout allows moto's seconds-long Queries on a large table (AwsClients' is 20 s). */
    static DynamoDbClient patientDynamo(LocalPortal portal, Emulator emulator) {
        return DynamoDbClient.builder()
                .region(Region.of(portal.deployment().region()))
                .credentialsProvider(portal.aws().credentials())
                .endpointOverride(emulator.endpoint())
                .httpClient(UrlConnectionHttpClient.builder()
                        .socketTimeout(Duration.ofMinutes(3))
                        .build())
                .overrideConfiguration(
                        o -> o.apiCallTimeout(Duration.ofMinutes(3)).apiCallAttemptTimeout(Duration.ofMinutes(3)))
                .build();
    }
}
