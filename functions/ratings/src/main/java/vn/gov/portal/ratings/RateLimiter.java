package vn.gov.portal.ratings;

import java.time.Clock;
import java.time.Duration;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.ratings.store.RatingsStore;

/** Per-client fixed one-minute windows, counted in DynamoDB so every container sees the same count. */
public final class RateLimiter {

    private final RatingsStore table;
    private final Clock clock;
    private final int perMinute;

    public RateLimiter(RatingsStore table, Clock clock, int perMinute) {
        this.table = table;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts one request of this client for {@code action}, or refuses with 429 and when to retry. */
    public void acquire(String clientHash, String action) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (!table.tryAcquire(action + ":" + clientHash, minute, perMinute)) {
            long wait = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
            throw new DomainException.RateLimited(
                    "Too many requests from this address; try again in " + wait + " s.", Duration.ofSeconds(wait));
        }
    }
}
