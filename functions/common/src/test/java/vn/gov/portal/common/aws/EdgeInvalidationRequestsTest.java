package vn.gov.portal.common.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EdgeInvalidationRequestsTest {

    private static final List<String> ONE_ARTICLE =
            List.of("/tin-tuc/*", "/sitemaps/2019-05.xml", "/", "/index.html", "/rss.xml");

    @Test
    void aRequestsKeyCarriesItsPaths() {
        List<String> keys = EdgeInvalidationRequests.keys("01JABCDEFGHJKMNPQRSTVWXYZ0", ONE_ARTICLE);
        assertThat(keys)
                .singleElement()
                .asString()
                .startsWith("edge-invalidations/01JABCDEFGHJKMNPQRSTVWXYZ0-0/")
                .matches("[A-Za-z0-9/_-]+");
        assertThat(EdgeInvalidationRequests.paths(keys.getFirst())).isEqualTo(ONE_ARTICLE);
    }

    @Test
    void pathsThatWouldMakeAKeyTooLongForS3AreSplitOverSeveralRequests() {
        List<String> many =
                IntStream.range(0, 120).mapToObj(i -> "/chuyen-muc-" + i + "/*").toList();
        List<String> keys = EdgeInvalidationRequests.keys("01JABCDEFGHJKMNPQRSTVWXYZ0", many);
        assertThat(keys)
                .hasSizeGreaterThan(1)
                .allMatch(k -> k.getBytes(StandardCharsets.UTF_8).length <= EdgeInvalidationRequests.MAX_KEY_BYTES)
                .doesNotHaveDuplicates();
        List<String> back = new ArrayList<>();
        keys.forEach(k -> back.addAll(EdgeInvalidationRequests.paths(k)));
        assertThat(back).isEqualTo(many);
    }

    @Test
    void otherKeysAreNotRequests() {
        assertThatThrownBy(() -> EdgeInvalidationRequests.paths("incoming/01JABC"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EdgeInvalidationRequests.paths("edge-invalidations/x/not*base64"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EdgeInvalidationRequests.paths("edge-invalidations/x/aGVsbG8")) // "hello": not a path
                .isInstanceOf(IllegalArgumentException.class);
    }
}
