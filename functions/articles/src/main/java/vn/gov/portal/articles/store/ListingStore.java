package vn.gov.portal.articles.store;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the listings are rebuilt from: the listing copies of the articles, the months that hold
 * each section's articles and the sitemap index's records. {@link ArticlesTable} is the DynamoDB
 * one (every read consistent, bounded by what it returns); unit tests use an in-memory one.
 */
public interface ListingStore {

    /** A month's listing, newest first. */
    List<Listed> listedIn(YearMonth month);

    /** The newest {@code limit} listed articles. */
    List<Listed> latestListed(int limit);

    /** A section's newest {@code limit} listed articles. */
    List<Listed> sectionLatest(String section, int limit);

    /** Months that hold a section's articles, newest first. */
    List<YearMonth> sectionMonths(String section);

    void addSectionMonths(String section, Collection<YearMonth> months);

    void removeSectionMonth(String section, YearMonth month);

    /** The months the sitemap index lists, newest first. */
    List<ArticlesTable.SitemapMonth> sitemapMonths();

    Optional<ArticlesTable.SitemapMonth> sitemapMonth(YearMonth month);

    void putSitemapMonth(ArticlesTable.SitemapMonth m);

    void deleteSitemapMonth(YearMonth month);
}
