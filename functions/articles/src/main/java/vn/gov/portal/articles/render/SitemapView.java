package vn.gov.portal.articles.render;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One sitemaps.org urlset: a month's articles (each with the time its page last changed), or the
 * site's fixed pages. {@code siteUrl} makes the site paths absolute.
 */
public record SitemapView(String siteUrl, List<Url> urls) {

    /** The sitemaps.org limit for one file. */
    public static final int MAX_URLS = 50_000;

    /** A site path and when its page last changed (null: not stated). */
    public record Url(String path, OffsetDateTime lastmod) {
        public Url {
            SitePaths.requireLink(path, "path");
        }
    }

    public SitemapView {
        siteUrl = SitePaths.requireSiteUrl(siteUrl);
        urls = List.copyOf(urls);
        if (urls.size() > MAX_URLS) {
            throw new IllegalArgumentException("a sitemap holds at most " + MAX_URLS + " URLs");
        }
    }
}
