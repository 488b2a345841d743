package vn.gov.portal.articles.publish;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.gov.portal.articles.render.ArticleLink;
import vn.gov.portal.articles.render.DayArchiveView;
import vn.gov.portal.articles.render.FeedView;
import vn.gov.portal.articles.render.HomeView;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.render.Paths;
import vn.gov.portal.articles.render.SitemapView;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.aws.SiteBucket;

/**
 * The pages derived from article metadata: day archives, the home page, the RSS feed and the
 * sitemap. Always rebuilt from the table (never patched), so a retried publish converges.
 */
public final class Listings {

    static final int HOME_SIZE = 20;
    static final int FEED_SIZE = 50;

    private final ArticlesTable articles;
    private final SiteBucket site;
    private final PageRenderer pages;
    private final String siteUrl;

    public Listings(ArticlesTable articles, SiteBucket site, PageRenderer pages, String siteUrl) {
        this.articles = articles;
        this.site = site;
        this.pages = pages;
        this.siteUrl = siteUrl;
    }

    /** A day's archive of one category: rewritten, or removed when it has no article left. */
    public void dayArchive(String category, LocalDate day) {
        List<ArticleLink> links = articles.between(day, day, 1000, null).items().stream()
                .filter(a -> a.category().equals(category)).map(Listings::link).toList();
        String path = Paths.dayArchivePath(category, day);
        if (links.isEmpty()) {
            site.delete(path);
        } else {
            site.putText(path, pages.dayArchivePage(new DayArchiveView(day, category, links)),
                    "text/html; charset=utf-8", SiteBucket.LISTING_CACHE);
        }
    }

    /** Home, feed and sitemap. */
    public void siteWide() {
        // One read serves all three: the sitemap lists every article, newest first, so the home
        // page and the feed are its head.
        List<ArticleLink> all = articles.all().stream().map(Listings::link).toList();
        site.putText(Paths.HOME + "index.html", pages.homePage(new HomeView(all.subList(0, Math.min(HOME_SIZE, all.size())))),
                "text/html; charset=utf-8", SiteBucket.LISTING_CACHE);
        site.putText(Paths.RSS, pages.rss(new FeedView(siteUrl, all.subList(0, Math.min(FEED_SIZE, all.size())))),
                "application/rss+xml; charset=utf-8", SiteBucket.LISTING_CACHE);
        site.putText(Paths.SITEMAP, pages.sitemap(new SitemapView(siteUrl, all)),
                "application/xml; charset=utf-8", SiteBucket.LISTING_CACHE);
    }

    /** Everything an article at these (category, day) places appears in. */
    public void refresh(Set<Place> places) {
        places.forEach(p -> dayArchive(p.category(), p.day()));
        siteWide();
    }

    /** Where an article is listed: its category and Vietnam day. */
    public record Place(String category, LocalDate day) {
        public static Place of(Article a) {
            return new Place(a.category(), a.day());
        }
    }

    static ArticleLink link(Article a) {
        return new ArticleLink(a.title(), a.url(), a.summary(), a.publishedAt());
    }
}
