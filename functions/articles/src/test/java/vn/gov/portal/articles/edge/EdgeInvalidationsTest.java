package vn.gov.portal.articles.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.portal.articles.publish.Listings.Place;

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

    private final FakeCdn cdn = new FakeCdn();
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final EdgeInvalidations edge = new EdgeInvalidations(cdn, waits::add, log::add);
    private static final Place MAY_6 = new Place("tin-tuc", LocalDate.of(2019, 5, 6));

    @Test
    void oneArticleIsFivePathsInOneRequest() {
        assertThat(edge.invalidate(Set.of(MAY_6))).isTrue();
        assertThat(cdn.requests).containsExactly(
                List.of("/tin-tuc/*", "/sitemaps/2019-05.xml", "/", "/index.html", "/rss.xml"));
        assertThat(waits).isEmpty();
        assertThat(log).isEmpty();
    }

    @Test
    void placesOfOneMonthShareItsSitemapPath() {
        List<String> paths = EdgeInvalidations.paths(List.of(MAY_6, new Place("su-kien", LocalDate.of(2019, 5, 30)),
                new Place("tin-tuc", LocalDate.of(2019, 6, 1))));
        assertThat(paths).containsExactly("/su-kien/*", "/tin-tuc/*",
                "/sitemaps/2019-05.xml", "/sitemaps/2019-06.xml", "/", "/index.html", "/rss.xml");
    }

    @Test
    void aBusyCdnIsAskedAgainWithExponentialBackoff() {
        cdn.busy = 3;
        assertThat(edge.invalidate(Set.of(MAY_6))).isTrue();
        assertThat(cdn.requests).hasSize(4).allMatch(r -> r.equals(cdn.requests.getFirst()));
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(log).isEmpty();
    }

    @Test
    void aCdnBusyThroughEveryAttemptIsLoggedForTheAlarmAndTheTakedownStands() {
        cdn.busy = Integer.MAX_VALUE;
        assertThat(edge.invalidate(Set.of(MAY_6))).isFalse();
        assertThat(cdn.requests).hasSize(EdgeInvalidations.ATTEMPTS);
        assertThat(waits).hasSize(EdgeInvalidations.ATTEMPTS - 1);
        assertThat(log).singleElement().asString().startsWith(EdgeInvalidations.FAILED).contains("/tin-tuc/*");
    }

    @Test
    void anyOtherFailureIsLoggedOnceWithoutRetrying() {
        cdn.failure = new IllegalStateException("AccessDenied");
        assertThat(edge.invalidate(Set.of(MAY_6))).isFalse();
        assertThat(cdn.requests).hasSize(1);
        assertThat(log).singleElement().asString().contains(EdgeInvalidations.FAILED, "AccessDenied");
    }

    @Test
    void theEdgeParameterIsReadAsTheTemplateWritesIt() {
        assertThat(SiteEdge.parse("{\"distributionId\":\"E2ABC\",\"siteUrl\":\"https://thongtin.molisa.gov.vn\"}"))
                .isEqualTo(new SiteEdge.Values("E2ABC", "https://thongtin.molisa.gov.vn"));
        assertThatThrownBy(() -> SiteEdge.parse("{\"siteUrl\":\"https://x\"}")).hasMessageContaining("distributionId");
        assertThatThrownBy(() -> SiteEdge.parse("E2ABC")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRequestIsCloudFrontsInvalidationBatchDocument() {
        String xml = CloudFrontInvalidator.batch(List.of("/tin-tuc/2019/05/06/*", "/"));
        assertThat(xml).contains("<InvalidationBatch xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\">",
                "<Paths><Quantity>2</Quantity><Items><Path>/tin-tuc/2019/05/06/*</Path><Path>/</Path></Items></Paths>",
                "<CallerReference>");
        assertThat(CloudFrontInvalidator.batch(List.of("/a&b"))).contains("<Path>/a&amp;b</Path>");
        assertThat(CloudFrontInvalidator.batch(List.of("/")))
                .as("a new caller reference each time: CloudFront would take a repeated one for the same request")
                .isNotEqualTo(CloudFrontInvalidator.batch(List.of("/")));
    }
}
