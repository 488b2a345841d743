package vn.gov.portal.articles.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The rebuild-and-check step every listing goes through. */
class ListingsConvergeTest {

    @Test
    void aQuietSourceIsWrittenOnceAndReadTwice() {
        AtomicInteger reads = new AtomicInteger();
        List<String> written = new ArrayList<>();
        Listings.converge(
                () -> {
                    reads.incrementAndGet();
                    return "a,b";
                },
                written::add);
        assertThat(written).containsExactly("a,b");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeBetweenTheReadAndTheCheckIsWrittenToo() {
        // another publish lands while the first listing is being written
        List<String> table = new ArrayList<>(List.of("a"));
        List<String> written = new ArrayList<>();
        Listings.converge(() -> String.join(",", table), listing -> {
            written.add(listing);
            if (table.size() == 1) {
                table.add("b");
            }
        });
        assertThat(written).containsExactly("a", "a,b");
        assertThat(written.getLast()).isEqualTo(String.join(",", table));
    }

    @Test
    void aSourceThatNeverSettlesIsLeftForARetry() {
        AtomicInteger version = new AtomicInteger();
        assertThatThrownBy(() -> Listings.converge(version::incrementAndGet, v -> {}))
                .isInstanceOf(RetryLater.class);
        assertThat(version.get()).isEqualTo(Listings.MAX_ROUNDS + 1);
    }
}
