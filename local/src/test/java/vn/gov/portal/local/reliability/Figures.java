package vn.gov.portal.local.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.gov.portal.common.Json;
import vn.gov.portal.local.TestStack;

/**
 * The figures a reliability test measured: printed, and written to
 * local/target/reliability/BACKEND/NAME.json for docs/reliability.md.
 */
final class Figures {

    static final Path DIR = TestStack.ROOT.resolve("local/target/reliability").resolve(TestStack.backendLabel());

    private Figures() {}

    static void report(String name, Map<String, Object> figures) {
        String json = Json.write(figures);
        System.out.println("[reliability] " + name + ": " + json);
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(name + ".json"), json + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
