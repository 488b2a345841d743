package vn.gov.portal.articles.render;

import java.util.List;

/** The RSS items, newest first; {@code siteUrl} (e.g. "https://portal.example.gov.vn") makes links absolute. */
public record FeedView(String siteUrl, List<ArticleLink> items) {

    public FeedView {
        siteUrl = SitePaths.requireSiteUrl(siteUrl);
        items = List.copyOf(items);
    }
}
