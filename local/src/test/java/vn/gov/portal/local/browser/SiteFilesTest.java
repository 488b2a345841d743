package vn.gov.portal.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gov.portal.local.TestStack;

/**
 * The reader pages' static files (functions/articles/src/main/resources/site): every one is in the
 * manifest SiteAssets installs from, and the script keeps to what the pages' CSP and safety need.
 */
class SiteFilesTest {

    static final Path SITE = TestStack.ROOT.resolve("functions/articles/src/main/resources/site");

    @Test
    void theManifestListsEveryFile() throws IOException {
        List<String> listed = Files.readAllLines(SITE.resolve("manifest.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .sorted()
                .toList();
        try (Stream<Path> files = Files.walk(SITE)) {
            List<String> present = files.filter(Files::isRegularFile)
                    .map(f -> SITE.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("manifest.txt"))
                    .sorted()
                    .toList();
            assertThat(listed).containsExactlyElementsOf(present);
        }
    }

    @Test
    void theScriptBuildsTheDomWithoutHtmlStringsOrInlineStyles() throws IOException {
        String js = Files.readString(SITE.resolve("assets/site.js"), StandardCharsets.UTF_8);
        // text from the API only ever becomes text: no HTML parsing of strings, no eval
        assertThat(js)
                .doesNotContain(
                        "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function");
        // style attributes would break the CSP (style-src 'self'): state lives in classes and attributes
        assertThat(js).doesNotContain(".style.", "setAttribute('style'", "cssText");
        assertThat(js).startsWith("/*").contains("(() => {", "'use strict';");
    }

    @Test
    void theShareScriptOnlyCopiesTheLinkAndNeverWritesMarkupOrStyles() throws IOException {
        String js = Files.readString(SITE.resolve("assets/share.js"), StandardCharsets.UTF_8);
        assertThat(js)
                .doesNotContain(
                        "innerHTML",
                        "outerHTML",
                        "insertAdjacentHTML",
                        "document.write",
                        "eval(",
                        "new Function",
                        ".style.",
                        "setAttribute('style'",
                        "cssText",
                        "fetch(",
                        "XMLHttpRequest",
                        "http://",
                        "https://");
        assertThat(js).contains("'use strict';", "navigator.clipboard.writeText", "textContent");
    }

    @Test
    void theStylesheetLoadsNothingFromElsewhere() throws IOException {
        String css = Files.readString(SITE.resolve("assets/site.css"), StandardCharsets.UTF_8);
        assertThat(css).doesNotContain("@import", "@font-face", "http://", "https://", "url(");
    }
}
