package vn.gov.portal.articles.render;

import java.time.OffsetDateTime;

/** One article in a list, feed or sitemap. {@code url} is a site path, e.g. from {@link Paths#articlePath}; summary may be null. */
public record ArticleLink(String title, String url, String summary, OffsetDateTime publishedAt) {

    public ArticleLink {
        Paths.requireLink(url, "url");
    }
}
