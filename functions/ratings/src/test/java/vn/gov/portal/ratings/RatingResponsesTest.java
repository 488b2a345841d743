package vn.gov.portal.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;
import vn.gov.portal.ratings.store.RatingsTable;

class RatingResponsesTest {

    @Test
    void aSummaryShowsTheAverageToOneDecimalAndEveryStar() {
        var summary = RatingService.Summary.of(new RatingsTable.Aggregate(3, 14, new long[] {0, 0, 0, 0, 1, 2}));
        assertThat(Json.write(summary))
                .isEqualTo("{\"average\":4.7,\"count\":3,\"histogram\":{\"1\":0,\"2\":0,\"3\":0,\"4\":1,\"5\":2}}");
        assertThat(Json.write(RatingService.Summary.of(RatingsTable.Aggregate.empty())))
                .isEqualTo("{\"average\":0.0,\"count\":0,\"histogram\":{\"1\":0,\"2\":0,\"3\":0,\"4\":0,\"5\":0}}");
    }

    @Test
    void aCaptchaIsItsIdImageAndExpiry() {
        var issued =
                new CaptchaService.Issued("c1", "data:image/png;base64,AA==", Instant.parse("2026-01-01T00:05:00Z"));
        assertThat(Json.write(RatingResponses.Captcha.of(issued)))
                .isEqualTo(
                        "{\"captchaId\":\"c1\",\"image\":\"data:image/png;base64,AA==\",\"expiresAt\":\"2026-01-01T00:05:00Z\"}");
    }
}
