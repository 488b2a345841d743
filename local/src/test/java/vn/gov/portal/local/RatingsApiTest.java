package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;
import vn.gov.portal.ratings.RatingsModule;

/** Ratings behind a captcha through the local stack; captchas with known answers are seeded in storage. */
class RatingsApiTest extends PortalTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static KnownCaptchas captchas;
    private static RatingsModule ratings;
    private static String articleId;

    @BeforeAll
    static void start() {
        ratings = new RatingsModule(portal.functionEnv("CreateCaptchaFunction"));
        captchas = new KnownCaptchas(portal.functionEnv("CreateCaptchaFunction"));
        Map<String, Object> status = editor.awaitDone(editor.uploadArticle(ArticlesApiTest.source(
                "Bài để đánh giá", "bai-de-danh-gia", "2023-03-03T09:00:00+07:00", "Hãy đánh giá.")));
        articleId = (String) status.get("articleId");
    }

    /** A distinct reader: its own address (as CloudFront forwards it) and its own reader cookie. */
    record Reader(String address, String cookie) {
        static Reader next() {
            int n = CLIENTS.incrementAndGet();
            return new Reader(
                    "198.51." + (n / 250) + "." + (n % 250 + 1),
                    "rid="
                            + Base64.getUrlEncoder()
                                    .withoutPadding()
                                    .encodeToString(("reader-" + n + "-xxxxxxxxxx").getBytes()));
        }

        Http.Response rate(String article, Object stars, String captchaId, String answer) {
            return rate(http, article, stars, captchaId, answer);
        }

        Http.Response rate(Http client, String article, Object stars, String captchaId, String answer) {
            String body = Json.write(Map.of("stars", stars, "captchaId", captchaId, "captchaAnswer", answer));
            return client.post(
                    "/api/articles/" + article + "/ratings",
                    body,
                    "x-forwarded-for",
                    "203.0.113.250, " + address,
                    "cookie",
                    cookie);
        }
    }

    private static Map<String, Object> summary() {
        return http.get("/api/articles/" + articleId + "/ratings").json();
    }

    @Test
    void aCaptchaIsAPngThatExpiresInFiveMinutesAndGivesTheReaderACookie() throws Exception {
        var response =
                http.post("/api/captchas", "", "x-forwarded-for", Reader.next().address());
        assertThat(response.status()).isEqualTo(201);
        Map<String, Object> captcha = response.json();
        String image = (String) captcha.get("image");
        assertThat(image).startsWith("data:image/png;base64,");
        var png = ImageIO.read(
                new ByteArrayInputStream(Base64.getDecoder().decode(image.substring(image.indexOf(',') + 1))));
        assertThat(png.getWidth()).isGreaterThan(100);
        Duration lifetime = Duration.between(Instant.now(), Instant.parse((String) captcha.get("expiresAt")));
        assertThat(lifetime).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
        assertThat(response.header("set-cookie"))
                .startsWith("rid=")
                .contains("HttpOnly", "SameSite=Strict", "Path=/api");
        assertThat(response.body()).doesNotContainIgnoringCase("answer");
    }

    @Test
    void aVoteWithTheRightAnswerCountsAndTheSummaryAndListingsShowIt() {
        Map<String, Object> before = summary();
        Reader reader = Reader.next();
        var response = reader.rate(articleId, 4, captchas.seed("ACEHJ"), "acehj ");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        long count = ((Number) before.get("count")).longValue() + 1;
        assertThat(response.json()).containsEntry("count", (int) count);
        assertThat(summary()).isEqualTo(response.json());
        @SuppressWarnings("unchecked")
        Map<String, Object> histogram = (Map<String, Object>) summary().get("histogram");
        assertThat(histogram).containsKeys("1", "2", "3", "4", "5");
        var listed = http.get("/api/articles/" + articleId).json();
        assertThat(listed.get("rating").toString()).contains("count=" + count);
    }

    @Test
    void wrongExpiredReusedAndExhaustedCaptchasAre422AndChangeNothing() {
        Map<String, Object> before = summary();
        Reader reader = Reader.next();
        String captcha = captchas.seed("MNPRW");
        for (int i = 0; i < 3; i++) {
            var wrong = reader.rate(articleId, 5, captcha, "XXXXX");
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.contentType()).startsWith("application/problem+json");
        }
        assertThat(reader.rate(articleId, 5, captcha, "MNPRW").status())
                .as("out of tries")
                .isEqualTo(422);

        String expired = new KnownCaptchas(
                        portal.functionEnv("CreateCaptchaFunction"),
                        Clock.fixed(Instant.now().minus(Duration.ofMinutes(6)), ZoneOffset.UTC))
                .seed("KMNPR");
        assertThat(reader.rate(articleId, 5, expired, "KMNPR").status())
                .as("expired")
                .isEqualTo(422);
        assertThat(reader.rate(articleId, 5, "aaaaaaaaaaaaaaaaaaaaaaaaaa", "KMNPR")
                        .status())
                .as("unknown")
                .isEqualTo(422);

        Reader other = Reader.next();
        String once = captchas.seed("WXY34");
        assertThat(other.rate(articleId, 3, once, "WXY34").status()).isEqualTo(200);
        Reader third = Reader.next();
        assertThat(third.rate(articleId, 3, once, "WXY34").status())
                .as("reused")
                .isEqualTo(422);

        assertThat(((Number) summary().get("count")).intValue())
                .isEqualTo(((Number) before.get("count")).intValue() + 1);
    }

    @Test
    void badStarsUnknownArticlesAndSecondVotesAreRefused() {
        Reader reader = Reader.next();
        for (Object stars : List.of(0, 6, 4.5, "5", -1)) {
            var response = reader.rate(articleId, stars, captchas.seed("ACEHJ"), "ACEHJ");
            assertThat(response.status()).as("stars=" + stars).isEqualTo(400);
        }
        assertThat(reader.rate("aaaaaaaaaaaaaaaaaaaaaaaaaa", 5, captchas.seed("ACEHJ"), "ACEHJ")
                        .status())
                .isEqualTo(404);
        assertThat(reader.rate(articleId, 5, captchas.seed("ACEHJ"), "ACEHJ").status())
                .isEqualTo(200);
        Map<String, Object> after = summary();
        var again = reader.rate(articleId, 1, captchas.seed("ACEHJ"), "ACEHJ");
        assertThat(again.status()).isEqualTo(409);
        assertThat(summary()).isEqualTo(after);
        assertThat(http.get("/api/articles/aaaaaaaaaaaaaaaaaaaaaaaaaa/ratings").status())
                .isEqualTo(404);
    }

    @Test
    void tooManyRequestsFromOneClientGet429WithRetryAfter() {
        Reader reader = Reader.next();
        for (int i = 0; i < 12; i++) {
            // the body is checked before the rate is counted: bad bodies never use up the allowance
            assertThat(reader.rate(articleId, 9, "x", "y").status()).isEqualTo(400);
        }
        Http.Response limited = null;
        // at most 10 a minute: 21 attempts reach a 429 even if a minute boundary falls among them
        for (int i = 0; i < 21 && limited == null; i++) {
            var response = reader.rate(articleId, 5, "aaaaaaaaaaaaaaaaaaaaaaaaaa", "ZZZZZ");
            if (response.status() == 429) {
                limited = response;
            } else {
                assertThat(response.status()).isEqualTo(422);
            }
        }
        assertThat(limited).as("a 429 within 21 requests").isNotNull();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(limited.header("retry-after"))).isBetween(1, 60);
    }
}
