package vn.gov.portal.articles.render;

import java.time.OffsetDateTime;

/**
 * One article in a list, feed or sitemap. {@code url} is a site path, e.g. from {@link SitePaths#articlePath};
 * summary may be null; {@code lead} is its lead image or null; {@code section} its section's slug or null.
 */
public record ArticleLink(
        String title, String url, String summary, OffsetDateTime publishedAt, Picture lead, String section) {

    public ArticleLink {
        SitePaths.requireLink(url, "url");
    }

    public ArticleLink(String title, String url, String summary, OffsetDateTime publishedAt) {
        this(title, url, summary, publishedAt, null, null);
    }
}
