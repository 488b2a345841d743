package vn.gov.portal.articles.publish;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.render.SectionView;
import vn.gov.portal.articles.render.SitePaths;
import vn.gov.portal.articles.store.Listed;
import vn.gov.portal.articles.store.ListingStore;
import vn.gov.portal.common.Sections;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.aws.SiteStore;

/**
 * A section's pages (docs/sections.md): its landing page {@code /{section}/} with the newest
 * {@link #LANDING_SIZE} articles and every month that holds its articles, and one page per month
 * {@code /{section}/{yyyy}/{mm}/} with all of that month's articles and links to the section's
 * months before and after. Paging back therefore goes month by month to the oldest article, and a
 * publish rewrites two of these pages (its section's landing page and its month's page; an
 * update that moves an article, those of the old place too; the first article of a section in a
 * month, or the last one leaving it, also the two neighbouring months' pages, whose links change),
 * each from a bounded read: the section's newest articles and its months (one item), the month's
 * listing that {@link Listings} already read for the day archive and the sitemap, and for a
 * neighbour its month's listing.
 */
final class SectionPages {

    static final int LANDING_SIZE = 20;

    private final ListingStore articles;
    private final SiteStore site;
    private final PageRenderer pages;

    SectionPages(ListingStore articles, SiteStore site, PageRenderer pages) {
        this.articles = articles;
        this.site = site;
        this.pages = pages;
    }

    private record Landing(List<Listed> newest, List<YearMonth> months) {}

    /** The landing page, rebuilt and checked like every listing ({@link Listings#converge}). */
    void landing(String section) {
        Sections.Section s = section(section);
        Listings.converge(
                () -> new Landing(articles.sectionLatest(section, LANDING_SIZE + 1), articles.sectionMonths(section)),
                landing -> {
                    List<Listed> shown = landing.newest()
                            .subList(0, Math.min(LANDING_SIZE, landing.newest().size()));
                    site.putText(
                            SitePaths.sectionPath(section),
                            pages.sectionPage(new SectionView(
                                    s,
                                    null,
                                    Listings.links(shown),
                                    landing.months(),
                                    landing.newest().size() > LANDING_SIZE)),
                            "text/html; charset=utf-8",
                            SiteBucket.LISTING_CACHE);
                });
    }

    /**
     * A month's page from the month's listing (every section's articles of that month) and the
     * section's months, as {@link Listings} read them; the section's set of months is kept to the
     * months that hold its articles (the article's transaction adds its month; a month emptied by
     * an unpublish or a move is removed here, and its page deleted).
     *
     * <p>A month that appears in or leaves the section changes the links of its neighbours among
     * the section's months: their pages are rebuilt first (one read of each neighbour month,
     * bounded by a month's size), then this one is written or deleted, so a retry after a crash in
     * between still finds the change to make. Pages are checked against the months as well as their
     * listing, so concurrent changes end with every link right.
     */
    void month(String section, YearMonth month, List<Listed> monthListing, List<YearMonth> months) {
        String path = SitePaths.sectionMonthPath(section, month);
        List<Listed> mine =
                monthListing.stream().filter(a -> a.category().equals(section)).toList();
        if (mine.isEmpty()) {
            if (months.contains(month)) {
                articles.removeSectionMonth(section, month);
            }
            if (site.exists(path)) {
                rebuildNeighbours(
                        section, months.stream().filter(m -> !m.equals(month)).toList(), month);
                site.delete(path);
            }
            return;
        }
        if (!months.contains(month)) { // a concurrent unpublish removed it just before this article arrived
            articles.addSectionMonths(section, List.of(month));
        }
        if (!site.exists(path)) {
            rebuildNeighbours(section, months, month);
        }
        writeMonth(
                section,
                month,
                mine,
                months.contains(month)
                        ? months
                        : Stream.concat(months.stream(), Stream.of(month))
                                .sorted(Comparator.reverseOrder())
                                .toList());
    }

    private void rebuildNeighbours(String section, List<YearMonth> months, YearMonth month) {
        for (YearMonth n : neighbours(months, month)) {
            Listings.converge(
                    () -> new MonthState(articles.listedIn(n), articles.sectionMonths(section)),
                    state -> writeMonth(
                            section,
                            n,
                            state.listing().stream()
                                    .filter(a -> a.category().equals(section))
                                    .toList(),
                            state.months()));
        }
    }

    private record MonthState(List<Listed> listing, List<YearMonth> months) {}

    /** The section's months just before and after {@code month} (newest first list). */
    static List<YearMonth> neighbours(List<YearMonth> months, YearMonth month) {
        List<YearMonth> out = new ArrayList<>(2);
        months.stream().filter(m -> m.isBefore(month)).findFirst().ifPresent(out::add);
        months.reversed().stream().filter(m -> m.isAfter(month)).findFirst().ifPresent(out::add);
        return out;
    }

    private void writeMonth(String section, YearMonth month, List<Listed> mine, List<YearMonth> months) {
        site.putText(
                SitePaths.sectionMonthPath(section, month),
                pages.sectionPage(new SectionView(section(section), month, Listings.links(mine), months, false)),
                "text/html; charset=utf-8",
                SiteBucket.LISTING_CACHE);
    }

    private static Sections.Section section(String slug) {
        // an article of a section since removed from the configuration still gets its pages
        return Sections.site().find(slug).orElse(new Sections.Section(slug, slug));
    }
}
