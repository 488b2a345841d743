package vn.gov.portal.ratings.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the ratings services need of storage: {@link RatingsTable} is the DynamoDB one (captchas,
 * votes and counters there, the aggregate on the article item); unit tests use an in-memory one
 * with the same conditions. A vote is one atomic step: captcha consumed, the reader's only vote
 * recorded, the aggregate incremented, or nothing at all.
 */
public interface RatingsStore {

    void putCaptcha(String id, String answerHash, Instant expiresAt);

    Optional<RatingsTable.Captcha> captcha(String id);

    /** Counts a wrong answer; false when the captcha is gone, used, expired or out of tries. */
    boolean countWrongTry(String id, Instant now, int maxTries);

    /** Empty on success, else why the vote was refused (nothing changed). */
    Optional<RatingsTable.Refusal> vote(
            String articleId,
            String readerHash,
            int stars,
            String captchaId,
            String answerHash,
            Instant now,
            int maxTries,
            int shards,
            int shard);

    /** Adds one to the client's counter for this minute; false once it reached {@code limit}. */
    boolean tryAcquire(String clientHash, long epochMinute, int limit);

    /** The article item's aggregate, or empty when there is no such article. */
    Optional<RatingsTable.Aggregate> articleAggregate(String articleId);

    /** Copies the shards' total onto the article item, at most once per {@code interval}. */
    void foldShards(String articleId, RatingsTable.Aggregate shards, Instant now, Duration interval);

    /** The sum of the aggregate shards. */
    RatingsTable.Aggregate shardAggregate(String articleId);
}
