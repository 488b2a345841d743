package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;

/**
 * The client address behind per-client limits and the one-vote rule cannot be forged: the
 * forwarded address counts only on requests that came through the distribution (the local
 * gateway adds the origin secret as CloudFront does); on a direct call to the API (the
 * execute-api URL) X-Forwarded-For is the caller's own text and the connection's address counts.
 */
class ClientAddressTest extends PortalTest {

    private static Http distribution;
    private static Http direct;
    private static KnownCaptchas captchas;
    private static String articleId;

    @BeforeAll
    static void start() {
        distribution = new Http(portal.baseUrl());
        direct = new Http(portal.directApiUrl());
        captchas = new KnownCaptchas(portal.functionEnv("CreateCaptchaFunction"));
        articleId = (String) editor.awaitDone(editor.uploadArticle(ArticlesApiTest.source(
                        "Bài để thử địa chỉ", "bai-de-thu-dia-chi", "2023-04-04T09:00:00+07:00", "Nội dung.")))
                .get("articleId");
    }

    @Test
    void aForgedForwardedAddressOnADirectCallMovesNoRateLimit() {
        awayFromAMinuteBoundary(); // the limiter counts fixed minutes: all of this within one
        String victim = "203.0.113.5";
        for (int i = 0; i < 30; i++) {
            var r = direct.post("/api/captchas", "", "x-forwarded-for", victim);
            assertThat(r.status())
                    .as("direct captcha " + (i + 1) + ": " + r.body())
                    .isEqualTo(201);
        }
        var throughCloudFront = distribution.post("/api/captchas", "", "x-forwarded-for", victim);
        assertThat(throughCloudFront.status())
                .as("the forged address's own budget is untouched")
                .isEqualTo(201);

        var anotherForgery =
                direct.post("/api/captchas", "", "x-forwarded-for", "203.0.113.6", "x-origin-verify", "guessed-secret");
        assertThat(anotherForgery.status())
                .as("a new forged address (and a guessed origin secret) is no new budget")
                .isEqualTo(429);
        assertThat(anotherForgery.contentType()).startsWith("application/problem+json");
        assertThat(anotherForgery.header("retry-after")).matches("[1-9][0-9]*");
    }

    @Test
    void aForgedForwardedAddressOnADirectCallIsNoReaderIdentity() {
        String reader = "203.0.113.77";
        var first = vote(direct, "x-forwarded-for", reader);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var again = vote(direct, "x-forwarded-for", "203.0.113.78");
        assertThat(again.status())
                .as("a new forged address is not a new reader: " + again.body())
                .isEqualTo(409);

        var realReader = vote(distribution, "x-forwarded-for", reader);
        assertThat(realReader.status())
                .as("the reader whose address was forged still has a vote: " + realReader.body())
                .isEqualTo(200);
        var otherReader = vote(distribution, "x-forwarded-for", "198.51.100.200, 203.0.113.79");
        assertThat(otherReader.status())
                .as("through the distribution, the last forwarded address is the reader")
                .isEqualTo(200);
    }

    private static Http.Response vote(Http client, String... headers) {
        String body = Json.write(Map.of("stars", 5, "captchaId", captchas.seed("ACEHJ"), "captchaAnswer", "ACEHJ"));
        String[] all = new String[headers.length + 2];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "content-type";
        all[headers.length + 1] = "application/json";
        return client.post("/api/articles/" + articleId + "/ratings", body, all);
    }

    private static void awayFromAMinuteBoundary() {
        int second = LocalTime.now().getSecond();
        if (second > 40) {
            try {
                Thread.sleep((61 - second) * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
