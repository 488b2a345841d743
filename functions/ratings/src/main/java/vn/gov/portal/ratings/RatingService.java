package vn.gov.portal.ratings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Ids;
import vn.gov.portal.ratings.captcha.CaptchaAlphabet;
import vn.gov.portal.ratings.store.RatingsStore;
import vn.gov.portal.ratings.store.RatingsTable;

/**
 * Star ratings. The cheap checks come first (the body, the client's rate, that the article
 * exists); then one DynamoDB transaction consumes the captcha, records the reader's only vote and
 * updates the aggregate, so no vote is lost, counted twice or accepted without a valid unused
 * captcha, however many readers rate at once. A wrong answer counts a try and changes nothing else.
 */
public final class RatingService {

    public static final int MAX_TRIES = 3;
    private static final Set<String> FIELDS = Set.of("stars", "captchaId", "captchaAnswer");
    private static final int MAX_CONFLICT_RETRIES = 10;
    /** How stale a sharded article's listing total may get. */
    private static final Duration FOLD_INTERVAL = Duration.ofSeconds(1);

    private final RatingsStore table;
    private final HmacKeys keys;
    private final RateLimiter limiter;
    private final Clock clock;
    private final int shards;

    public RatingService(RatingsStore table, HmacKeys keys, RateLimiter limiter, Clock clock, int shards) {
        this.table = table;
        this.keys = keys;
        this.limiter = limiter;
        this.clock = clock;
        this.shards = Math.max(1, shards);
    }

    /**
     * average (one decimal, 0 without votes), count and the votes per star ("1".."5"); the body of
     * the ratings routes as is.
     */
    public record Summary(double average, long count, Map<String, Long> histogram) {
        static Summary of(RatingsTable.Aggregate a) {
            double average = a.count() == 0 ? 0 : Math.round(a.sum() * 10.0 / a.count()) / 10.0;
            Map<String, Long> histogram = new LinkedHashMap<>();
            for (int stars = 1; stars <= 5; stars++) {
                histogram.put(Integer.toString(stars), a.histogram()[stars]);
            }
            return new Summary(average, a.count(), histogram);
        }
    }

    public Summary summary(String articleId) {
        return Summary.of(aggregate(articleId).orElseThrow(() -> noArticle(articleId)));
    }

    public Summary rate(String articleId, Map<String, Object> body, Caller caller) {
        Vote vote = parse(body);
        if (!Ids.isWellFormed(articleId)) {
            throw noArticle(articleId); // before any storage call, the rate counter included
        }
        limiter.acquire(keys.client(caller.address()), "ratings");
        if (table.articleAggregate(articleId).isEmpty()) {
            throw noArticle(articleId);
        }
        String reader = keys.reader(caller.address(), caller.readerToken().orElse(""));
        String normalized = CaptchaAlphabet.normalize(vote.answer());
        List<String> answerHashes = keys.captchaAnswers(vote.captchaId(), normalized);
        String answerHash = answerHashes.getFirst();
        for (int attempt = 0; ; attempt++) {
            Instant now = clock.instant();
            int shard = shards > 1 ? ThreadLocalRandom.current().nextInt(shards) : 0;
            Optional<RatingsTable.Refusal> refusal = table.vote(
                    articleId, reader, vote.stars(), vote.captchaId(), answerHash, now, MAX_TRIES, shards, shard);
            if (refusal.isEmpty()) {
                return summaryAfterVote(articleId, now);
            }
            switch (refusal.get()) {
                case CAPTCHA -> {
                    // issued under another version of the secret (a rotation): answer with that hash
                    Optional<RatingsTable.Captcha> captcha =
                            Ids.isWellFormed(vote.captchaId()) ? table.captcha(vote.captchaId()) : Optional.empty();
                    Optional<String> issuedUnder = otherVersionsHash(captcha, answerHashes, answerHash, normalized);
                    if (issuedUnder.isEmpty()) {
                        throw captchaProblem(captcha, answerHashes, now);
                    }
                    answerHash = issuedUnder.get();
                    answerHashes = List.of(answerHash);
                }
                case ALREADY_VOTED -> throw new DomainException.Conflict("This reader has already rated this article.");
                case NO_ARTICLE -> throw noArticle(articleId);
                case CONFLICT -> {
                    // another vote on the same item won the race: retry with jittered backoff, never drop the vote
                    if (attempt >= MAX_CONFLICT_RETRIES) {
                        throw new DomainException.Unavailable(
                                "The article is receiving many ratings; try again.", Duration.ofSeconds(1));
                    }
                    sleep(ThreadLocalRandom.current().nextLong(5, 20L << Math.min(attempt, 5)));
                }
            }
        }
    }

    private Summary summaryAfterVote(String articleId, Instant now) {
        if (shards == 1) {
            return summary(articleId);
        }
        RatingsTable.Aggregate fromShards = table.shardAggregate(articleId);
        table.foldShards(articleId, fromShards, now, FOLD_INTERVAL);
        return Summary.of(table.articleAggregate(articleId)
                .orElseThrow(() -> noArticle(articleId))
                .plus(fromShards));
    }

    private record Vote(int stars, String captchaId, String answer) {}

    private static Vote parse(Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        body.keySet().stream()
                .filter(k -> !FIELDS.contains(k))
                .sorted()
                .forEach(k -> errors.add(new FieldError(k, "is not a known field")));
        Object stars = body.get("stars");
        // not BigInteger: jackson-jr gives one only past the long range, where longValue() wraps
        boolean integral = stars instanceof Integer || stars instanceof Long;
        if (!integral || ((Number) stars).longValue() < 1 || ((Number) stars).longValue() > 5) {
            errors.add(new FieldError("stars", "must be an integer from 1 to 5"));
        }
        if (!(body.get("captchaId") instanceof String id) || id.isBlank() || id.length() > 64) {
            errors.add(new FieldError("captchaId", "is required"));
        }
        if (!(body.get("captchaAnswer") instanceof String answer) || answer.isBlank() || answer.length() > 32) {
            errors.add(new FieldError("captchaAnswer", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        return new Vote(
                ((Number) stars).intValue(), (String) body.get("captchaId"), (String) body.get("captchaAnswer"));
    }

    /**
     * The stored hash when the answer matches it under a version of the secret other than the one
     * just tried: the previous version, or a newer one this container has not read yet (another
     * container issued the captcha after the rotation), which one early re-read finds.
     */
    private Optional<String> otherVersionsHash(
            Optional<RatingsTable.Captcha> captcha, List<String> answerHashes, String tried, String normalized) {
        Optional<String> stored = captcha.map(RatingsTable.Captcha::answerHash);
        if (stored.isEmpty() || stored.get().equals(tried)) {
            return Optional.empty();
        }
        if (answerHashes.contains(stored.get())) {
            return stored;
        }
        if (keys.refreshSoon()
                && keys.captchaAnswers(captcha.get().id(), normalized).contains(stored.get())) {
            return stored;
        }
        return Optional.empty();
    }

    /** Why the captcha did not pass; a wrong answer to a live captcha counts a try. */
    private DomainException captchaProblem(
            Optional<RatingsTable.Captcha> found, List<String> answerHashes, Instant now) {
        if (found.isEmpty() || !found.get().expiresAt().isAfter(now)) {
            return unprocessable("The captcha has expired; get a new one.");
        }
        RatingsTable.Captcha captcha = found.get();
        if (captcha.used()) {
            return unprocessable("The captcha was already used; get a new one.");
        }
        if (captcha.tries() >= MAX_TRIES) {
            return unprocessable("Too many wrong answers for this captcha; get a new one.");
        }
        if (!answerHashes.contains(captcha.answerHash())) {
            table.countWrongTry(captcha.id(), now, MAX_TRIES);
            return unprocessable("The captcha answer is wrong.");
        }
        return unprocessable("The captcha cannot be used; get a new one.");
    }

    private static DomainException unprocessable(String message) {
        return new DomainException.Unprocessable("captchaAnswer", message);
    }

    private Optional<RatingsTable.Aggregate> aggregate(String articleId) {
        if (!Ids.isWellFormed(articleId)) {
            return Optional.empty();
        }
        Optional<RatingsTable.Aggregate> article = table.articleAggregate(articleId);
        return shards > 1 ? article.map(a -> a.plus(table.shardAggregate(articleId))) : article;
    }

    private static DomainException noArticle(String articleId) {
        return new DomainException.NotFound("No article " + articleId + ".");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
