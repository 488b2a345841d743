package vn.gov.portal.local;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * What the integration tests share: one emulator per test JVM (TEST_BACKEND=ministack, the
 * default, or moto; LocalStack through Testcontainers with TEST_BACKEND=localstack; the endpoint
 * in AWS_ENDPOINT_URL above all), and
 * portals each deployed under their own stack name, so tests never see each other's state and
 * pass when run twice in a row.
 */
public final class TestStack {

    public static final Path ROOT = Path.of("").toAbsolutePath();
    private static Emulator emulator;

    private TestStack() {}

    public static synchronized Emulator emulator() {
        if (emulator == null) {
            boolean external = System.getenv("AWS_ENDPOINT_URL") != null
                    && !System.getenv("AWS_ENDPOINT_URL").isBlank();
            emulator = !external && Emulator.Backend.fromEnvironment() == Emulator.Backend.LOCALSTACK
                    ? LocalStack.start()
                    : Emulator.start(ROOT);
            System.out.println("[backend] integration tests run on " + emulator.name() + " at " + emulator.endpoint());
        }
        return emulator;
    }

    /** The backend's name for reports: ministack, moto, localstack, or external. */
    public static String backendLabel() {
        String endpoint = System.getenv("AWS_ENDPOINT_URL");
        return endpoint != null && !endpoint.isBlank()
                ? "external"
                : Emulator.Backend.fromEnvironment().label();
    }

    public static String uniqueStackName() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A portal on a free port with its own resources. */
    public static LocalPortal portal() {
        return portal(emulator());
    }

    /** A portal with its own resources on another emulator (one a test may stop). */
    public static LocalPortal portal(Emulator emulator) {
        return LocalPortal.start(
                new LocalPortal.Options(ROOT, "127.0.0.1", 0, uniqueStackName(), emulator, Clock.systemUTC()));
    }

    /** An emulator of this run's kind (moto or MiniStack) that is the test's own, on {@code port}: the test may stop it. */
    public static Emulator ownEmulator(int port) {
        return Emulator.startOwn(
                emulator().backend() == Emulator.Backend.MOTO ? Emulator.Backend.MOTO : Emulator.Backend.MINISTACK,
                ROOT,
                port);
    }
}
