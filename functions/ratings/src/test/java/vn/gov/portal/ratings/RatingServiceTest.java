package vn.gov.portal.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.MovableClock;
import vn.gov.portal.ratings.captcha.CaptchaAlphabet;

/** Ratings without the emulator: votes, one per reader, summaries, every way a captcha fails, the rate limit. */
class RatingServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:10Z");
    private static final String ARTICLE = "abcdefghijklmnopqrstuvwxyz";

    private final InMemoryRatingsStore store = new InMemoryRatingsStore();
    private final HmacKeys keys = new HmacKeys(new byte[32]);
    private final MovableClock clock = new MovableClock(NOW);
    private final RatingService ratings = service(1);
    private int readers;

    RatingServiceTest() {
        store.addArticle(ARTICLE);
    }

    private RatingService service(int shards) {
        return new RatingService(store, keys, new RateLimiter(store, clock, 1000), clock, shards);
    }

    /** A captcha issued now whose answer is {@code answer}. */
    private String captcha(String answer) {
        String id = Ids.newId();
        store.putCaptcha(
                id,
                keys.captchaAnswer(id, CaptchaAlphabet.normalize(answer)),
                clock.instant().plus(CaptchaService.LIFETIME));
        return id;
    }

    /** A reader of their own (address and token). */
    private Caller reader() {
        readers++;
        return new Caller("203.0.113." + readers, Optional.of("reader-token-of-reader-" + readers), true);
    }

    /** The per-star counts as the API shows them: "1" to "5". */
    private static Map<String, Long> histogram(long... counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int stars = 1; stars <= 5; stars++) {
            out.put(Integer.toString(stars), counts[stars - 1]);
        }
        return out;
    }

    private static Map<String, Object> vote(int stars, String captchaId, String answer) {
        return new HashMap<>(Map.of("stars", stars, "captchaId", captchaId, "captchaAnswer", answer));
    }

    private RatingService.Summary rate(Caller reader, int stars) {
        return ratings.rate(ARTICLE, vote(stars, captcha("ACE34"), "ACE34"), reader);
    }

    @Test
    void aVoteCountsAndTheSummaryShowsIt() {
        RatingService.Summary after = rate(reader(), 4);
        assertThat(after.count()).isEqualTo(1);
        assertThat(after.average()).isEqualTo(4.0);
        assertThat(after.histogram()).isEqualTo(histogram(0, 0, 0, 1, 0));

        rate(reader(), 5);
        rate(reader(), 4);
        RatingService.Summary summary = ratings.summary(ARTICLE);
        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.average()).as("one decimal").isEqualTo(4.3);
        assertThat(summary.histogram()).isEqualTo(histogram(0, 0, 0, 2, 1));
        assertThat(store.votes(ARTICLE)).containsExactlyInAnyOrder(4, 5, 4);
    }

    @Test
    void anArticleWithoutVotesAveragesZero() {
        RatingService.Summary summary = ratings.summary(ARTICLE);
        assertThat(summary.count()).isZero();
        assertThat(summary.average()).isZero();
        assertThat(summary.histogram()).isEqualTo(histogram(0, 0, 0, 0, 0));
    }

    @Test
    void aReaderRatesAnArticleOnceAndTheSecondTryChangesNothing() {
        Caller reader = reader();
        rate(reader, 5);
        String second = captcha("ACE34");
        assertThatThrownBy(() -> ratings.rate(ARTICLE, vote(1, second, "ACE34"), reader))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessage("This reader has already rated this article.");
        assertThat(ratings.summary(ARTICLE).count()).isEqualTo(1);
        assertThat(ratings.summary(ARTICLE).average()).isEqualTo(5.0);
        assertThat(store.captcha(second).orElseThrow().used())
                .as("the captcha is not spent")
                .isFalse();

        Caller sameAddressOtherBrowser = new Caller(reader.address(), Optional.of("another-browser-token-123"), true);
        rate(sameAddressOtherBrowser, 1);
        assertThat(ratings.summary(ARTICLE).count()).isEqualTo(2);
    }

    @Test
    void unknownArticlesAreNotFound() {
        assertThatThrownBy(() -> ratings.summary("zyxwvutsrqponmlkjihgfedcba"))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> ratings.summary("../x")).isInstanceOf(DomainException.NotFound.class);
        String id = captcha("ACE34");
        assertThatThrownBy(() -> ratings.rate("zyxwvutsrqponmlkjihgfedcba", vote(3, id, "ACE34"), reader()))
                .isInstanceOf(DomainException.NotFound.class);
        assertThat(store.captcha(id).orElseThrow().used()).isFalse();
    }

    @Test
    void reportsEveryProblemOfTheBodyAtOnce() {
        assertThatThrownBy(() -> ratings.rate(ARTICLE, Map.of("stars", 6, "extra", 1), reader()))
                .isInstanceOfSatisfying(
                        DomainException.Invalid.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new FieldError("extra", "is not a known field"),
                                        new FieldError("stars", "must be an integer from 1 to 5"),
                                        new FieldError("captchaId", "is required"),
                                        new FieldError("captchaAnswer", "is required")));
        for (Object stars : new Object[] {0, 4.5, "5", -1L}) {
            Map<String, Object> body = vote(1, captcha("ACE34"), "ACE34");
            body.put("stars", stars);
            assertThatThrownBy(() -> ratings.rate(ARTICLE, body, reader()))
                    .as("stars %s", stars)
                    .isInstanceOf(DomainException.Invalid.class);
        }
        assertThat(ratings.summary(ARTICLE).count()).isZero();
    }

    @Test
    void theAnswerIsReadAsTypedByAPerson() {
        String id = captcha("ACE34");
        ratings.rate(ARTICLE, vote(3, id, "  ace34 "), reader());
        assertThat(ratings.summary(ARTICLE).count()).isEqualTo(1);
    }

    @Test
    void aWrongAnswerCountsATryAndThreeSpendTheCaptcha() {
        String id = captcha("ACE34");
        Caller reader = reader();
        for (int i = 1; i <= RatingService.MAX_TRIES; i++) {
            assertThatThrownBy(() -> ratings.rate(ARTICLE, vote(3, id, "XXXXX"), reader))
                    .isInstanceOfSatisfying(
                            DomainException.Unprocessable.class,
                            e -> assertThat(e.errors())
                                    .containsExactly(new FieldError("captchaAnswer", "The captcha answer is wrong.")));
            assertThat(store.captcha(id).orElseThrow().tries()).isEqualTo(i);
        }
        assertThatThrownBy(() -> ratings.rate(ARTICLE, vote(3, id, "ACE34"), reader))
                .isInstanceOf(DomainException.Unprocessable.class)
                .hasMessageContaining("Too many wrong answers");
        assertThat(ratings.summary(ARTICLE).count()).isZero();
    }

    @Test
    void aCaptchaIsGoodOnceAndForFiveMinutes() {
        String used = captcha("ACE34");
        rate(reader(), 2);
        ratings.rate(ARTICLE, vote(2, used, "ACE34"), reader());
        assertThatThrownBy(() -> ratings.rate(ARTICLE, vote(2, used, "ACE34"), reader()))
                .isInstanceOf(DomainException.Unprocessable.class)
                .hasMessageContaining("already used");

        String expiring = captcha("ACE34");
        clock.set(NOW.plus(CaptchaService.LIFETIME));
        assertThatThrownBy(() -> ratings.rate(ARTICLE, vote(2, expiring, "ACE34"), reader()))
                .isInstanceOf(DomainException.Unprocessable.class)
                .hasMessageContaining("expired");

        assertThatThrownBy(() -> ratings.rate(ARTICLE, vote(2, Ids.newId(), "ACE34"), reader()))
                .as("never issued")
                .isInstanceOf(DomainException.Unprocessable.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> ratings.rate(ARTICLE, vote(2, "not an id", "ACE34"), reader()))
                .isInstanceOf(DomainException.Unprocessable.class);
        assertThat(ratings.summary(ARTICLE).count()).isEqualTo(2);
    }

    @Test
    void anIssuedCaptchaIsAnsweredWithTheSymbolsItShows() {
        CaptchaService captchas =
                new CaptchaService(store, keys, new RateLimiter(store, clock, 1000), clock, new Random(7));
        String answer = CaptchaAlphabet.randomAnswer(new Random(7));
        CaptchaService.Issued issued = captchas.issue(reader());
        assertThat(issued.imageDataUrl()).startsWith("data:image/png;base64,");
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(store.captcha(issued.captchaId()).orElseThrow().answerHash())
                .as("only a keyed hash is stored")
                .doesNotContain(answer);

        ratings.rate(ARTICLE, vote(5, issued.captchaId(), answer), reader());
        assertThat(ratings.summary(ARTICLE).count()).isEqualTo(1);
    }

    @Test
    void aClientOverItsRatePerMinuteWaitsForTheNextMinute() {
        RatingService limited = new RatingService(store, keys, new RateLimiter(store, clock, 2), clock, 1);
        Caller reader = reader();
        limited.rate(ARTICLE, vote(5, captcha("ACE34"), "ACE34"), reader);
        assertThatThrownBy(() -> limited.rate(ARTICLE, vote(5, captcha("ACE34"), "ACE34"), reader))
                .isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> limited.rate(ARTICLE, vote(5, captcha("ACE34"), "ACE34"), reader))
                .isInstanceOfSatisfying(
                        DomainException.RateLimited.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(50)));

        clock.set(NOW.plus(Duration.ofSeconds(50)));
        assertThatThrownBy(() -> limited.rate(ARTICLE, vote(5, captcha("ACE34"), "ACE34"), reader))
                .isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void shardedVotesAddUpAndReachTheListingTotal() {
        RatingService sharded = service(4);
        for (int stars = 1; stars <= 5; stars++) {
            sharded.rate(ARTICLE, vote(stars, captcha("ACE34"), "ACE34"), reader());
        }
        RatingService.Summary summary = sharded.summary(ARTICLE);
        assertThat(summary.count()).isEqualTo(5);
        assertThat(summary.average()).isEqualTo(3.0);
        assertThat(summary.histogram()).isEqualTo(histogram(1, 1, 1, 1, 1));
        assertThat(store.folded.get(ARTICLE).count()).isEqualTo(5);
    }
}
