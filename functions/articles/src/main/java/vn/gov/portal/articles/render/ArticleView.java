package vn.gov.portal.articles.render;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an article page shows. {@code bodyHtml} must come from {@link BodyRenderer} (it is printed
 * unescaped); {@code figures} are the ones shown after the body ({@link RenderedBody#trailingFigures()}).
 * summary and author may be null.
 */
public record ArticleView(
        String id,
        String title,
        String summary,
        String author,
        OffsetDateTime publishedAt,
        String url,
        String bodyHtml,
        List<Figure> figures,
        String category) {

    public ArticleView {
        Paths.requireLink(url, "url");
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
