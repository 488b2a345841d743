package vn.gov.portal.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.HttpApiEvents;

class CallerTest {

    private static ApiRequest request(Map<String, String> headers) {
        return ApiRequest.from(HttpApiEvents.request("POST", "/api/captchas")
                .headers(headers)
                .sourceIp("192.0.2.10")
                .build());
    }

    @Test
    void throughTheDistributionTheLastForwardedAddressIsTheClient() {
        Caller caller = Caller.of(request(Map.of("x-forwarded-for", "10.0.0.1, 203.0.113.7")), true);
        assertThat(caller.address()).isEqualTo("203.0.113.7");
    }

    @Test
    void onADirectCallForwardedAddressesAreIgnored() {
        Caller caller = Caller.of(request(Map.of("x-forwarded-for", "203.0.113.7")), false);
        assertThat(caller.address()).isEqualTo("192.0.2.10");
    }

    @Test
    void throughTheDistributionWithoutAForwardedAddressTheConnectionCounts() {
        assertThat(Caller.of(request(Map.of()), true).address()).isEqualTo("192.0.2.10");
        assertThat(Caller.of(request(Map.of("x-forwarded-for", " ")), true).address())
                .isEqualTo("192.0.2.10");
    }
}
