package vn.gov.portal.local.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import vn.gov.portal.common.Json;
import vn.gov.portal.local.EditorClient;
import vn.gov.portal.local.Http;
import vn.gov.portal.local.KnownCaptchas;
import vn.gov.portal.local.LocalPortal;
import vn.gov.portal.local.SampleFiles;
import vn.gov.portal.local.TestStack;

/**
 * The whole local stack, started in this JVM (TestStack: its own stack name on the shared
 * emulator), with content published the way an editor publishes it: through upload URLs and the
 * publish queue, directives through the API with an editor token.
 */
final class ReaderSite implements AutoCloseable {

    private static final AtomicInteger READERS = new AtomicInteger();
    private static ReaderSite shared;

    final LocalPortal portal;
    final Http http;
    final EditorClient editor;
    /** Captchas with a known answer, written straight to storage (never through a route). */
    final KnownCaptchas captchas;

    record Published(String id, String url) {}

    private ReaderSite() {
        this.portal = TestStack.portal();
        this.http = new Http(portal.baseUrl());
        this.editor = new EditorClient(portal);
        this.captchas = new KnownCaptchas(portal.functionEnv("CreateCaptchaFunction"));
    }

    /** A site of its own (for tests that change what every reader sees, like the rate limits). */
    static ReaderSite start() {
        return new ReaderSite();
    }

    /** One site for the browser test classes that only add their own articles: started once per JVM. */
    static synchronized ReaderSite shared() {
        if (shared == null) {
            shared = new ReaderSite();
            shared.publishSamples(TestStack.ROOT.resolve("local/samples"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    String url(String path) {
        return portal.baseUrl() + path;
    }

    /** Publishes a Markdown article and waits until its page is in the site bucket. */
    Published publish(String title, String slug, String publishedAt, String summary, String markdown) {
        return publishIn(null, title, slug, publishedAt, summary, markdown);
    }

    /** The same in a section (null: the default one). */
    Published publishIn(
            String section, String title, String slug, String publishedAt, String summary, String markdown) {
        String source = "---\ntitle: " + title + "\nslug: " + slug + "\npublishedAt: " + publishedAt
                + (section == null ? "" : "\nsection: " + section)
                + (summary == null ? "" : "\nsummary: " + summary) + "\n---\n" + markdown + "\n";
        return published(editor.awaitDone(editor.uploadArticle(source)));
    }

    private static Published published(Map<String, Object> status) {
        if (!"published".equals(status.get("status"))) {
            throw new AssertionError("not published: " + status);
        }
        return new Published((String) status.get("articleId"), (String) status.get("url"));
    }

    /** Registers a directive as an editor does; returns it as the API shows it. */
    Map<String, Object> directive(String title, String issuedOn, String attachmentUploadId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("issuedOn", issuedOn);
        if (attachmentUploadId != null) {
            body.put("attachmentUploadId", attachmentUploadId);
        }
        Http.Response response = http.post("/api/directives", Json.write(body), "authorization", editor.bearer());
        if (response.status() != 201 && response.status() != 200) {
            throw new AssertionError("directive refused: " + response.status() + " " + response.body());
        }
        return response.json();
    }

    /** A small PDF uploaded as a directive attachment; returns its upload id once checked. */
    String uploadPdf() {
        byte[] pdf = SampleFiles.pdf();
        String uploadId = editor.upload("attachment", "van-ban.pdf", "application/pdf", pdf);
        Map<String, Object> status = editor.awaitDone(uploadId);
        if (!"published".equals(status.get("status"))) {
            throw new AssertionError("attachment not accepted: " + status);
        }
        return uploadId;
    }

    /** A vote from another reader (its own address and cookie), through the API with a known captcha. */
    void vote(String articleId, int stars) {
        int n = READERS.incrementAndGet();
        String body = Json.write(Map.of("stars", stars, "captchaId", captchas.seed("ACEHJ"), "captchaAnswer", "ACEHJ"));
        Http.Response response = http.post(
                "/api/articles/" + articleId + "/ratings",
                body,
                "x-forwarded-for",
                "198.51.100." + (n % 250 + 1),
                "cookie",
                "rid=browser-test-reader-" + n + "-xxxxxxxxxxxx");
        if (response.status() != 200) {
            throw new AssertionError("vote refused: " + response.status() + " " + response.body());
        }
    }

    /** What ./run publishes on a fresh stack: local/samples (images, directives.json, directives-related.json, articles). */
    private void publishSamples(Path samples) {
        try {
            Map<String, String> images = new LinkedHashMap<>();
            for (Path image : files(samples, ".png", ".jpg", ".webp")) {
                String name = image.getFileName().toString();
                String type =
                        name.endsWith(".png") ? "image/png" : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
                images.put(name, editor.upload("image", name, type, Files.readAllBytes(image)));
            }
            images.values().forEach(editor::awaitDone);
            // directives first, as ./run does: the articles link the symbols registered when they are published
            Path directives = samples.resolve("directives.json");
            if (Files.exists(directives)) {
                Http.Response response = http.post(
                        "/api/directives/import",
                        Files.readString(directives, StandardCharsets.UTF_8),
                        "authorization",
                        editor.bearer());
                if (response.status() != 200) {
                    throw new AssertionError("sample directives refused: " + response.body());
                }
            }
            Path related = samples.resolve("directives-related.json");
            if (Files.exists(related)) {
                for (Object body : (List<?>) Json.readAny(Files.readString(related, StandardCharsets.UTF_8))) {
                    Http.Response response =
                            http.post("/api/directives", Json.write(body), "authorization", editor.bearer());
                    if (response.status() != 201 && response.status() != 200) {
                        throw new AssertionError("sample directive refused: " + response.body());
                    }
                }
            }
            for (Path source : files(samples.resolve("articles"), ".md", ".html")) {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                for (var image : images.entrySet()) {
                    text = text.replace("${image:" + image.getKey() + "}", image.getValue());
                }
                String type = source.toString().endsWith(".html") ? "text/html" : "text/markdown";
                published(editor.awaitDone(editor.upload(
                        "article", source.getFileName().toString(), type, text.getBytes(StandardCharsets.UTF_8))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, String... extensions) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f ->
                            Stream.of(extensions).anyMatch(e -> f.toString().endsWith(e)))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public synchronized void close() {
        portal.close();
    }
}
