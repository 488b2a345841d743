package vn.gov.portal.articles.render;

import java.util.List;

/** The sitemaps.org sitemapindex at /sitemap.xml: one entry per sitemap file (fixed pages, then months). */
public record SitemapIndexView(String siteUrl, List<SitemapView.Url> sitemaps) {

    public SitemapIndexView {
        siteUrl = SitePaths.requireSiteUrl(siteUrl);
        sitemaps = List.copyOf(sitemaps);
        if (sitemaps.size() > SitemapView.MAX_URLS) {
            throw new IllegalArgumentException("a sitemap index holds at most " + SitemapView.MAX_URLS + " sitemaps");
        }
    }
}
