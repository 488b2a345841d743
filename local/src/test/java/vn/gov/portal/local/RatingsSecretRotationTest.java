package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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

    /**
     * The secret rotates while six containers take votes (each container one request at a time, as
     * on Lambda): the votes in flight during the rotation, and then captchas issued after it (by a
     * container that read the new version) in turn with captchas issued before it, are each counted
     * once; none fails.
     */
    @Test
    void votesTakenByManyContainersWhileTheSecretRotatesAreAllCounted() throws Exception {
        String article = (String) editor.awaitDone(editor.uploadArticle(ArticlesApiTest.source(
                        "Bài đánh giá trong lúc đổi khóa",
                        "bai-danh-gia-trong-luc-doi-khoa",
                        "2023-04-05T09:00:00+07:00",
                        "Nội dung.")))
                .get("articleId");
        int containers = 6;
        int issuedBefore = 5;
        int issuedAfter = 3;
        KnownCaptchas beforeRotation = new KnownCaptchas(env);
        List<List<String>> oldCaptchas = new ArrayList<>();
        for (int c = 0; c < containers; c++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < issuedBefore; i++) {
                ids.add(beforeRotation.seed("ACEHJ"));
            }
            oldCaptchas.add(ids);
        }
        BlockingQueue<String> newCaptchas = new LinkedBlockingQueue<>();
        CountDownLatch firstVotes = new CountDownLatch(containers);
        ExecutorService pool = Executors.newFixedThreadPool(containers);
        List<Future<Integer>> counted = new ArrayList<>();
        for (int c = 0; c < containers; c++) {
            List<String> mine = oldCaptchas.get(c);
            counted.add(pool.submit(() -> {
                RatingsModule container = new RatingsModule(env);
                int votes = 0;
                for (String captcha : mine.subList(0, issuedBefore - issuedAfter)) {
                    vote(container, article, captcha, "ACEHJ"); // the rotation comes while these are answered
                    votes++;
                    firstVotes.countDown();
                }
                for (int i = 0; i < issuedAfter; i++) { // new and old captchas in turn
                    String captcha = newCaptchas.poll(1, TimeUnit.MINUTES);
                    assertThat(captcha)
                            .as("a captcha issued after the rotation")
                            .isNotNull();
                    vote(container, article, captcha, "ACEHJ");
                    vote(container, article, mine.get(issuedBefore - issuedAfter + i), "ACEHJ");
                    votes += 2;
                }
                return votes;
            }));
        }
        firstVotes.await(1, TimeUnit.MINUTES); // six votes on record: the rest are answered while it rotates
        rotate();
        KnownCaptchas afterRotation = new KnownCaptchas(env); // a container that read the new version
        for (int i = 0; i < containers * issuedAfter; i++) {
            newCaptchas.add(afterRotation.seed("ACEHJ"));
        }
        int total = 0;
        for (Future<Integer> votes : counted) {
            total += votes.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(total).isEqualTo(containers * (issuedBefore + issuedAfter));
        assertThat(new RatingsModule(env).summaries().summary(article).count()).isEqualTo(total);
        assertThat(StoredVotes.of(portal, article)).hasSize(total);
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
        return vote(container, articleId, captchaId, answer);
    }

    private static RatingService.Summary vote(
            RatingsModule container, String article, String captchaId, String answer) {
        int n = READERS.incrementAndGet();
        Caller reader = new Caller(
                "192.0." + (2 + n / 250) + "." + (n % 250 + 1),
                Optional.of("rotation-reader-" + n + "-xxxxxxxx"),
                true);
        return container
                .ratings()
                .rate(article, Map.of("stars", 4, "captchaId", captchaId, "captchaAnswer", answer), reader);
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
