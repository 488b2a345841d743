package vn.gov.portal.articles.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.gov.portal.articles.render.ArticleLink;
import vn.gov.portal.articles.render.DayArchiveView;
import vn.gov.portal.articles.render.FeedView;
import vn.gov.portal.articles.render.HomeView;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.render.SitePaths;
import vn.gov.portal.articles.render.SitemapIndexView;
import vn.gov.portal.articles.render.SitemapView;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.articles.store.Listed;
import vn.gov.portal.articles.store.ListingStore;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.Sections;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.aws.SiteStore;

/**
 * The pages derived from article metadata: day archives, the home page, the RSS feed, the month
 * sitemaps and the sitemap index. Each is rebuilt (never patched) from a bounded, strongly
 * consistent read of the table's listing copies (a day archive and its month's sitemap from one
 * read of the month; home and feed from one read of the newest 50), so the work per publish does
 * not grow with the archive, and then checked: the read is repeated after the write, and the listing is written
 * again until the two reads agree. Whoever writes a listing last has therefore seen every change
 * that finished before its check, and any later change is followed by its own writer's rebuild,
 * so concurrent publishes and unpublishes always end with every listing matching the table
 * (the argument is in docs/articles.md, "Listings under concurrency").
 */
public final class Listings {

    static final int HOME_SIZE = 20;
    static final int FEED_SIZE = 50;
    /** Articles per section block on the home page. */
    static final int BLOCK_SIZE = 4;
    /** Rounds of rebuild-and-check before giving up for a retry (each extra round needs a concurrent change). */
    static final int MAX_ROUNDS = 20;

    private final ListingStore articles;
    private final SiteStore site;
    private final PageRenderer pages;
    private final Supplier<String> siteUrl;
    private final Clock clock;
    private final SectionPages sections;

    /** @param siteUrl the site's address for the feed's and sitemaps' absolute links, read when first needed */
    public Listings(ListingStore articles, SiteStore site, PageRenderer pages, Supplier<String> siteUrl) {
        this(articles, site, pages, siteUrl, Clock.systemUTC());
    }

    public Listings(ListingStore articles, SiteStore site, PageRenderer pages, Supplier<String> siteUrl, Clock clock) {
        this.articles = articles;
        this.site = site;
        this.pages = pages;
        this.siteUrl = siteUrl;
        this.clock = clock;
        this.sections = new SectionPages(articles, site, pages);
    }

    /** Reads what a rebuild needs from outside (the site's address) before the caller changes anything. */
    public void prepare() {
        siteUrl.get();
    }

    /** Everything an article at these (category, day) places appears in. */
    public void refresh(Set<Place> places) {
        boolean monthsChanged = false;
        for (YearMonth month :
                new TreeSet<>(places.stream().map(p -> YearMonth.from(p.day())).toList())) {
            monthsChanged |= month(
                    month,
                    places.stream()
                            .filter(p -> YearMonth.from(p.day()).equals(month))
                            .toList());
        }
        for (String section : new TreeSet<>(places.stream().map(Place::category).toList())) {
            sections.landing(section);
        }
        latest();
        if (monthsChanged) {
            sitemapIndex();
        }
    }

    /**
     * From one read of a month's listing: the day archives of these places (rewritten, or removed
     * when the day has no article of the category left) and the month's sitemap with its record
     * for the index (when it last changed, a hash of what it lists; removed with the sitemap when
     * the month has no article left). Returns whether the record changed, i.e. whether the index
     * must be rebuilt.
     */
    boolean month(YearMonth month, List<Place> places) {
        String sitemapPath = SitePaths.monthSitemapPath(month);
        boolean[] changed = {false};
        List<String> sectionsHere = new TreeSet<>(
                        places.stream().map(Place::category).toList())
                .stream().toList();
        // the sections' months are part of what is checked: a month page's links follow them
        record MonthState(List<Listed> listed, List<List<YearMonth>> sectionMonths) {}
        converge(
                () -> new MonthState(
                        articles.listedIn(month),
                        sectionsHere.stream().map(articles::sectionMonths).toList()),
                state -> {
                    List<Listed> listed = state.listed();
                    for (Place p : places) {
                        dayArchive(
                                p,
                                listed.stream()
                                        .filter(a -> a.category().equals(p.category())
                                                && Dates.vietnamDay(a.publishedAt())
                                                        .equals(p.day()))
                                        .toList());
                    }
                    for (int i = 0; i < sectionsHere.size(); i++) {
                        sections.month(
                                sectionsHere.get(i),
                                month,
                                listed,
                                state.sectionMonths().get(i));
                    }
                    Optional<ArticlesTable.SitemapMonth> record = articles.sitemapMonth(month);
                    if (listed.isEmpty()) {
                        if (record.isPresent()) {
                            articles.deleteSitemapMonth(month);
                            changed[0] = true;
                        }
                        site.delete(sitemapPath);
                        return;
                    }
                    String xml = pages.sitemap(new SitemapView(
                            siteUrl.get(),
                            listed.stream()
                                    .map(a -> new SitemapView.Url(
                                            a.url(), a.updatedAt().atOffset(ZoneOffset.UTC)))
                                    .toList()));
                    site.putText(sitemapPath, xml, "application/xml; charset=utf-8", SiteBucket.LISTING_CACHE);
                    String hash = sha256(xml);
                    if (record.isEmpty() || !record.get().hash().equals(hash)) {
                        articles.putSitemapMonth(new ArticlesTable.SitemapMonth(month, clock.instant(), hash));
                        changed[0] = true;
                    }
                });
        return changed[0];
    }

    private void dayArchive(Place place, List<Listed> listed) {
        String path = SitePaths.dayArchivePath(place.category(), place.day());
        if (listed.isEmpty()) {
            site.delete(path);
        } else {
            site.putText(
                    path,
                    pages.dayArchivePage(new DayArchiveView(place.day(), place.category(), links(listed))),
                    "text/html; charset=utf-8",
                    SiteBucket.LISTING_CACHE);
        }
    }

    private record Front(List<Listed> latest, List<List<Listed>> blocks) {}

    /**
     * The home page and the feed, from one read of the newest articles and one of each section's
     * newest {@link #BLOCK_SIZE} (a fixed number of sections: bounded whatever the archive).
     */
    public void latest() {
        List<Sections.Section> all = Sections.site().all();
        converge(
                () -> new Front(
                        articles.latestListed(Math.max(HOME_SIZE, FEED_SIZE)),
                        all.stream()
                                .map(s -> articles.sectionLatest(s.slug(), BLOCK_SIZE))
                                .toList()),
                front -> {
                    List<ArticleLink> links = links(front.latest());
                    List<HomeView.SectionBlock> blocks = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        blocks.add(new HomeView.SectionBlock(
                                all.get(i), links(front.blocks().get(i))));
                    }
                    site.putText(
                            SitePaths.HOME + "index.html",
                            pages.homePage(new HomeView(links.subList(0, Math.min(HOME_SIZE, links.size())), blocks)),
                            "text/html; charset=utf-8",
                            SiteBucket.LISTING_CACHE);
                    site.putText(
                            SitePaths.RSS,
                            pages.rss(new FeedView(siteUrl.get(), links.subList(0, Math.min(FEED_SIZE, links.size())))),
                            "application/rss+xml; charset=utf-8",
                            SiteBucket.LISTING_CACHE);
                });
    }

    /** /sitemap.xml: the fixed pages' sitemap, then every month that holds articles, newest first. */
    void sitemapIndex() {
        converge(articles::sitemapMonths, months -> {
            List<SitemapView.Url> sitemaps = new ArrayList<>();
            sitemaps.add(new SitemapView.Url(SitePaths.PAGES_SITEMAP, null));
            months.forEach(m -> sitemaps.add(new SitemapView.Url(
                    SitePaths.monthSitemapPath(m.month()), m.lastmod().atOffset(ZoneOffset.UTC))));
            site.putText(
                    SitePaths.SITEMAP,
                    pages.sitemapIndex(new SitemapIndexView(siteUrl.get(), sitemaps)),
                    "application/xml; charset=utf-8",
                    SiteBucket.LISTING_CACHE);
        });
    }

    /**
     * Writes what the source holds, then reads it again: while the two reads differ (a
     * concurrent publish or unpublish changed the table in between), writes the newer one.
     */
    static <T> void converge(Supplier<T> source, Consumer<T> write) {
        T seen = source.get();
        for (int round = 1; ; round++) {
            write.accept(seen);
            T again = source.get();
            if (Objects.equals(again, seen)) {
                return;
            }
            if (round >= MAX_ROUNDS) {
                throw new RetryLater("The listings kept changing during " + MAX_ROUNDS + " rebuilds.");
            }
            seen = again;
        }
    }

    /** Where an article is listed: its category and Vietnam day. */
    public record Place(String category, LocalDate day) {
        public static Place of(Article a) {
            return new Place(a.category(), a.day());
        }
    }

    static List<ArticleLink> links(List<Listed> listed) {
        return listed.stream()
                .map(a -> new ArticleLink(a.title(), a.url(), a.summary(), a.publishedAt(), a.lead(), a.category()))
                .toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
