package vn.gov.portal.local;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * What the integration tests share: one emulator per test JVM (moto by default, the endpoint in
 * AWS_ENDPOINT_URL, or LocalStack through Testcontainers with TEST_BACKEND=localstack), and
 * portals each deployed under their own stack name, so tests never see each other's state and
 * pass when run twice in a row.
 */
public final class TestStack {

    public static final Path ROOT = Path.of("").toAbsolutePath();
    private static Emulator emulator;

    private TestStack() {}

    public static synchronized Emulator emulator() {
        if (emulator == null) {
            emulator = "localstack".equals(System.getenv("TEST_BACKEND")) ? LocalStack.start() : Emulator.start(ROOT);
        }
        return emulator;
    }

    public static String uniqueStackName() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A portal on a free port with its own resources. */
    public static LocalPortal portal() {
        return LocalPortal.start(new LocalPortal.Options(ROOT, "127.0.0.1", 0, uniqueStackName(), emulator(), Clock.systemUTC()));
    }
}
