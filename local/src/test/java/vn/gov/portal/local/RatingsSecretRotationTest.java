package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Env;
import vn.gov.portal.ratings.Caller;
import vn.gov.portal.ratings.RatingService;
import vn.gov.portal.ratings.RatingsModule;

/**
 * Rotating RatingsSecret loses no open captcha: in the emulator's Secrets Manager the secret gets
 * a new value (the old one becomes AWSPREVIOUS, as {@code aws secretsmanager put-secret-value}
 * does), between a captcha's issue and its answer. Each {@link RatingsModule} is one container.
 */
class RatingsSecretRotationTest extends PortalTest {

    private static final AtomicInteger READERS = new AtomicInteger();
    private static SecretsManagerClient secrets;
    private static Env env;
    private static String articleId;

    @BeforeAll
    static void start() {
        secrets = portal.aws().build(SecretsManagerClient.builder());
        env = portal.functionEnv("RateArticleFunction");
        Map<String, Object> status = editor.awaitDone(editor.uploadArticle(ArticlesApiTest.source(
                "Bài đánh giá khi đổi khóa", "bai-danh-gia-khi-doi-khoa", "2023-04-04T09:00:00+07:00", "Nội dung.")));
        articleId = (String) status.get("articleId");
    }

    @AfterAll
    static void stop() {
        secrets.close();
    }

    @Test
    void aCaptchaIssuedBeforeARotationIsAnsweredAfterIt() {
        RatingsModule before = new RatingsModule(env);
        KnownCaptchas beforeRotation = new KnownCaptchas(env);
        String captcha = beforeRotation.seed("ACEHJ");
        String wrongOne = beforeRotation.seed("MNPRW");

        rotate();
        RatingsModule after = new RatingsModule(env); // a container started after the rotation

        assertThatThrownBy(() -> vote(after, wrongOne, "ACEHJ"))
                .isInstanceOf(DomainException.Unprocessable.class)
                .hasMessageContaining("wrong");
        long count = vote(after, captcha, "acehj").count();
        assertThat(count).isPositive();
        assertThatThrownBy(() -> vote(after, captcha, "ACEHJ"))
                .as("still used once only")
                .isInstanceOf(DomainException.Unprocessable.class)
                .hasMessageContaining("already used");
    }

    @Test
    void aNewContainersFirstVoteMayAnswerACaptchaIssuedBeforeTheRotation() {
        String captcha = new KnownCaptchas(env).seed("HJKMN");
        rotate();
        // a cold start reads the current version only; the previous one at once, when first needed
        assertThat(vote(new RatingsModule(env), captcha, "HJKMN").count()).isPositive();
    }

    @Test
    void aContainerThatHasNotReadTheNewVersionYetAcceptsACaptchaIssuedUnderIt() {
        MovableClock clock = new MovableClock();
        RatingsModule stale = new RatingsModule(env, clock);
        stale.captchas(); // reads the secret now

        rotate();
        String captcha = new KnownCaptchas(env).seed("PRWXY"); // issued under the new version
        clock.move(
                Duration.ofSeconds(31)); // within the 5-minute re-read interval, past the 30 s floor of early re-reads

        assertThat(vote(stale, captcha, "PRWXY").count()).isPositive();
    }

    private static void rotate() {
        String arn = env.require("RATINGS_SECRET_ARN");
        String before = secrets.getSecretValue(r -> r.secretId(arn)).versionId();
        secrets.putSecretValue(
                r -> r.secretId(arn).secretString("rotated-" + UUID.randomUUID() + "-" + "x".repeat(32)));
        assertThat(secrets.getSecretValue(r -> r.secretId(arn).versionStage("AWSPREVIOUS"))
                        .versionId())
                .isEqualTo(before);
    }

    private static RatingService.Summary vote(RatingsModule container, String captchaId, String answer) {
        int n = READERS.incrementAndGet();
        Caller reader = new Caller("192.0.2." + n, Optional.of("rotation-reader-" + n + "-xxxxxxxx"), true);
        return container
                .ratings()
                .rate(articleId, Map.of("stars", 4, "captchaId", captchaId, "captchaAnswer", answer), reader);
    }

    /** The system clock, moved forward on demand. */
    private static final class MovableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void move(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
