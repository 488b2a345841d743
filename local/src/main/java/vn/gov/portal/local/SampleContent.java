package vn.gov.portal.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.gov.portal.common.Json;

/**
 * Publishes local/samples through the same paths an editor uses: ask the API for an upload URL,
 * PUT the file to S3, and wait for the publish function to report it published. Images go first;
 * articles name them as {@code ${image:<file name>}}, replaced by the image's upload id. Sample
 * directive titles go through the import route, then the richer records of directives-related.json
 * (dates of effect, fields, relations) one by one through POST /api/directives, in order, before
 * the articles that mention them.
 */
final class SampleContent {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    SampleContent(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Returns how many articles were published. */
    int publish(Path samples) throws IOException, InterruptedException {
        Map<String, String> imageIds = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        for (Path image : list(samples, ".png", ".jpg", ".jpeg", ".webp")) {
            String name = image.getFileName().toString();
            String type = name.endsWith(".png") ? "image/png" : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
            String id = upload("image", name, type, Files.readAllBytes(image));
            imageIds.put(name, id);
            pending.add(id);
        }
        awaitPublished(pending);
        // Directives before articles: an article's page links the symbols registered when it is published.
        Path directives = samples.resolve("directives.json");
        if (Files.exists(directives)) {
            send(
                    HttpRequest.newBuilder(URI.create(base + "/api/directives/import"))
                            .header("authorization", "Bearer " + token)
                            .header("content-type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    Files.readString(directives, StandardCharsets.UTF_8)))
                            .build(),
                    200);
        }
        Path related = samples.resolve("directives-related.json");
        if (Files.exists(related)) {
            for (Object body : (List<?>) Json.readAny(Files.readString(related, StandardCharsets.UTF_8))) {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/directives"))
                                .header("authorization", "Bearer " + token)
                                .header("content-type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201 && response.statusCode() != 200) {
                    throw new IllegalStateException(
                            "POST /api/directives answered " + response.statusCode() + ": " + response.body());
                }
            }
        }
        List<String> articles = new ArrayList<>();
        for (Path source : list(samples.resolve("articles"), ".md", ".html")) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            for (var e : imageIds.entrySet()) {
                text = text.replace("${image:" + e.getKey() + "}", e.getValue());
            }
            String type = source.toString().endsWith(".html") ? "text/html" : "text/markdown";
            articles.add(
                    upload("article", source.getFileName().toString(), type, text.getBytes(StandardCharsets.UTF_8)));
        }
        awaitPublished(articles);
        return articles.size();
    }

    private String upload(String kind, String filename, String contentType, byte[] bytes)
            throws IOException, InterruptedException {
        return EditorUpload.upload(this::send, base, "Bearer " + token, kind, filename, contentType, bytes);
    }

    private void awaitPublished(List<String> uploadIds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String id : uploadIds) {
            while (true) {
                Map<String, Object> status = Json.readObject(send(
                        HttpRequest.newBuilder(URI.create(base + "/api/uploads/" + id))
                                .header("authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        200));
                if ("published".equals(status.get("status"))) {
                    break;
                }
                if ("rejected".equals(status.get("status"))) {
                    throw new IllegalStateException("Sample upload " + id + " was rejected: " + status.get("errors"));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Sample upload " + id + " did not publish within 60 s");
                }
                Thread.sleep(200);
            }
        }
    }

    private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " "
                    + request.uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static List<Path> list(Path dir, String... extensions) throws IOException {
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
}
