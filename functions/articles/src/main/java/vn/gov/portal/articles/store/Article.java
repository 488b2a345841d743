package vn.gov.portal.articles.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.gov.portal.articles.render.Picture;
import vn.gov.portal.common.Dates;

/**
 * A published article's metadata, as stored and as listed. {@code publishedAt} is in +07:00.
 * {@code category} is its section's slug (config/sections.json); {@code lead} its first image, or
 * null: the home page's lead picture and the listings' thumbnail. Built by naming its fields
 * ({@link #builder()}): most are strings, easy to swap in order.
 */
public record Article(
        String id,
        String slug,
        String title,
        String summary,
        String category,
        String author,
        OffsetDateTime publishedAt,
        String url,
        String sourceUploadId,
        Instant updatedAt,
        long ratingCount,
        long ratingSum,
        Picture lead) {

    public LocalDate day() {
        return Dates.vietnamDay(publishedAt);
    }

    /** Average stars rounded to one decimal; 0 without votes. */
    public double ratingAverage() {
        return ratingCount == 0 ? 0 : Math.round(ratingSum * 10.0 / ratingCount) / 10.0;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String id;
        private String slug;
        private String title;
        private String summary;
        private String category;
        private String author;
        private OffsetDateTime publishedAt;
        private String url;
        private String sourceUploadId;
        private Instant updatedAt;
        private long ratingCount;
        private long ratingSum;
        private Picture lead;

        private Builder() {}

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder slug(String slug) {
            this.slug = slug;
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

        public Builder category(String category) {
            this.category = category;
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

        public Builder sourceUploadId(String sourceUploadId) {
            this.sourceUploadId = sourceUploadId;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder ratingCount(long ratingCount) {
            this.ratingCount = ratingCount;
            return this;
        }

        public Builder ratingSum(long ratingSum) {
            this.ratingSum = ratingSum;
            return this;
        }

        public Builder lead(Picture lead) {
            this.lead = lead;
            return this;
        }

        public Article build() {
            return new Article(
                    id,
                    slug,
                    title,
                    summary,
                    category,
                    author,
                    publishedAt,
                    url,
                    sourceUploadId,
                    updatedAt,
                    ratingCount,
                    ratingSum,
                    lead);
        }
    }
}
