package vn.gov.portal.ratings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.random.RandomGenerator;
import vn.gov.portal.common.Ids;
import vn.gov.portal.ratings.captcha.CaptchaAlphabet;
import vn.gov.portal.ratings.captcha.CaptchaImage;
import vn.gov.portal.ratings.store.RatingsStore;

/**
 * Issues captchas: a random answer drawn as a distorted PNG, stored only as a keyed hash with a
 * five-minute expiry. A new call is the refresh.
 */
public final class CaptchaService {

    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private final RatingsStore table;
    private final HmacKeys keys;
    private final RateLimiter limiter;
    private final Clock clock;
    private final RandomGenerator random;

    public CaptchaService(RatingsStore table, HmacKeys keys, RateLimiter limiter, Clock clock, RandomGenerator random) {
        this.table = table;
        this.keys = keys;
        this.limiter = limiter;
        this.clock = clock;
        this.random = random;
    }

    /** A captcha as the API returns it. */
    public record Issued(String captchaId, String imageDataUrl, Instant expiresAt) {}

    public Issued issue(Caller caller) {
        limiter.acquire(keys.client(caller.address()), "captchas");
        String id = Ids.newId();
        String answer = CaptchaAlphabet.randomAnswer(random);
        Instant expiresAt = clock.instant().plus(LIFETIME);
        table.putCaptcha(id, keys.captchaAnswer(id, CaptchaAlphabet.normalize(answer)), expiresAt);
        byte[] png = CaptchaImage.png(answer, random);
        return new Issued(id, "data:image/png;base64," + Base64.getEncoder().encodeToString(png), expiresAt);
    }
}
