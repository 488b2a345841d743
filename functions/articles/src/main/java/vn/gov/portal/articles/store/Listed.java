package vn.gov.portal.articles.store;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An article as the listings show it (day archive, home, feed, month sitemap): the copy of its
 * metadata that {@link ArticlesTable} keeps in the month's listing partition, written in the
 * same transaction as the article, so listings are rebuilt from strongly consistent reads.
 */
public record Listed(String id, String title, String url, String summary, String category,
                     OffsetDateTime publishedAt, Instant updatedAt) {

    public static Listed of(Article a) {
        return new Listed(a.id(), a.title(), a.url(), a.summary(), a.category(), a.publishedAt(), a.updatedAt());
    }
}
