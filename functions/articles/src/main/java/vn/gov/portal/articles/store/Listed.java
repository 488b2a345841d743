package vn.gov.portal.articles.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.gov.portal.articles.render.Picture;

/**
 * An article as the listings show it (day archive, section pages, home, feed, month sitemap):
 * the copy of its metadata that {@link ArticlesTable} keeps in the listing partitions, written in
 * the same transaction as the article, so listings are rebuilt from strongly consistent reads.
 * {@code lead} is its lead image or null.
 */
public record Listed(
        String id,
        String title,
        String url,
        String summary,
        String category,
        OffsetDateTime publishedAt,
        Instant updatedAt,
        Picture lead) {

    public Listed(
            String id,
            String title,
            String url,
            String summary,
            String category,
            OffsetDateTime publishedAt,
            Instant updatedAt) {
        this(id, title, url, summary, category, publishedAt, updatedAt, null);
    }

    public static Listed of(Article a) {
        return new Listed(
                a.id(), a.title(), a.url(), a.summary(), a.category(), a.publishedAt(), a.updatedAt(), a.lead());
    }
}
