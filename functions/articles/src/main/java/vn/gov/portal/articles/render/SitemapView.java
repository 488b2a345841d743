package vn.gov.portal.articles.render;

import java.util.List;

/** The pages for sitemap.xml besides the home page, which is always listed first. */
public record SitemapView(String siteUrl, List<ArticleLink> items) {

    /** The sitemaps.org limit for one file. */
    public static final int MAX_URLS = 50_000;

    public SitemapView {
        siteUrl = Paths.requireSiteUrl(siteUrl);
        items = List.copyOf(items);
        if (items.size() + 1 > MAX_URLS) {
            throw new IllegalArgumentException("a sitemap holds at most " + MAX_URLS + " URLs");
        }
    }
}
