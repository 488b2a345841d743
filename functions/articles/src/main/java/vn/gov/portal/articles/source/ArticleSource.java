package vn.gov.portal.articles.source;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A parsed and validated article source file. Text fields are NFC-cleaned; optional ones are null
 * when absent. {@code slug} and {@code category} always match {@link ArticleSourceParser#SLUG}.
 * {@code body} is NFC with its line breaks kept (LF only), still unsanitized.
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
        BodyFormat format) {

    public ArticleSource {
        images = List.copyOf(images);
    }
}
