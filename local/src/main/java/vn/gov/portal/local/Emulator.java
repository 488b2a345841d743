package vn.gov.portal.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The AWS endpoint the local stack and the tests talk to: the one in {@code AWS_ENDPOINT_URL}
 * when set (LocalStack, another emulator, an account), otherwise moto's server from the
 * project's virtual environment (one request at a time: see local/moto_serial_server.py),
 * started on a free loopback port and stopped on close.
 */
public final class Emulator implements AutoCloseable {

    private final URI endpoint;
    private final Process process;

    private Emulator(URI endpoint, Process process) {
        this.endpoint = endpoint;
        this.process = process;
    }

    public static Emulator start(Path projectRoot) {
        Optional<String> external = Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL")).filter(s -> !s.isBlank());
        if (external.isPresent()) {
            return new Emulator(URI.create(external.get()), null);
        }
        return startMoto(projectRoot, freePort());
    }

    /** An endpoint someone else runs (LocalStack in a container, an account); close() leaves it be. */
    public static Emulator external(URI endpoint) {
        return new Emulator(endpoint, null);
    }

    public static Emulator startMoto(Path projectRoot, int port) {
        Path python = projectRoot.resolve(".venv/bin/python");
        Path server = projectRoot.resolve("local/moto_serial_server.py");
        if (!Files.isExecutable(projectRoot.resolve(".venv/bin/moto_server"))) {
            throw new IllegalStateException("moto is not installed in .venv: run ./scripts/setup (./run and ./test do it on first use)");
        }
        try {
            Path log = projectRoot.resolve(".local/moto.log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(List.of(python.toString(), server.toString(), "127.0.0.1", Integer.toString(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            Emulator emulator = new Emulator(URI.create("http://127.0.0.1:" + port), process);
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
            emulator.awaitReady(Duration.ofSeconds(60));
            return emulator;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start moto: " + e.getMessage(), e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public boolean isMoto() {
        return process != null;
    }

    /** Stops moto (a no-op for an external endpoint). */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto exited at start (see .local/moto.log)");
            }
            try {
                new Socket(endpoint.getHost(), endpoint.getPort()).close();
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException("moto did not open " + endpoint + " within " + timeout.toSeconds() + "s");
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
