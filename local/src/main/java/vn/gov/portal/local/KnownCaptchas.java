package vn.gov.portal.local;

import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.ratings.CaptchaService;
import vn.gov.portal.ratings.HmacKeys;
import vn.gov.portal.ratings.RotatingSecret;
import vn.gov.portal.ratings.captcha.CaptchaAlphabet;
import vn.gov.portal.ratings.store.RatingsTable;

/**
 * Captchas with a known answer, for tests and benchmarks (no route ever stores one; a drawn answer
 * cannot be read back): stored as {@link CaptchaService} stores them, hashed under the ratings
 * secret's version current when this first stores one, valid for {@link CaptchaService#LIFETIME}.
 */
public final class KnownCaptchas {

    private final RatingsTable table;
    private final HmacKeys keys;
    private final Clock clock;

    /** {@code env}: a ratings function's environment (its tables and the secret's ARN). */
    public KnownCaptchas(Env env) {
        this(env, Clock.systemUTC());
    }

    /** On another clock: a clock in the past stores captchas that have expired already. */
    public KnownCaptchas(Env env, Clock clock) {
        AwsClients aws = AwsClients.from(env);
        this.table = new RatingsTable(
                aws.build(DynamoDbClient.builder()), env.require("RATINGS_TABLE"), env.require("ARTICLES_TABLE"));
        this.keys = new HmacKeys(
                RotatingSecret.of(aws.build(SecretsManagerClient.builder()), env.require("RATINGS_SECRET_ARN"), clock));
        this.clock = clock;
    }

    /** Stores a captcha whose answer is {@code answer}; returns its id. */
    public String seed(String answer) {
        String id = Ids.newId();
        table.putCaptcha(
                id,
                keys.captchaAnswer(id, CaptchaAlphabet.normalize(answer)),
                clock.instant().plus(CaptchaService.LIFETIME));
        return id;
    }
}
