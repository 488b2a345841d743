package vn.gov.portal.articles.publish;

import java.time.YearMonth;
import java.util.List;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.render.Paths;
import vn.gov.portal.articles.render.SectionView;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.articles.store.Listed;
import vn.gov.portal.common.Sections;
import vn.gov.portal.common.aws.SiteBucket;

/**
 * A section's pages (docs/sections.md): its landing page {@code /{section}/} with the newest
 * {@link #LANDING_SIZE} articles and every month that holds its articles, and one page per month
 * {@code /{section}/{yyyy}/{mm}/} with all of that month's articles and links to the section's
 * month before and after. Paging back therefore goes month by month to the oldest article, and a
 * publish rewrites two of these pages (its section's landing page and its month's page; an
 * update that moves an article, those of the old place too), each from a bounded read: the
 * section's newest articles and its months (one item), and the month's listing that
 * {@link Listings} already read for the day archive and the sitemap.
 */
final class SectionPages {

    static final int LANDING_SIZE = 20;

    private final ArticlesTable articles;
    private final SiteBucket site;
    private final PageRenderer pages;

    SectionPages(ArticlesTable articles, SiteBucket site, PageRenderer pages) {
        this.articles = articles;
        this.site = site;
        this.pages = pages;
    }

    private record Landing(List<Listed> newest, List<YearMonth> months) {}

    /** The landing page, rebuilt and checked like every listing ({@link Listings#converge}). */
    void landing(String section) {
        Sections.Section s = section(section);
        Listings.converge(() -> new Landing(articles.sectionLatest(section, LANDING_SIZE + 1), articles.sectionMonths(section)),
                landing -> {
                    List<Listed> shown = landing.newest().subList(0, Math.min(LANDING_SIZE, landing.newest().size()));
                    site.putText(Paths.sectionPath(section), pages.sectionPage(new SectionView(s, null, Listings.links(shown),
                                    landing.months(), landing.newest().size() > LANDING_SIZE)),
                            "text/html; charset=utf-8", SiteBucket.LISTING_CACHE);
                });
    }

    /**
     * A month's page from the month's listing (every section's articles of that month, as
     * {@link Listings} read it). A month that no longer holds any of the section's articles keeps
     * a page saying so, since other months' pages may link to it.
     */
    void month(String section, YearMonth month, List<Listed> monthListing) {
        List<Listed> mine = monthListing.stream().filter(a -> a.category().equals(section)).toList();
        List<YearMonth> months = articles.sectionMonths(section);
        site.putText(Paths.sectionMonthPath(section, month), pages.sectionPage(new SectionView(section(section), month,
                Listings.links(mine), months, false)), "text/html; charset=utf-8", SiteBucket.LISTING_CACHE);
    }

    private static Sections.Section section(String slug) {
        // an article of a section since removed from the configuration still gets its pages
        return Sections.site().find(slug).orElse(new Sections.Section(slug, slug));
    }
}
