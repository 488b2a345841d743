package vn.gov.portal.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The AWS endpoint the local stack and the tests talk to: the one in {@code AWS_ENDPOINT_URL}
 * when set (LocalStack, another emulator, an account), otherwise an emulator from the project's
 * virtual environments, started on a loopback port and stopped on close:
 *
 * <ul>
 *   <li>{@link Backend#MINISTACK}, the default (docs/emulators.md says why): checks SigV4
 *       signatures, answers requests concurrently, keeps its state on disk when asked;
 *   <li>{@link Backend#MOTO}, wrapped to answer one request at a time (local/moto_serial_server.py).
 * </ul>
 *
 * {@code TEST_BACKEND} (moto, ministack, localstack) chooses; {@code AWS_ENDPOINT_URL} overrides it.
 */
public final class Emulator implements AutoCloseable {

    /** Which AWS this is: the checks it makes differ, so some tests ask. */
    public enum Backend {
        MINISTACK,
        MOTO,
        LOCALSTACK,
        EXTERNAL;

        /** The backend {@code TEST_BACKEND} names, MiniStack when it names none. */
        public static Backend fromEnvironment() {
            String name = Optional.ofNullable(System.getenv("TEST_BACKEND"))
                    .filter(s -> !s.isBlank())
                    .orElse("ministack");
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("TEST_BACKEND=" + name + ": expected moto, ministack or localstack");
            }
        }

        /** Whether pre-signed URLs are checked as S3 checks them (signature, signed headers, expiry). */
        public boolean verifiesSignatures() {
            return this != MOTO;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final URI endpoint;
    private final Backend backend;
    private final Process process;
    private final String name;

    private Emulator(URI endpoint, Backend backend, Process process) {
        this.endpoint = endpoint;
        this.backend = backend;
        this.process = process;
        this.name = backend == Backend.EXTERNAL ? "AWS_ENDPOINT_URL" : backend.label();
    }

    /** The endpoint in AWS_ENDPOINT_URL, else the emulator TEST_BACKEND names (MiniStack by default), in memory. */
    public static Emulator start(Path projectRoot) {
        return start(projectRoot, Optional.empty());
    }

    /**
     * As {@link #start(Path)}; with {@code stateDir}, MiniStack keeps its state there between
     * runs (moto keeps none).
     */
    public static Emulator start(Path projectRoot, Optional<Path> stateDir) {
        Optional<String> external =
                Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL")).filter(s -> !s.isBlank());
        if (external.isPresent()) {
            return external(URI.create(external.get()));
        }
        return switch (Backend.fromEnvironment()) {
            case MOTO -> startMoto(projectRoot, freePort());
            case MINISTACK -> startMiniStack(projectRoot, freePort(), stateDir);
            case LOCALSTACK, EXTERNAL ->
                throw new IllegalStateException(
                        "LocalStack runs through Testcontainers in the tests, or set AWS_ENDPOINT_URL to its endpoint");
        };
    }

    /** An emulator of this kind on this port, in memory (tests that stop and restart storage). */
    public static Emulator startOwn(Backend backend, Path projectRoot, int port) {
        return switch (backend) {
            case MOTO -> startMoto(projectRoot, port);
            case MINISTACK -> startMiniStack(projectRoot, port, Optional.empty());
            case LOCALSTACK, EXTERNAL ->
                throw new IllegalArgumentException("only moto and MiniStack run from the project");
        };
    }

    /** An endpoint someone else runs (LocalStack in a container, an account); close() leaves it be. */
    public static Emulator external(URI endpoint) {
        return new Emulator(endpoint, Backend.EXTERNAL, null);
    }

    /** LocalStack that a test started in a container. */
    public static Emulator localStack(URI endpoint) {
        return new Emulator(endpoint, Backend.LOCALSTACK, null);
    }

    public static Emulator startMoto(Path projectRoot, int port) {
        Path python = projectRoot.resolve(".venv/bin/python");
        if (!Files.isExecutable(projectRoot.resolve(".venv/bin/moto_server"))) {
            throw new IllegalStateException(
                    "moto is not installed in .venv: run ./scripts/setup (./run and ./test do it on first use)");
        }
        List<String> command = List.of(
                python.toString(),
                projectRoot.resolve("local/moto_serial_server.py").toString(),
                "127.0.0.1",
                Integer.toString(port));
        return launch(projectRoot, Backend.MOTO, port, command, Map.of());
    }

    /**
     * MiniStack on loopback. With {@code stateDir} it saves every service's state there when it
     * stops (SIGTERM) and loads it when it starts; S3 objects are written there as they arrive.
     */
    public static Emulator startMiniStack(Path projectRoot, int port, Optional<Path> stateDir) {
        Path executable = projectRoot.resolve(".venv-ministack/bin/ministack");
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(
                    "MiniStack is not installed in .venv-ministack: run ./scripts/setup (./run and ./test do it on first use)");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GATEWAY_PORT", Integer.toString(port));
        env.put("BIND_HOST", "127.0.0.1");
        env.put("LOG_LEVEL", "WARNING");
        env.put("MINISTACK_REGION", LocalPortal.REGION);
        // Only what the template uses, so the emulator starts fast and nothing else listens.
        env.put("SERVICES", "s3,sqs,dynamodb,secretsmanager,sts,ssm,cloudfront,scheduler");
        stateDir.ifPresentOrElse(
                dir -> {
                    env.put("PERSIST_STATE", "1");
                    env.put("STATE_DIR", dir.resolve("services").toString());
                    env.put("S3_PERSIST", "1");
                    env.put("S3_DATA_DIR", dir.resolve("s3").toString());
                },
                () -> {
                    env.put("PERSIST_STATE", "0");
                    env.put("S3_PERSIST", "0");
                });
        return launch(projectRoot, Backend.MINISTACK, port, List.of(executable.toString()), env);
    }

    private static Emulator launch(
            Path projectRoot, Backend backend, int port, List<String> command, Map<String, String> env) {
        try {
            Path log = projectRoot.resolve(".local/" + backend.label() + ".log");
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            Emulator emulator = new Emulator(URI.create("http://127.0.0.1:" + port), backend, process);
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
            emulator.awaitReady(Duration.ofSeconds(60), log);
            return emulator;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + backend.label() + ": " + e.getMessage(), e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public Backend backend() {
        return backend;
    }

    /** How the ready line and reports name it: moto, ministack, AWS_ENDPOINT_URL. */
    public String name() {
        return name;
    }

    /** Whether close() stops it (an emulator this JVM started). */
    public boolean isOwned() {
        return process != null;
    }

    /** Stops the emulator this JVM started, letting it save its state (a no-op for an external endpoint). */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitReady(Duration timeout, Path log) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited at start (see " + log + ")");
            }
            try {
                new Socket(endpoint.getHost(), endpoint.getPort()).close();
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException(name + " did not open " + endpoint + " within " + timeout.toSeconds() + "s");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
