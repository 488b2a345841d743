package vn.gov.portal.articles.render;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an article page shows. {@code bodyHtml} must come from {@link BodyRenderer} (it is printed
 * unescaped); {@code figures} are the ones shown after the body ({@link RenderedBody#trailingFigures()}).
 * summary and author may be null; {@code lead} (the image link previews show) may be null;
 * {@code updatedAt} null means "as published"; {@code related} are shown after the article.
 * Built by naming its fields ({@link #builder()}).
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

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String id;
        private String title;
        private String summary;
        private String author;
        private OffsetDateTime publishedAt;
        private String url;
        private String bodyHtml;
        private List<Figure> figures;
        private String category;
        private Instant updatedAt;
        private Picture lead;
        private List<ArticleLink> related;

        private Builder() {}

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder publishedAt(OffsetDateTime publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder bodyHtml(String bodyHtml) {
            this.bodyHtml = bodyHtml;
            return this;
        }

        public Builder figures(List<Figure> figures) {
            this.figures = figures;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder lead(Picture lead) {
            this.lead = lead;
            return this;
        }

        public Builder related(List<ArticleLink> related) {
            this.related = related;
            return this;
        }

        public ArticleView build() {
            return new ArticleView(
                    id,
                    title,
                    summary,
                    author,
                    publishedAt,
                    url,
                    bodyHtml,
                    figures,
                    category,
                    updatedAt,
                    lead,
                    related);
        }
    }
}
