package vn.gov.portal.articles.source;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A parsed and validated article source file. Text fields are NFC-cleaned; optional ones are null
 * when absent. {@code slug} and {@code category} always match {@link ArticleSourceParser#SLUG}.
 * {@code body} is NFC with its line breaks kept (LF only), still unsanitized. {@code id}, when
 * present, names the published article this source updates (well-formed, not checked to exist).
 * {@code draft}: the editor wants a preview first, not a publication. {@code expiresAt}: when the
 * article is unpublished by itself (null: never).
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

    /** A source that names no article id (a new article, or the one its slug names on its day). */
    public ArticleSource(String title, OffsetDateTime publishedAt, String summary, String slug, String category,
                         String author, List<ImageRef> images, String body, BodyFormat format) {
        this(title, publishedAt, summary, slug, category, author, images, body, format, null);
    }

    /** A source that is not a draft. */
    public ArticleSource(String title, OffsetDateTime publishedAt, String summary, String slug, String category,
                         String author, List<ImageRef> images, String body, BodyFormat format, String id) {
        this(title, publishedAt, summary, slug, category, author, images, body, format, id, false, null);
    }
}
