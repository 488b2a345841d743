package vn.gov.portal.articles.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SymbolLinkerTest {

    private static final String PAGE = "/van-ban/2026/06-qd-ttg.html";

    private static String link(String html, List<String> asked) {
        SymbolLinker linker = new SymbolLinker(text -> {
            asked.add(text);
            return text.contains("06/QĐ-TTg") ? Map.of("06/QĐ-TTg", PAGE) : Map.of();
        });
        return linker.link(new RenderedBody(html, List.of())).html();
    }

    @Test
    void aKnownSymbolInTheBodyLinksToItsPage() {
        String html = link(
                "<p>Thực hiện Quyết định số 06/QĐ-TTg của Thủ tướng, <em>Bộ</em> triển khai.</p>", new ArrayList<>());
        assertThat(html)
                .isEqualTo("<p>Thực hiện Quyết định số <a href=\"" + PAGE + "\" class=\"directive-ref\">06/QĐ-TTg</a>"
                        + " của Thủ tướng, <em>Bộ</em> triển khai.</p>");
    }

    @Test
    void textInsideALinkAndLongerSymbolsAreLeftAlone() {
        String html = link("<p><a href=\"/x\">06/QĐ-TTg</a> và 106/QĐ-TTg, 06/QĐ-TTg-VP.</p>", new ArrayList<>());
        assertThat(html).doesNotContain("directive-ref");
    }

    @Test
    void aBodyWithoutKnownSymbolsIsUnchanged() {
        List<String> asked = new ArrayList<>();
        String body = "<p>Không có văn bản nào.</p>";
        assertThat(link(body, asked)).isEqualTo(body);
        assertThat(asked).containsExactly("Không có văn bản nào.");
    }
}
