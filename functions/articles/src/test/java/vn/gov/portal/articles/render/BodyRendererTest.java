package vn.gov.portal.articles.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.articles.source.ArticleSource;
import vn.gov.portal.articles.source.BodyFormat;
import vn.gov.portal.articles.source.ImageRef;

class BodyRendererTest {

    private final BodyRenderer renderer = new BodyRenderer();

    private String markdown(String body) {
        return renderer.toSafeHtml(body, BodyFormat.MARKDOWN);
    }

    @Test
    void rendersHeadingsWithH1AsH2() {
        assertThat(markdown("# Một\n\n## Hai\n\n### Ba")).isEqualTo("<h2>Một</h2>\n<h2>Hai</h2>\n<h3>Ba</h3>\n");
    }

    @Test
    void rendersEmphasisAndParagraphs() {
        assertThat(markdown("Đoạn *nghiêng* và **đậm**.\n\nĐoạn hai."))
                .isEqualTo("<p>Đoạn <em>nghiêng</em> và <strong>đậm</strong>.</p>\n<p>Đoạn hai.</p>\n");
    }

    @Test
    void rendersLists() {
        assertThat(markdown("- một\n- hai\n\n3. ba\n4. bốn"))
                .isEqualTo(
                        "<ul>\n<li>một</li>\n<li>hai</li>\n</ul>\n<ol start=\"3\">\n<li>ba</li>\n<li>bốn</li>\n</ol>\n");
    }

    @Test
    void rendersLinksAndMarksExternalOnes() {
        assertThat(markdown("[Chính phủ](https://chinhphu.vn \"Cổng\") và [tin](/tin-tuc/a.html)"))
                .isEqualTo(
                        "<p><a href=\"https://chinhphu.vn\" title=\"Cổng\" rel=\"nofollow noopener noreferrer\">Chính phủ</a>"
                                + " và <a href=\"/tin-tuc/a.html\">tin</a></p>\n");
    }

    @Test
    void rendersImages() {
        assertThat(markdown("![Toàn cảnh](https://ok.vn/a.jpg)"))
                .isEqualTo("<p><img src=\"https://ok.vn/a.jpg\" alt=\"Toàn cảnh\"></p>\n");
        assertThat(markdown("![Ảnh](upload:abc)")).isEqualTo("<p><img src=\"upload:abc\" alt=\"Ảnh\"></p>\n");
    }

    @Test
    void refusesScriptLinksWrittenInMarkdown() {
        assertThat(markdown("[bấm](javascript:alert(1)) ![x](data:image/png;base64,AA==)"))
                .isEqualTo("<p>bấm </p>\n");
    }

    @Test
    void sanitizesRawHtmlInsideMarkdown() {
        String html = markdown(
                "Đoạn <span onclick=\"alert(1)\" style=\"color:red\">x</span>\n\n<script>alert(1)</script>\n\n<div class=\"x\"><iframe src=\"https://evil\"></iframe>khối</div>");
        assertThat(html).isEqualTo("<p>Đoạn <span>x</span></p>\n\n<div>khối</div>\n");
    }

    @Test
    void rendersCodeEscaped() {
        assertThat(markdown("`<b>` và\n\n```\n<script>x</script>\n```"))
                .isEqualTo(
                        "<p><code>&lt;b&gt;</code> và</p>\n<pre><code>&lt;script&gt;x&lt;/script&gt;\n</code></pre>\n");
    }

    @Test
    void sanitizesHtmlBodies() {
        assertThat(renderer.toSafeHtml("<h1>T</h1><p onclick=x>Đoạn</p><script>alert(1)</script>", BodyFormat.HTML))
                .isEqualTo("<h2>T</h2><p>Đoạn</p>");
    }

    @Test
    void renderPlacesTheSourceImages() {
        ArticleSource source = ArticleSource.builder()
                .title("T")
                .publishedAt(OffsetDateTime.parse("2018-12-14T09:30:00+07:00"))
                .slug("t")
                .category("tin-tuc")
                .images(List.of(new ImageRef("a1", "Một"), new ImageRef("b2", "Hai")))
                .body("Đoạn.\n\n![](upload:b2)\n")
                .format(BodyFormat.MARKDOWN)
                .build();
        Figure a1 = new Figure("https://cdn.example/a1.jpg", "Một");
        Figure b2 = new Figure("https://cdn.example/b2.jpg", "Hai");

        RenderedBody body = renderer.render(source, Map.of("a1", a1, "b2", b2));

        assertThat(body.html())
                .isEqualTo(
                        "<p>Đoạn.</p>\n<figure class=\"article-figure\"><img src=\"https://cdn.example/b2.jpg\" alt=\"Hai\">"
                                + "<figcaption>Hai</figcaption></figure>\n");
        assertThat(body.trailingFigures()).containsExactly(a1);
    }
}
