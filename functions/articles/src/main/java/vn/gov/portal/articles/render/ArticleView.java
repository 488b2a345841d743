package vn.gov.portal.articles.render;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an article page shows. {@code bodyHtml} must come from {@link BodyRenderer} (it is printed
 * unescaped); {@code figures} are the ones shown after the body ({@link RenderedBody#trailingFigures()}).
 * summary and author may be null; {@code lead} (the image link previews show) may be null;
 * {@code updatedAt} null means "as published"; {@code related} are shown after the article.
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
        String category,
        Instant updatedAt,
        Picture lead,
        List<ArticleLink> related) {

    public ArticleView {
        SitePaths.requireLink(url, "url");
        figures = figures == null ? List.of() : List.copyOf(figures);
        related = related == null ? List.of() : List.copyOf(related);
    }

    public ArticleView(String id, String title, String summary, String author, OffsetDateTime publishedAt, String url,
                       String bodyHtml, List<Figure> figures, String category) {
        this(id, title, summary, author, publishedAt, url, bodyHtml, figures, category, null, null, List.of());
    }
}
