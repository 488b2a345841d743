package vn.gov.portal.articles.publish;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticleStore;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.articles.store.Listed;
import vn.gov.portal.common.Dates;

/**
 * Articles and their listing copies in memory, newest first like {@link ArticlesTable}'s
 * partitions; {@link #save} (and, for listing tests, {@link #publish} and {@link #unpublish}) do
 * what the article's transaction does to them (a publish adds its section's month; the month
 * leaves the set only through Listings). Counts the listing items it returns, the measure of a
 * rebuild's work.
 */
final class InMemoryArticleStore implements ArticleStore {

    private static final Comparator<Listed> NEWEST_FIRST = Comparator.comparing(
                    (Listed l) -> l.publishedAt().toInstant())
            .thenComparing(Listed::id)
            .reversed();

    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, String> slugs = new HashMap<>();
    private final Map<String, Listed> listed = new HashMap<>();
    private final Map<String, TreeSet<YearMonth>> sectionMonths = new HashMap<>();
    private final TreeMap<YearMonth, ArticlesTable.SitemapMonth> sitemap = new TreeMap<>();
    /** Listing items returned so far. */
    int listedRead;

    synchronized void publish(Listed article) {
        listed.put(article.id(), article);
        sectionMonths.computeIfAbsent(article.category(), k -> new TreeSet<>()).add(month(article));
    }

    synchronized void unpublish(String id) {
        listed.remove(id);
    }

    @Override
    public synchronized Optional<Article> get(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public synchronized Optional<String> idForSlug(LocalDate day, String slug) {
        return Optional.ofNullable(slugs.get(day + "/" + slug));
    }

    @Override
    public synchronized void save(Article a, Article previous) {
        if (previous != null) {
            slugs.remove(previous.day() + "/" + previous.slug(), previous.id());
        }
        articles.put(a.id(), a);
        slugs.put(a.day() + "/" + a.slug(), a.id());
        publish(Listed.of(a));
    }

    @Override
    public synchronized List<Listed> sectionBefore(Article a, int limit) {
        return read(
                l -> l.category().equals(a.category())
                        && !l.id().equals(a.id())
                        && l.publishedAt().toInstant().isBefore(a.publishedAt().toInstant()),
                limit);
    }

    static YearMonth month(Listed article) {
        return YearMonth.from(Dates.vietnamDay(article.publishedAt()));
    }

    private List<Listed> read(Predicate<Listed> which, int limit) {
        List<Listed> out = listed.values().stream()
                .filter(which)
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
        listedRead += out.size();
        return out;
    }

    @Override
    public synchronized List<Listed> listedIn(YearMonth month) {
        return read(a -> month(a).equals(month), Integer.MAX_VALUE);
    }

    @Override
    public synchronized List<Listed> latestListed(int limit) {
        return read(a -> true, limit);
    }

    @Override
    public synchronized List<Listed> sectionLatest(String section, int limit) {
        return read(a -> a.category().equals(section), limit);
    }

    @Override
    public synchronized List<YearMonth> sectionMonths(String section) {
        return List.copyOf(sectionMonths.getOrDefault(section, new TreeSet<>()).descendingSet());
    }

    @Override
    public synchronized void addSectionMonths(String section, Collection<YearMonth> months) {
        sectionMonths.computeIfAbsent(section, k -> new TreeSet<>()).addAll(months);
    }

    @Override
    public synchronized void removeSectionMonth(String section, YearMonth month) {
        sectionMonths.getOrDefault(section, new TreeSet<>()).remove(month);
    }

    @Override
    public synchronized List<ArticlesTable.SitemapMonth> sitemapMonths() {
        return new ArrayList<>(sitemap.descendingMap().values());
    }

    @Override
    public synchronized Optional<ArticlesTable.SitemapMonth> sitemapMonth(YearMonth month) {
        return Optional.ofNullable(sitemap.get(month));
    }

    @Override
    public synchronized void putSitemapMonth(ArticlesTable.SitemapMonth m) {
        sitemap.put(m.month(), m);
    }

    @Override
    public synchronized void deleteSitemapMonth(YearMonth month) {
        sitemap.remove(month);
    }
}
