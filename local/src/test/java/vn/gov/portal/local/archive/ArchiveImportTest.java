package vn.gov.portal.local.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.portal.local.Http;
import vn.gov.portal.local.PortalTest;

/**
 * The archive import end to end: a generated sample archive of 30 articles (recurring titles
 * and images included) and one broken file, through the upload path of a running portal; every
 * article is kept as its own article, the broken one is reported with its reason, and a rerun
 * skips everything already published.
 */
class ArchiveImportTest extends PortalTest {

    @Test
    void aSampleArchiveIsImportedWholeAndARerunSkipsIt(@TempDir Path dir) throws Exception {
        List<Path> sources = SampleArchive.write(dir, 30, 7);
        Files.writeString(dir.resolve("2016/01/hong.md"), "---\nsummary: không có tiêu đề\n---\nThân bài.\n");
        assertThat(sources.stream().filter(s -> read(s).contains("title: " + SampleArchive.WEEKLY)))
                .hasSizeGreaterThan(1);
        assertThat(sources.stream().filter(s -> read(s).contains("${image:"))).isNotEmpty();

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ArchiveImport.Report first = importer(dir, console).run();

        assertThat(first.interrupted()).isFalse();
        assertThat(first.count(ArchiveImport.Result.PUBLISHED)).isEqualTo(30);
        assertThat(first.outcomes())
                .filteredOn(o -> o.result() == ArchiveImport.Result.REJECTED)
                .singleElement()
                .satisfies(o -> assertThat(o.file()).isEqualTo("2016/01/hong.md"))
                .satisfies(o -> assertThat(o.detail()).contains("title"));
        List<String> urls = first.outcomes().stream()
                .filter(o -> o.result() == ArchiveImport.Result.PUBLISHED)
                .map(ArchiveImport.Outcome::detail)
                .toList();
        assertThat(urls)
                .as("every article its own page")
                .doesNotHaveDuplicates()
                .hasSize(30);
        Http http = new Http(portal.baseUrl());
        for (Path source : sources) {
            String text = read(source);
            String title = text.substring(text.indexOf("title: ") + 7, text.indexOf('\n', text.indexOf("title: ")));
            String day = text.substring(text.indexOf("publishedAt: ") + 13, text.indexOf("publishedAt: ") + 23);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>)
                    http.get("/api/articles?date=" + day).json().get("items");
            assertThat(items).as(source.toString()).anyMatch(i -> title.equals(i.get("title")));
        }
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("Importing 31 article sources", "31/31", "/min", "ETA");
        String report = Files.readString(dir.resolve(ArchiveImport.REPORT_FILE));
        assertThat(report).contains("30 published, 1 rejected, 0 skipped");
        assertThat(report.lines().filter(l -> l.startsWith("published\t"))).hasSize(30);
        assertThat(report).containsPattern("rejected\t2016/01/hong.md\ttitle: ");

        ArchiveImport.Report rerun = importer(dir, new ByteArrayOutputStream()).run();
        assertThat(rerun.count(ArchiveImport.Result.SKIPPED)).isEqualTo(30);
        assertThat(rerun.count(ArchiveImport.Result.PUBLISHED)).isZero();
        assertThat(rerun.count(ArchiveImport.Result.REJECTED))
                .as("the broken file is tried again")
                .isEqualTo(1);
    }

    private static ArchiveImport importer(Path dir, ByteArrayOutputStream console) throws Exception {
        return new ArchiveImport(new ArchiveImport.Options(
                dir,
                portal.baseUrl(),
                portal.jwt().editorToken(Duration.ofMinutes(30)),
                4,
                new PrintStream(console, true, StandardCharsets.UTF_8),
                false));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
