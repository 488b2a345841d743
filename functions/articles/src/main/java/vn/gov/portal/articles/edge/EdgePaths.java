package vn.gov.portal.articles.edge;

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
 * function gathers the places of a whole SQS batch into one request.
 *
 * <p>This class only asks: it writes the paths as a request (EdgeInvalidationRequests) that
 * InvalidateEdgeFunction sends to CloudFront. A request that cannot be written is logged
 * ({@value #FAILED}, which an alarm counts) and never fails the takedown: the origin is already
 * right, and the edge's copies expire within their max-age (60 s for listings, 300 s for pages).
 */
public final class EdgePaths {

    /** The log marker the EdgeInvalidationFailures metric filters count (as InvalidateEdgeFunction's). */
    public static final String FAILED = "EDGE_INVALIDATION_FAILED";

    private final Consumer<List<String>> request;
    private final Consumer<String> log;

    public EdgePaths(Consumer<List<String>> request, Consumer<String> log) {
        this.request = request;
        this.log = log;
    }

    public static EdgePaths of(Consumer<List<String>> request) {
        return new EdgePaths(request, System.err::println);
    }

    /** The fewest paths that cover every cached page showing an article at these places. */
    public static List<String> paths(Collection<Listings.Place> places) {
        List<String> paths = new ArrayList<>();
        new TreeSet<>(places.stream()
                        .map(p -> SitePaths.folder(SitePaths.sectionPath(p.category())) + "*")
                        .toList())
                .forEach(paths::add);
        new TreeSet<>(places.stream().map(p -> YearMonth.from(p.day())).toList())
                .forEach(m -> paths.add(SitePaths.monthSitemapPath(m)));
        paths.add(SitePaths.HOME);
        paths.add(SitePaths.HOME + "index.html");
        paths.add(SitePaths.RSS);
        return paths;
    }

    /** Asks for what showed an article at these places to be invalidated; returns whether the request was written. */
    public boolean invalidate(Collection<Listings.Place> places) {
        List<String> paths = paths(places);
        try {
            request.accept(paths);
            return true;
        } catch (RuntimeException e) {
            log.accept(FAILED + " " + paths + ": the request could not be written: " + e
                    + " (the edge keeps these pages up to 300 s)");
            return false;
        }
    }
}
