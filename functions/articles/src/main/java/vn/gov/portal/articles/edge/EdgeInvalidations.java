package vn.gov.portal.articles.edge;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import vn.gov.portal.articles.publish.Listings;
import vn.gov.portal.articles.render.SitePaths;

/**
 * Takedowns and corrections leave the edge at once: after an unpublish or an update, one
 * invalidation covers every cached page that showed the article (docs/operations.md, "Takedowns
 * at the edge"). Per section, one wildcard {@code /{section}/*} for every page under it that
 * can show the article (its page, the day's archive, the section's landing and month pages); per
 * month, its sitemap; then the home page (as {@code /} and {@code /index.html}) and the feed:
 * 5 paths for one article, CloudFront's free allowance being 1,000 paths a month. The publish
 * function gathers the places of a whole SQS batch into one call.
 *
 * <p>A refusal for load (throttling, too many invalidations in progress) is retried with
 * exponential backoff; a failure after the last attempt is logged ({@value #FAILED}, which an
 * alarm counts) and never fails the takedown: the origin is already right, and the edge's copies
 * expire by themselves within their max-age (60 s for listings, 300 s for article pages).
 */
public final class EdgeInvalidations {

    public static final String FAILED = "EDGE_INVALIDATION_FAILED";
    static final int ATTEMPTS = 5;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    /** How a retry waits (tests pass one that records instead of sleeping). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final EdgeInvalidator cdn;
    private final Sleeper sleeper;
    private final Consumer<String> log;

    public EdgeInvalidations(EdgeInvalidator cdn, Sleeper sleeper, Consumer<String> log) {
        this.cdn = cdn;
        this.sleeper = sleeper;
        this.log = log;
    }

    public static EdgeInvalidations of(EdgeInvalidator cdn) {
        return new EdgeInvalidations(cdn, d -> Thread.sleep(d), System.err::println);
    }

    /** The fewest paths that cover every cached page showing an article at these places. */
    public static List<String> paths(Collection<Listings.Place> places) {
        List<String> paths = new ArrayList<>();
        new TreeSet<>(places.stream().map(p -> SitePaths.folder(SitePaths.sectionPath(p.category())) + "*").toList()).forEach(paths::add);
        new TreeSet<>(places.stream().map(p -> YearMonth.from(p.day())).toList())
                .forEach(m -> paths.add(SitePaths.monthSitemapPath(m)));
        paths.add(SitePaths.HOME);
        paths.add(SitePaths.HOME + "index.html");
        paths.add(SitePaths.RSS);
        return paths;
    }

    /** Invalidates what showed an article at these places; returns whether CloudFront accepted it. */
    public boolean invalidate(Collection<Listings.Place> places) {
        List<String> paths = paths(places);
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                cdn.invalidate(paths);
                return true;
            } catch (EdgeInvalidator.Busy busy) {
                if (attempt >= ATTEMPTS) {
                    return failed(paths, busy.getMessage() + " after " + attempt + " attempts");
                }
            } catch (RuntimeException e) {
                return failed(paths, e.toString());
            }
            try {
                sleeper.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(paths, "interrupted while waiting to retry");
            }
            backoff = backoff.multipliedBy(2);
        }
    }

    private boolean failed(List<String> paths, String reason) {
        log.accept(FAILED + " " + paths + ": " + reason + " (the edge keeps these pages up to 300 s)");
        return false;
    }
}
