package vn.gov.portal.ratings;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.portal.ratings.store.RatingsStore;
import vn.gov.portal.ratings.store.RatingsTable;

/**
 * Ratings in memory with {@link RatingsTable}'s conditions: a vote is all or nothing (captcha
 * right, unexpired by the second, unused, tries left; one vote per reader; the article exists);
 * counters per client and minute. Articles exist once {@link #addArticle} made them.
 */
final class InMemoryRatingsStore implements RatingsStore {

    private final Map<String, RatingsTable.Captcha> captchas = new HashMap<>();
    private final Map<String, Map<String, Integer>> votes = new HashMap<>();
    private final Map<String, RatingsTable.Aggregate> articles = new HashMap<>();
    private final Map<String, RatingsTable.Aggregate[]> shards = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    /** The listing total last folded onto the article item when sharded (every fold: the interval only spares writes). */
    final Map<String, RatingsTable.Aggregate> folded = new HashMap<>();

    synchronized void addArticle(String articleId) {
        articles.put(articleId, RatingsTable.Aggregate.empty());
    }

    /** The stars of every vote on an article (the aggregate must equal them). */
    synchronized List<Integer> votes(String articleId) {
        return List.copyOf(votes.getOrDefault(articleId, Map.of()).values());
    }

    @Override
    public synchronized void putCaptcha(String id, String answerHash, Instant expiresAt) {
        if (captchas.putIfAbsent(id, new RatingsTable.Captcha(id, answerHash, seconds(expiresAt), 0, false)) != null) {
            throw new IllegalStateException("captcha " + id + " exists");
        }
    }

    @Override
    public synchronized Optional<RatingsTable.Captcha> captcha(String id) {
        return Optional.ofNullable(captchas.get(id));
    }

    @Override
    public synchronized boolean countWrongTry(String id, Instant now, int maxTries) {
        RatingsTable.Captcha c = captchas.get(id);
        if (!live(c, now, maxTries)) {
            return false;
        }
        captchas.put(id, new RatingsTable.Captcha(id, c.answerHash(), c.expiresAt(), c.tries() + 1, false));
        return true;
    }

    @Override
    public synchronized Optional<RatingsTable.Refusal> vote(
            String articleId,
            String readerHash,
            int stars,
            String captchaId,
            String answerHash,
            Instant now,
            int maxTries,
            int shardCount,
            int shard) {
        RatingsTable.Captcha c = captchas.get(captchaId);
        if (!live(c, now, maxTries) || !c.answerHash().equals(answerHash)) {
            return Optional.of(RatingsTable.Refusal.CAPTCHA);
        }
        if (votes.getOrDefault(articleId, Map.of()).containsKey(readerHash)) {
            return Optional.of(RatingsTable.Refusal.ALREADY_VOTED);
        }
        if (shardCount <= 1 && !articles.containsKey(articleId)) {
            return Optional.of(RatingsTable.Refusal.NO_ARTICLE);
        }
        captchas.put(captchaId, new RatingsTable.Captcha(captchaId, c.answerHash(), c.expiresAt(), c.tries(), true));
        votes.computeIfAbsent(articleId, k -> new HashMap<>()).put(readerHash, stars);
        RatingsTable.Aggregate one = one(stars);
        if (shardCount > 1) {
            RatingsTable.Aggregate[] list =
                    shards.computeIfAbsent(articleId, k -> new RatingsTable.Aggregate[shardCount]);
            list[shard] = list[shard] == null ? one : list[shard].plus(one);
        } else {
            articles.put(articleId, articles.get(articleId).plus(one));
        }
        return Optional.empty();
    }

    @Override
    public synchronized boolean tryAcquire(String clientHash, long epochMinute, int limit) {
        String key = clientHash + "/" + epochMinute;
        int n = counters.getOrDefault(key, 0);
        if (n >= limit) {
            return false;
        }
        counters.put(key, n + 1);
        return true;
    }

    @Override
    public synchronized Optional<RatingsTable.Aggregate> articleAggregate(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    @Override
    public synchronized void foldShards(
            String articleId, RatingsTable.Aggregate total, Instant now, Duration interval) {
        folded.put(articleId, total);
    }

    @Override
    public synchronized RatingsTable.Aggregate shardAggregate(String articleId) {
        RatingsTable.Aggregate total = RatingsTable.Aggregate.empty();
        for (RatingsTable.Aggregate a : shards.getOrDefault(articleId, new RatingsTable.Aggregate[0])) {
            total = a == null ? total : total.plus(a);
        }
        return total;
    }

    /** Unused, unexpired (DynamoDB compares whole seconds) and with tries left. */
    private static boolean live(RatingsTable.Captcha c, Instant now, int maxTries) {
        return c != null && !c.used() && c.expiresAt().getEpochSecond() > now.getEpochSecond() && c.tries() < maxTries;
    }

    private static Instant seconds(Instant at) {
        return Instant.ofEpochSecond(at.getEpochSecond());
    }

    private static RatingsTable.Aggregate one(int stars) {
        long[] h = new long[6];
        h[stars] = 1;
        return new RatingsTable.Aggregate(1, stars, h);
    }
}
