package vn.gov.portal.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cold-start proxy: one fresh JVM per sample, started with the flags of the Lambda java25
 * runtime and the function's environment, whose classpath is a deployment package plus the launcher, answering one event against
 * the emulator. Variants are run round-robin (every variant once, then again) so that the
 * machine's noise falls on all of them alike.
 */
final class ColdStarts {

    /**
     * The flags the Lambda java25 runtime starts every JVM with: the serial collector, class data
     * sharing at the JVM's default (-Xshare:auto, the JDK's own CDS archive of its classes).
     */
    static final List<String> RUNTIME_FLAGS = List.of("-XX:+UseSerialGC", "-Xshare:auto");

    /**
     * What the java25 runtime adds for a function without SnapStart (or provisioned concurrency):
     * C1 only. With SnapStart it leaves the JVM's default tiered compilation; a function's own
     * JAVA_TOOL_OPTIONS (its environment, from the template) is applied by the JVM either way.
     * Sources in docs/benchmarks.md.
     */
    static final List<String> C1_WITHOUT_SNAPSTART = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");

    /**
     * One thing to start: a handler on a classpath with an environment, and the event it answers.
     * {@code snapStart}: the function has SnapStart (the runtime then adds no compiler flags);
     * {@code typed}: call a stream handler's typed method through the runtime's serializers.
     */
    record Variant(
            String name,
            String kind,
            String function,
            String handler,
            List<Path> classpath,
            Map<String, String> env,
            Supplier<String> event,
            boolean snapStart,
            boolean typed) {

        Variant(
                String name,
                String kind,
                String function,
                String handler,
                List<Path> classpath,
                Map<String, String> env,
                Supplier<String> event) {
            this(name, kind, function, handler, classpath, env, event, false, false);
        }

        /** The JVM flags the runtime gives this function, before its JAVA_TOOL_OPTIONS. */
        List<String> flags() {
            List<String> flags = new ArrayList<>(RUNTIME_FLAGS);
            if (!snapStart) {
                flags.addAll(C1_WITHOUT_SNAPSTART);
            }
            return flags;
        }
    }

    /** One start: wall, init and first invoke as the launcher timed them, the process's CPU time until it answered. */
    record Sample(long wallNanos, long initNanos, long invokeNanos, long cpuNanos, int status) {}

    record ClassLoads(int total, int cds, int jdk, int jars, int generated, Map<String, Integer> byJar) {}

    private static final Pattern RESULT =
            Pattern.compile("BENCH init_ns=(\\d+) invoke_ns=(\\d+) cpu_ns=(-?\\d+) response=(.*)");
    private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");

    private final Path work;
    private final Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");

    ColdStarts(Path work) {
        this.work = work;
    }

    Map<String, List<Sample>> run(List<Variant> variants, int repeats) {
        Map<String, List<Sample>> out = new LinkedHashMap<>();
        variants.forEach(v -> out.put(v.name(), new ArrayList<>()));
        for (int r = 0; r < repeats; r++) {
            for (Variant v : variants) {
                Sample s = once(v, List.of());
                out.get(v.name()).add(s);
                System.out.printf(
                        "  cold %-34s run %d: %7.1f ms (init %6.1f, first invoke %6.1f, CPU %6.0f) status %d%n",
                        v.name(),
                        r + 1,
                        s.wallNanos() / 1e6,
                        s.initNanos() / 1e6,
                        s.invokeNanos() / 1e6,
                        s.cpuNanos() / 1e6,
                        s.status());
            }
        }
        return out;
    }

    /** One extra, untimed start with -Xlog:class+load: where the loaded classes come from. */
    ClassLoads classLoads(Variant v) {
        Path log = work.resolve("classload-" + v.name().replaceAll("\\W", "_") + ".log");
        once(v, List.of("-Xlog:class+load=info:file=" + log));
        int total = 0;
        int cds = 0;
        int jdk = 0;
        int jars = 0;
        int generated = 0;
        Map<String, Integer> byJar = new TreeMap<>();
        try (Stream<String> lines = Files.lines(log)) {
            for (String line : (Iterable<String>) lines::iterator) {
                int at = line.indexOf(" source: ");
                if (at < 0) {
                    continue;
                }
                total++;
                String source = line.substring(at + 9).strip();
                if (source.startsWith("shared objects file")) {
                    cds++;
                } else if (source.startsWith("jrt:/")) {
                    jdk++;
                } else if (source.startsWith("file:")) {
                    jars++;
                    String jar = source.substring(source.lastIndexOf('/') + 1).replaceAll("-\\d[\\w.\\-]*\\.jar$", "");
                    byJar.merge(jar, 1, Integer::sum);
                } else {
                    generated++;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Integer> top = new LinkedHashMap<>();
        byJar.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(8)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return new ClassLoads(total, cds, jdk, jars, generated, top);
    }

    private Sample once(Variant v, List<String> extraFlags) {
        try {
            Path event = work.resolve("event-" + v.name().replaceAll("\\W", "_") + ".json");
            Files.writeString(event, v.event().get(), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(javaBin.toString());
            command.addAll(v.flags());
            command.addAll(extraFlags);
            command.add("-cp");
            command.add(String.join(
                    File.pathSeparator,
                    v.classpath().stream().map(Path::toString).toList()));
            command.add("vn.gov.portal.bench.launcher.ColdStart");
            command.add(v.handler());
            command.add(event.toString());
            if (v.typed()) {
                command.add("typed");
            }
            ProcessBuilder builder = new ProcessBuilder(command);
            Path stderr = work.resolve("stderr-" + v.name().replaceAll("\\W", "_") + ".log");
            builder.redirectError(stderr.toFile());
            Map<String, String> env = builder.environment();
            env.clear();
            env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            env.put("TZ", ":UTC");
            env.put("LANG", "en_US.UTF-8");
            env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java25");
            env.put("AWS_LAMBDA_FUNCTION_NAME", v.function());
            env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
            env.putAll(v.env()); // JAVA_TOOL_OPTIONS among them: the JVM applies it, as on Lambda
            long started = System.nanoTime();
            Process process = builder.start();
            String result = null;
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("BENCH ")) {
                        result = line;
                        break;
                    }
                }
            }
            long answered = System.nanoTime();
            process.waitFor();
            Matcher m = result == null ? null : RESULT.matcher(result);
            if (m == null || !m.matches()) {
                throw new IllegalStateException(v.name() + " gave no result; stderr:\n" + Files.readString(stderr));
            }
            Matcher status = STATUS.matcher(m.group(4));
            // an API answer carries its status; a queue consumer's answers 200 when no message failed
            int code = status.find()
                    ? Integer.parseInt(status.group(1))
                    : m.group(4).startsWith("{\"batchItemFailures\":[]") ? 200 : -1;
            if (code < 200 || code >= 300) {
                throw new IllegalStateException(
                        v.name() + " answered " + m.group(4) + "\nstderr:\n" + Files.readString(stderr));
            }
            return new Sample(
                    answered - started,
                    Long.parseLong(m.group(1)),
                    Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)),
                    code);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
