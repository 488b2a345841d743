package vn.gov.portal.articles.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.portal.articles.publish.Listings.Place;

class EdgePathsTest {

    private final List<List<String>> requests = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private RuntimeException failure;
    private final EdgePaths edge = new EdgePaths(
            paths -> {
                if (failure != null) {
                    throw failure;
                }
                requests.add(paths);
            },
            log::add);
    private static final Place MAY_6 = new Place("tin-tuc", LocalDate.of(2019, 5, 6));

    @Test
    void oneArticleIsFivePathsInOneRequest() {
        assertThat(edge.invalidate(Set.of(MAY_6))).isTrue();
        assertThat(requests)
                .containsExactly(List.of("/tin-tuc/*", "/sitemaps/2019-05.xml", "/", "/index.html", "/rss.xml"));
        assertThat(log).isEmpty();
    }

    @Test
    void placesOfOneMonthShareItsSitemapPath() {
        List<String> paths = EdgePaths.paths(List.of(
                MAY_6,
                new Place("su-kien", LocalDate.of(2019, 5, 30)),
                new Place("tin-tuc", LocalDate.of(2019, 6, 1))));
        assertThat(paths)
                .containsExactly(
                        "/su-kien/*",
                        "/tin-tuc/*",
                        "/sitemaps/2019-05.xml",
                        "/sitemaps/2019-06.xml",
                        "/",
                        "/index.html",
                        "/rss.xml");
    }

    @Test
    void aRequestThatCannotBeWrittenIsLoggedForTheAlarmAndTheTakedownStands() {
        failure = new IllegalStateException("S3 unreachable");
        assertThat(edge.invalidate(Set.of(MAY_6))).isFalse();
        assertThat(log)
                .singleElement()
                .asString()
                .startsWith(EdgePaths.FAILED)
                .contains("/tin-tuc/*", "S3 unreachable");
    }

    @Test
    void theSiteAddressIsReadAsSiteAssetsWritesIt() {
        assertThat(SiteEdge.parse("{\"siteUrl\":\"https://thongtin.molisa.gov.vn\"}"))
                .isEqualTo("https://thongtin.molisa.gov.vn");
        assertThatThrownBy(() -> SiteEdge.parse("{\"siteUrl\":\"\"}")).hasMessageContaining("siteUrl");
        assertThatThrownBy(() -> SiteEdge.parse("https://x")).isInstanceOf(IllegalStateException.class);
        assertThat(SiteEdge.of("https://x.gov.vn").siteUrl()).isEqualTo("https://x.gov.vn");
    }
}
