package vn.gov.portal.articles.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.gov.portal.articles.render.Picture;
import vn.gov.portal.common.Dates;

/**
 * A published article's metadata, as stored and as listed. {@code publishedAt} is in +07:00.
 * {@code category} is its section's slug (config/sections.json); {@code lead} its first image, or
 * null: the home page's lead picture and the listings' thumbnail.
 */
public record Article(String id, String slug, String title, String summary, String category, String author,
                      OffsetDateTime publishedAt, String url, String sourceUploadId, Instant updatedAt,
                      long ratingCount, long ratingSum, Picture lead) {

    /** An article without a lead image. */
    public Article(String id, String slug, String title, String summary, String category, String author,
                   OffsetDateTime publishedAt, String url, String sourceUploadId, Instant updatedAt,
                   long ratingCount, long ratingSum) {
        this(id, slug, title, summary, category, author, publishedAt, url, sourceUploadId, updatedAt, ratingCount, ratingSum, null);
    }

    public LocalDate day() {
        return Dates.vietnamDay(publishedAt);
    }

    /** Average stars rounded to one decimal; 0 without votes. */
    public double ratingAverage() {
        return ratingCount == 0 ? 0 : Math.round(ratingSum * 10.0 / ratingCount) / 10.0;
    }
}
