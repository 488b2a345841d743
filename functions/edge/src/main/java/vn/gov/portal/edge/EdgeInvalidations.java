package vn.gov.portal.edge;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * One invalidation for what a batch of requests asks (docs/operations.md, "Takedowns at the
 * edge"). A refusal for load (throttling, too many invalidations in progress) is retried with
 * exponential backoff (1, 2, 4, 8 s); a failure after the last attempt is logged
 * ({@value #FAILED}, which an alarm counts) and not retried further: the origin is already
 * right, and the edge's copies expire by themselves within their max-age (60 s for listings,
 * 300 s for article pages).
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

    /** Invalidates these paths; returns whether CloudFront accepted them. */
    public boolean invalidate(List<String> paths) {
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
