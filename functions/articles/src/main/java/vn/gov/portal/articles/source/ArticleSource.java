package vn.gov.portal.articles.source;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A parsed and validated article source file. Text fields are NFC-cleaned; optional ones are null
 * when absent. {@code slug} and {@code category} always match {@link ArticleSourceParser#SLUG}.
 * {@code body} is NFC with its line breaks kept (LF only), still unsanitized. {@code id}, when
 * present, names the published article this source updates (well-formed, not checked to exist).
 * {@code draft}: the editor wants a preview first, not a publication. {@code expiresAt}: when the
 * article is unpublished by itself (null: never). Built by naming its fields ({@link #builder()}).
 */
public record ArticleSource(
        String title,
        OffsetDateTime publishedAt,
        String summary,
        String slug,
        String category,
        String author,
        List<ImageRef> images,
        String body,
        BodyFormat format,
        String id,
        boolean draft,
        OffsetDateTime expiresAt) {

    public ArticleSource {
        images = List.copyOf(images);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String title;
        private OffsetDateTime publishedAt;
        private String summary;
        private String slug;
        private String category;
        private String author;
        private List<ImageRef> images = List.of();
        private String body;
        private BodyFormat format;
        private String id;
        private boolean draft;
        private OffsetDateTime expiresAt;

        private Builder() {}

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder publishedAt(OffsetDateTime publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder images(List<ImageRef> images) {
            this.images = images;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder format(BodyFormat format) {
            this.format = format;
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        public Builder expiresAt(OffsetDateTime expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public ArticleSource build() {
            return new ArticleSource(
                    title, publishedAt, summary, slug, category, author, images, body, format, id, draft, expiresAt);
        }
    }
}
