package vn.gov.portal.articles.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigurePlacerTest {

    private static final Figure A = new Figure("https://cdn.example/a.jpg", "Toàn cảnh hội thảo");
    private static final Figure B = new Figure("/media/b.jpg", null, "Ảnh b");
    private static final Figure C = new Figure("https://cdn.example/c.jpg", "Chú thích <c> & d");
    private static final Map<String, Figure> FIGURES = Map.of("a", A, "b", B, "c", C);
    private static final List<String> ORDER = List.of("a", "b", "c");

    private static RenderedBody place(String html) {
        return FigurePlacer.place(html, FIGURES, ORDER);
    }

    @Test
    void withoutReferencesAllFiguresTrailInOrder() {
        RenderedBody body = place("<p>Đoạn.</p>");
        assertThat(body.html()).isEqualTo("<p>Đoạn.</p>");
        assertThat(body.trailingFigures()).containsExactly(A, B, C);
    }

    @Test
    void aParagraphHoldingOnlyTheImageBecomesTheFigure() {
        RenderedBody body = place("<p>Trước</p><p><img src=\"upload:a\" alt=\"\"></p><p>Sau</p>");
        assertThat(body.html())
                .isEqualTo("<p>Trước</p><figure class=\"article-figure\"><img src=\"https://cdn.example/a.jpg\" "
                        + "alt=\"Toàn cảnh hội thảo\"><figcaption>Toàn cảnh hội thảo</figcaption></figure><p>Sau</p>");
        assertThat(body.trailingFigures()).containsExactly(B, C);
    }

    @Test
    void keepsTheAuthorsAltText() {
        assertThat(place("<img src=\"upload:a\" alt=\"Đại biểu\">").html()).contains("alt=\"Đại biểu\"");
    }

    @Test
    void noCaptionNoFigcaption() {
        assertThat(place("<img src=\"upload:b\">").html())
                .isEqualTo("<figure class=\"article-figure\"><img src=\"/media/b.jpg\" alt=\"Ảnh b\"></figure>");
    }

    @Test
    void captionIsEscaped() {
        assertThat(place("<img src=\"upload:c\">").html())
                .contains("<figcaption>Chú thích &lt;c&gt; &amp; d</figcaption>");
    }

    @Test
    void anInlineImageMovesAfterItsParagraphInOrder() {
        RenderedBody body =
                place("<p>Chữ <img src=\"upload:a\"> giữa <em><img src=\"upload:b\"></em> cuối</p><p>Sau</p>");
        assertThat(body.html())
                .isEqualTo(
                        "<p>Chữ  giữa <em></em> cuối</p>"
                                + "<figure class=\"article-figure\"><img src=\"https://cdn.example/a.jpg\" alt=\"Toàn cảnh hội thảo\"><figcaption>Toàn cảnh hội thảo</figcaption></figure>"
                                + "<figure class=\"article-figure\"><img src=\"/media/b.jpg\" alt=\"Ảnh b\"></figure><p>Sau</p>");
        assertThat(body.trailingFigures()).containsExactly(C);
    }

    @Test
    void twoImagesInOneParagraphKeepTheirOrder() {
        String html =
                place("<p><img src=\"upload:b\"><img src=\"upload:a\"></p>").html();
        assertThat(html.indexOf("/media/b.jpg")).isLessThan(html.indexOf("cdn.example/a.jpg"));
        assertThat(html).doesNotContain("<p>").startsWith("<figure").endsWith("</figure>");
    }

    @Test
    void aLinkedImageStaysLinked() {
        assertThat(place(
                                "<p><a href=\"https://x.vn\" rel=\"nofollow noopener noreferrer\"><img src=\"upload:b\"></a></p>")
                        .html())
                .isEqualTo(
                        "<figure class=\"article-figure\"><a href=\"https://x.vn\" rel=\"nofollow noopener noreferrer\">"
                                + "<img src=\"/media/b.jpg\" alt=\"Ảnh b\"></a></figure>");
    }

    @Test
    void figuresGoWhereFlowContentIsAllowed() {
        assertThat(place("<ul><li><img src=\"upload:b\"></li></ul>").html())
                .isEqualTo(
                        "<ul><li><figure class=\"article-figure\"><img src=\"/media/b.jpg\" alt=\"Ảnh b\"></figure></li></ul>");
        assertThat(place("<h2>Tiêu đề <img src=\"upload:b\"></h2>").html())
                .isEqualTo(
                        "<h2>Tiêu đề </h2><figure class=\"article-figure\"><img src=\"/media/b.jpg\" alt=\"Ảnh b\"></figure>");
    }

    @Test
    void anAuthorsFigureGetsTheSourceOnlyAndACaptionIfItHasNone() {
        assertThat(place("<figure><img src=\"upload:a\"></figure>").html())
                .isEqualTo(
                        "<figure><img src=\"https://cdn.example/a.jpg\" alt=\"Toàn cảnh hội thảo\"><figcaption>Toàn cảnh hội thảo</figcaption></figure>");
        assertThat(place("<figure><img src=\"upload:a\"><figcaption>Của tác giả</figcaption></figure>")
                        .html())
                .isEqualTo(
                        "<figure><img src=\"https://cdn.example/a.jpg\" alt=\"Toàn cảnh hội thảo\"><figcaption>Của tác giả</figcaption></figure>");
    }

    @Test
    void aFigureReferencedTwiceIsShownTwiceAndNotTrailing() {
        RenderedBody body = place("<img src=\"upload:a\"><p>x</p><img src=\"upload:a\">");
        assertThat(body.html().split("cdn.example/a.jpg", -1)).hasSize(3);
        assertThat(body.trailingFigures()).containsExactly(B, C);
    }

    @Test
    void unresolvedReferencesAreRemoved() {
        RenderedBody body = place("<p>Ảnh: <img src=\"upload:zzz\" alt=\"mất\"></p>");
        assertThat(body.html()).isEqualTo("<p>Ảnh: </p>");
        assertThat(body.trailingFigures()).containsExactly(A, B, C);
    }

    @Test
    void orderedIdsWithoutAFigureAreSkipped() {
        assertThat(FigurePlacer.place("<p>x</p>", Map.of("a", A), List.of("missing", "a"))
                        .trailingFigures())
                .containsExactly(A);
    }

    @Test
    void otherImagesAreLeftAlone() {
        assertThat(place("<p><img src=\"https://ok.vn/x.png\" alt=\"x\"></p>").html())
                .isEqualTo("<p><img src=\"https://ok.vn/x.png\" alt=\"x\"></p>");
    }

    @Test
    void figureUrlsMustBeSitePathsOrHttp() {
        assertThatThrownBy(() -> new Figure("javascript:alert(1)", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figure("//evil.example/a.png", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figure(null, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figureAltDefaultsToCaption() {
        assertThat(new Figure("/a.jpg", "Chú thích").alt()).isEqualTo("Chú thích");
        assertThat(new Figure("/a.jpg", " ").alt()).isEmpty();
        assertThat(new Figure("/a.jpg", " ").caption()).isNull();
    }
}
