package vn.gov.portal.local.archive;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.gov.portal.common.Json;
import vn.gov.portal.local.EditorUpload;

/**
 * Imports a folder exported from an old CMS into a running portal, through the same path an
 * editor uses: for each article source (*.md, *.html, in any subfolder) it uploads the images
 * the source names as {@code ${image:<file beside it>}}, replaces the names by the images'
 * upload ids, uploads the source, and waits until the publish function reports it published or
 * rejected.
 *
 * <ul>
 *   <li>bounded parallelism ({@code --parallel}, default 4 articles in flight);</li>
 *   <li>progress with count, rate and ETA: one redrawn line on a terminal, plain lines otherwise;</li>
 *   <li>resumable: {@code DIR/.import-state} records each file published with the hash of its
 *       content (source and images); a rerun skips files published unchanged, and republishes
 *       changed ones, which update their article in place (same slug, same day);</li>
 *   <li>Ctrl-C safe: articles in flight finish (or are left for the rerun), nothing new starts,
 *       and the state and report are written;</li>
 *   <li>a report ({@code DIR/import-report.txt}): each file published, rejected (with reasons) or
 *       skipped, and the totals.</li>
 * </ul>
 *
 * <p>{@code ./scripts/import-archive DIR [--url http://127.0.0.1:3000] [--token-file .local/editor.token] [--parallel 4]}
 */
public final class ArchiveImport {

    static final String STATE_FILE = ".import-state";
    static final String REPORT_FILE = "import-report.txt";
    private static final Pattern IMAGE = Pattern.compile("\\$\\{image:([^}/\\\\]+)}");
    private static final Duration PUBLISH_TIMEOUT = Duration.ofMinutes(10);

    public enum Result {
        PUBLISHED,
        REJECTED,
        SKIPPED
    }

    /** What happened to one file; {@code detail} is its URL, or why it was rejected. */
    public record Outcome(String file, Result result, String detail) {}

    /** Where to import from and to. */
    public record Options(Path dir, String baseUrl, String token, int parallel, PrintStream out, boolean terminal) {}

    /** The outcomes, whether Ctrl-C cut the run short, and how long it took. */
    public record Report(List<Outcome> outcomes, boolean interrupted, Duration took) {
        public long count(Result result) {
            return outcomes.stream().filter(o -> o.result() == result).count();
        }
    }

    private final Options options;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ImportState state;
    private final Map<String, String> imageUploads = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public ArchiveImport(Options options) throws IOException {
        this.options = options;
        this.state = ImportState.open(options.dir().resolve(STATE_FILE));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = new LinkedHashMap<>(
                Map.of("--url", "http://127.0.0.1:3000", "--token-file", ".local/editor.token", "--parallel", "4"));
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            if (flags.containsKey(args[i]) && i + 1 < args.length) {
                flags.put(args[i], args[++i]);
            } else if (dir == null && !args[i].startsWith("--")) {
                dir = Path.of(args[i]);
            } else {
                dir = null;
                break;
            }
        }
        if (dir == null || !Files.isDirectory(dir)) {
            System.err.println("usage: ./scripts/import-archive DIR [--url " + flags.get("--url") + "] [--token-file "
                    + flags.get("--token-file")
                    + "] [--parallel 4]\n  DIR: a folder of article sources (*.md, *.html) with their images");
            System.exit(2);
        }
        Path tokenFile = Path.of(flags.get("--token-file"));
        if (!Files.exists(tokenFile)) {
            System.err.println("No editor token at " + tokenFile
                    + ": start the portal with ./run (it writes one), or pass --token-file");
            System.exit(2);
        }
        String token = Files.readString(tokenFile).strip();
        ArchiveImport importer = new ArchiveImport(new Options(
                dir,
                flags.get("--url").replaceAll("/+$", ""),
                token,
                Integer.parseInt(flags.get("--parallel")),
                System.out,
                System.console() != null && System.console().isTerminal()));
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            importer.stop();
            try {
                main.join(Duration.ofSeconds(60)); // let the run finish its articles in flight and write the report
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        Report report = importer.run();
        if (!report.interrupted()) { // after Ctrl-C the JVM is already exiting: just let the hook return
            System.exit(report.count(Result.REJECTED) > 0 ? 1 : 0);
        }
    }

    /** Asks the run to start nothing new (Ctrl-C). */
    public void stop() {
        stopping = true;
    }

    public Report run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        List<Path> sources = sources(options.dir());
        Progress progress = new Progress(sources.size(), options.out(), options.terminal());
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.parallel()));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path source : sources) {
                futures.add(pool.submit(() -> {
                    if (stopping) {
                        return null;
                    }
                    Outcome outcome = importOne(source);
                    progress.done(outcome.result());
                    return outcome;
                }));
            }
            for (Future<Outcome> f : futures) {
                try {
                    Outcome o = f.get();
                    if (o != null) {
                        outcomes.add(o);
                    }
                } catch (ExecutionException e) {
                    stopping = true; // the portal is unreachable or answers what it should not: stop, keep what is done
                    options.out().println("\nImport stopped: " + e.getCause().getMessage());
                }
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            state.close();
        }
        progress.finish();
        Report report = new Report(outcomes, stopping, Duration.ofNanos(System.nanoTime() - started));
        writeReport(report, sources.size());
        return report;
    }

    private Outcome importOne(Path source) throws IOException, InterruptedException {
        String file = options.dir().relativize(source).toString().replace('\\', '/');
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Matcher m = IMAGE.matcher(text);
        List<Path> images = new ArrayList<>();
        while (m.find()) {
            images.add(source.resolveSibling(m.group(1)));
        }
        MessageDigest digest = sha256();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        for (Path image : images.stream().distinct().toList()) {
            if (!Files.isRegularFile(image)) {
                return new Outcome(
                        file,
                        Result.REJECTED,
                        "names image " + source.getParent().relativize(image) + ", which is not beside it");
            }
            digest.update(Files.readAllBytes(image));
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        ImportState.Entry done = state.get(file);
        if (done != null && done.hash().equals(hash)) {
            return new Outcome(file, Result.SKIPPED, done.url());
        }
        for (Path image : images.stream().distinct().toList()) {
            String uploadId = image(image);
            if (uploadId.startsWith("!")) {
                return new Outcome(
                        file,
                        Result.REJECTED,
                        "image " + image.getFileName() + " was rejected: " + uploadId.substring(1));
            }
            text = text.replace("${image:" + image.getFileName() + "}", uploadId);
        }
        String type = file.endsWith(".html") ? "text/html" : "text/markdown";
        Map<String, Object> status = awaitDone(
                upload("article", source.getFileName().toString(), type, text.getBytes(StandardCharsets.UTF_8)));
        if ("published".equals(status.get("status"))) {
            state.put(new ImportState.Entry(file, hash, (String) status.get("articleId"), (String) status.get("url")));
            return new Outcome(file, Result.PUBLISHED, (String) status.get("url"));
        }
        return new Outcome(file, Result.REJECTED, reasons(status.get("errors")));
    }

    /** The upload id of a published image (uploaded once per run and remembered across runs), or "!reasons". */
    private String image(Path image) throws IOException, InterruptedException {
        byte[] bytes = Files.readAllBytes(image);
        String key = "image:" + options.dir().relativize(image).toString().replace('\\', '/');
        String hash = HexFormat.of().formatHex(sha256().digest(bytes));
        ImportState.Entry known = state.get(key);
        if (known != null && known.hash().equals(hash)) {
            return known.articleId();
        }
        String cached = imageUploads.get(key + "@" + hash);
        if (cached != null) {
            return cached;
        }
        synchronized (imageUploads) { // two articles with one image: upload it once
            cached = imageUploads.get(key + "@" + hash);
            if (cached != null) {
                return cached;
            }
            String name = image.getFileName().toString().toLowerCase(Locale.ROOT);
            String type = name.endsWith(".png") ? "image/png" : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
            String uploadId = upload("image", image.getFileName().toString(), type, bytes);
            Map<String, Object> status = awaitDone(uploadId);
            String result = "published".equals(status.get("status")) ? uploadId : "!" + reasons(status.get("errors"));
            if (!result.startsWith("!")) {
                state.put(new ImportState.Entry(key, hash, uploadId, (String) status.get("url")));
            }
            imageUploads.put(key + "@" + hash, result);
            return result;
        }
    }

    private String upload(String kind, String filename, String contentType, byte[] bytes)
            throws IOException, InterruptedException {
        return EditorUpload.upload(
                this::send, options.baseUrl(), "Bearer " + options.token(), kind, filename, contentType, bytes);
    }

    private Map<String, Object> awaitDone(String uploadId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PUBLISH_TIMEOUT.toNanos();
        long pause = 100;
        while (true) {
            Map<String, Object> status = Json.readObject(send(
                    HttpRequest.newBuilder(URI.create(options.baseUrl() + "/api/uploads/" + uploadId))
                            .header("authorization", "Bearer " + options.token())
                            .GET()
                            .build(),
                    200));
            if (!"pending".equals(status.get("status"))) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException(
                        "upload " + uploadId + " still pending after " + PUBLISH_TIMEOUT.toMinutes() + " minutes");
            }
            Thread.sleep(pause);
            pause = Math.min(1000, pause * 2);
        }
    }

    /** Sends; a 503 or 429 (the portal's storage busy or throttled) is retried with backoff, up to a minute. */
    private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (long pause = 1000;
                (response.statusCode() == 503 || response.statusCode() == 429) && pause <= 32_000;
                pause *= 2) {
            Thread.sleep(pause);
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() == 401) {
            throw new IOException(
                    "the portal refused the editor token (401): is it expired? Restart ./run or pass --token-file");
        }
        if (response.statusCode() != expected) {
            throw new IOException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private void writeReport(Report report, int found) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Archive import of ")
                .append(options.dir().toAbsolutePath())
                .append(" into ")
                .append(options.baseUrl())
                .append('\n');
        out.append(String.format(
                Locale.ROOT,
                "# %d files: %d published, %d rejected, %d skipped (already published unchanged)%s; %.1f s, %.1f articles/min%n",
                found,
                report.count(Result.PUBLISHED),
                report.count(Result.REJECTED),
                report.count(Result.SKIPPED),
                report.interrupted()
                        ? ", " + (found - report.outcomes().size()) + " not done (interrupted: run again to continue)"
                        : "",
                report.took().toMillis() / 1000.0,
                report.count(Result.PUBLISHED)
                        * 60_000.0
                        / Math.max(1, report.took().toMillis())));
        for (Result r : Result.values()) {
            for (Outcome o : report.outcomes()) {
                if (o.result() == r) {
                    out.append(r.name().toLowerCase(Locale.ROOT))
                            .append('\t')
                            .append(o.file())
                            .append('\t')
                            .append(o.detail() == null ? "" : o.detail().replace('\n', ' '))
                            .append('\n');
                }
            }
        }
        Path file = options.dir().resolve(REPORT_FILE);
        Files.writeString(file, out, StandardCharsets.UTF_8);
        options.out()
                .println(out.substring(out.indexOf("\n") + 3, out.indexOf("\n", out.indexOf("\n") + 1)) + "\nReport: "
                        + file);
    }

    static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static String reasons(Object errors) {
        if (!(errors instanceof List<?> list) || list.isEmpty()) {
            return "rejected";
        }
        List<String> out = new ArrayList<>();
        for (Object e : list) {
            if (e instanceof Map<?, ?> m) {
                out.add(m.get("field") + ": " + m.get("message"));
            }
        }
        return String.join("; ", out);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
