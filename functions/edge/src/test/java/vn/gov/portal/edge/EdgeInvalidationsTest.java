package vn.gov.portal.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeInvalidationsTest {

    /** A CDN of our own that refuses the first {@code busy} requests as CloudFront does under load. */
    private static final class FakeCdn implements EdgeInvalidator {
        final List<List<String>> requests = new ArrayList<>();
        int busy;
        RuntimeException failure;

        @Override
        public void invalidate(List<String> paths) {
            requests.add(paths);
            if (failure != null) {
                throw failure;
            }
            if (busy-- > 0) {
                throw new Busy("TooManyInvalidationsInProgress", null);
            }
        }
    }

    private static final List<String> PATHS =
            List.of("/tin-tuc/*", "/sitemaps/2019-05.xml", "/", "/index.html", "/rss.xml");
    private final FakeCdn cdn = new FakeCdn();
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final EdgeInvalidations edge = new EdgeInvalidations(cdn, waits::add, log::add);

    @Test
    void anAcceptedInvalidationIsOneRequest() {
        assertThat(edge.invalidate(PATHS)).isTrue();
        assertThat(cdn.requests).containsExactly(PATHS);
        assertThat(waits).isEmpty();
        assertThat(log).isEmpty();
    }

    @Test
    void aBusyCdnIsAskedAgainWithExponentialBackoff() {
        cdn.busy = 3;
        assertThat(edge.invalidate(PATHS)).isTrue();
        assertThat(cdn.requests).hasSize(4).allMatch(r -> r.equals(PATHS));
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(log).isEmpty();
    }

    @Test
    void aCdnBusyThroughEveryAttemptIsLoggedForTheAlarm() {
        cdn.busy = Integer.MAX_VALUE;
        assertThat(edge.invalidate(PATHS)).isFalse();
        assertThat(cdn.requests).hasSize(EdgeInvalidations.ATTEMPTS);
        assertThat(waits)
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(log)
                .singleElement()
                .asString()
                .startsWith(EdgeInvalidations.FAILED)
                .contains("/tin-tuc/*");
    }

    @Test
    void anyOtherFailureIsLoggedOnceWithoutRetrying() {
        cdn.failure = new IllegalStateException("AccessDenied");
        assertThat(edge.invalidate(PATHS)).isFalse();
        assertThat(cdn.requests).hasSize(1);
        assertThat(log).singleElement().asString().contains(EdgeInvalidations.FAILED, "AccessDenied");
    }
}
