package vn.gov.portal.ratings.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import vn.gov.portal.common.store.ArticleKeys;
import vn.gov.portal.common.store.Items;

/**
 * RatingsTable: captchas, votes, per-client rate counters and (when sharding is on) rating
 * aggregate shards. The unsharded aggregate lives on the article item in ArticlesTable.
 *
 * <pre>
 * Item             pk                 sk               attributes
 *   captcha        C#&lt;captchaId&gt;       C                answerHash, expiresAt, tries, usedAt, ttl
 *   vote           V#&lt;articleId&gt;       &lt;readerHash&gt;     stars, at
 *   rate counter   R#&lt;clientHash&gt;      &lt;epoch minute&gt;   n, ttl
 *   agg. shard     AGG#&lt;articleId&gt;     &lt;0..N-1&gt;         ratingCount, ratingSum, h1..h5
 *
 * Access patterns                               How
 *   create / read a captcha                       PutItem / GetItem C#id
 *   count a wrong try                             UpdateItem C#id ADD tries, if unused, unexpired, tries &lt; max
 *   vote: consume captcha + one vote per reader   TransactWriteItems: captcha (conditions: hash, expiry, unused,
 *         + aggregate                              tries &lt; max), vote (attribute_not_exists), aggregate (ADD)
 *   client rate                                   UpdateItem R#client/minute ADD n, condition n &lt; limit
 *   summary                                       GetItem article item (+ Query AGG#id when sharded)
 * </pre>
 * DynamoDB's TTL deletes expired captchas and counters late; the read path checks expiry itself.
 */
public final class RatingsTable implements RatingsStore {

    /** Why a vote was refused by the transaction. */
    public enum Refusal {
        CAPTCHA,
        ALREADY_VOTED,
        NO_ARTICLE,
        CONFLICT
    }

    /** A stored captcha. */
    public record Captcha(String id, String answerHash, Instant expiresAt, int tries, boolean used) {}

    /** Count, sum and per-star counts (index 1..5). */
    public record Aggregate(long count, long sum, long[] histogram) {
        public static Aggregate empty() {
            return new Aggregate(0, 0, new long[6]);
        }

        public Aggregate plus(Aggregate other) {
            long[] h = new long[6];
            for (int i = 1; i <= 5; i++) {
                h[i] = histogram[i] + other.histogram[i];
            }
            return new Aggregate(count + other.count, sum + other.sum, h);
        }
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final String articlesTable;

    public RatingsTable(DynamoDbClient dynamo, String table, String articlesTable) {
        this.dynamo = dynamo;
        this.table = table;
        this.articlesTable = articlesTable;
    }

    private static Map<String, AttributeValue> captchaKey(String id) {
        return Map.of("pk", Items.s("C#" + id), "sk", Items.s("C"));
    }

    @Override
    public void putCaptcha(String id, String answerHash, Instant expiresAt) {
        dynamo.putItem(r -> r.tableName(table)
                .conditionExpression("attribute_not_exists(pk)")
                .item(Items.item()
                        .s("pk", "C#" + id)
                        .s("sk", "C")
                        .s("answerHash", answerHash)
                        .n("expiresAt", expiresAt.getEpochSecond())
                        .n("tries", 0)
                        .n("ttl", expiresAt.plusSeconds(3600).getEpochSecond())
                        .build()));
    }

    @Override
    public Optional<Captcha> captcha(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(table).key(captchaKey(id)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(captchaOf(id, item));
    }

    private static Captcha captchaOf(String id, Map<String, AttributeValue> item) {
        return new Captcha(
                id,
                Items.str(item, "answerHash"),
                Instant.ofEpochSecond(Items.num(item, "expiresAt", 0)),
                (int) Items.num(item, "tries", 0),
                item.containsKey("usedAt"));
    }

    /** Counts a wrong answer; false when the captcha is gone, used, expired or out of tries. */
    @Override
    public boolean countWrongTry(String id, Instant now, int maxTries) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(captchaKey(id))
                    .updateExpression("ADD tries :one")
                    .conditionExpression(
                            "attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :now AND tries < :max")
                    .expressionAttributeValues(Map.of(
                            ":one", Items.n(1), ":now", Items.n(now.getEpochSecond()), ":max", Items.n(maxTries))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * One vote, atomically: the captcha (right answer, unexpired, unused, tries left) is consumed,
     * the reader's vote recorded once, and the aggregate incremented (on the article item, or on
     * shard {@code shard} when sharding). Empty on success, else why it was refused.
     */
    @Override
    public Optional<Refusal> vote(
            String articleId,
            String readerHash,
            int stars,
            String captchaId,
            String answerHash,
            Instant now,
            int maxTries,
            int shards,
            int shard) {
        TransactWriteItem consumeCaptcha = TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(captchaKey(captchaId))
                        .updateExpression("SET usedAt = :now")
                        .conditionExpression("attribute_exists(pk) AND answerHash = :h AND expiresAt > :now "
                                + "AND attribute_not_exists(usedAt) AND tries < :max")
                        .expressionAttributeValues(Map.of(
                                ":now",
                                Items.n(now.getEpochSecond()),
                                ":h",
                                Items.s(answerHash),
                                ":max",
                                Items.n(maxTries)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build();
        TransactWriteItem recordVote = TransactWriteItem.builder()
                .put(p -> p.tableName(table)
                        .item(Items.item()
                                .s("pk", "V#" + articleId)
                                .s("sk", readerHash)
                                .n("stars", stars)
                                .s("at", now.toString())
                                .build())
                        .conditionExpression("attribute_not_exists(pk)"))
                .build();
        String update = "ADD " + ArticleKeys.RATING_COUNT + " :one, " + ArticleKeys.RATING_SUM + " :stars, "
                + ArticleKeys.histogram(stars) + " :one";
        Map<String, AttributeValue> values = Map.of(":one", Items.n(1), ":stars", Items.n(stars));
        TransactWriteItem aggregate = shards > 1
                ? TransactWriteItem.builder()
                        .update(u -> u.tableName(table)
                                .key(Map.of("pk", Items.s("AGG#" + articleId), "sk", Items.s(Integer.toString(shard))))
                                .updateExpression(update)
                                .expressionAttributeValues(values))
                        .build()
                : TransactWriteItem.builder()
                        .update(u -> u.tableName(articlesTable)
                                .key(ArticleKeys.article(articleId))
                                .updateExpression(update)
                                .conditionExpression("attribute_exists(pk)")
                                .expressionAttributeValues(values))
                        .build();
        try {
            dynamo.transactWriteItems(t -> t.transactItems(consumeCaptcha, recordVote, aggregate));
            return Optional.empty();
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
            if (failed(reasons, 0)) {
                return Optional.of(Refusal.CAPTCHA);
            }
            if (failed(reasons, 1)) {
                return Optional.of(Refusal.ALREADY_VOTED);
            }
            if (failed(reasons, 2)) {
                return Optional.of(Refusal.NO_ARTICLE);
            }
            return Optional.of(Refusal.CONFLICT);
        }
    }

    private static boolean failed(List<CancellationReason> reasons, int index) {
        return reasons.size() > index
                && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    /** Adds one to the client's counter for this minute; false once it reached {@code limit}. */
    @Override
    public boolean tryAcquire(String clientHash, long epochMinute, int limit) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("pk", Items.s("R#" + clientHash), "sk", Items.s(Long.toString(epochMinute))))
                    .updateExpression("ADD n :one SET #ttl = :ttl")
                    .conditionExpression("attribute_not_exists(n) OR n < :limit")
                    .expressionAttributeNames(Map.of("#ttl", "ttl"))
                    .expressionAttributeValues(Map.of(
                            ":one", Items.n(1), ":limit", Items.n(limit), ":ttl", Items.n((epochMinute + 2) * 60))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** The article item's aggregate, or empty when there is no such article. */
    @Override
    public Optional<Aggregate> articleAggregate(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(articlesTable).key(ArticleKeys.article(articleId)))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(aggregateOf(item));
    }

    /**
     * Copies the shards' total onto the article item for listings, at most once per
     * {@code interval}: a conditional write, so a hot article's item takes about one write a
     * second however many votes arrive.
     */
    @Override
    public void foldShards(String articleId, Aggregate shards, Instant now, Duration interval) {
        try {
            dynamo.updateItem(r -> r.tableName(articlesTable)
                    .key(ArticleKeys.article(articleId))
                    .updateExpression("SET " + ArticleKeys.SHARD_COUNT + " = :c, " + ArticleKeys.SHARD_SUM + " = :s, "
                            + ArticleKeys.SHARD_FOLDED_AT + " = :now")
                    .conditionExpression("attribute_exists(pk) AND (attribute_not_exists(" + ArticleKeys.SHARD_FOLDED_AT
                            + ") OR " + ArticleKeys.SHARD_FOLDED_AT + " < :cutoff)")
                    .expressionAttributeValues(Map.of(
                            ":c",
                            Items.n(shards.count()),
                            ":s",
                            Items.n(shards.sum()),
                            ":now",
                            Items.n(now.toEpochMilli()),
                            ":cutoff",
                            Items.n(now.minus(interval).toEpochMilli()))));
        } catch (ConditionalCheckFailedException recentEnough) {
            // another vote folded within the interval
        }
    }

    /** The sum of the aggregate shards (read-time merge; one Query of at most N items). */
    @Override
    public Aggregate shardAggregate(String articleId) {
        Aggregate total = Aggregate.empty();
        for (Map<String, AttributeValue> item : queryAll("AGG#" + articleId)) {
            total = total.plus(aggregateOf(item));
        }
        return total;
    }

    private List<Map<String, AttributeValue>> queryAll(String pk) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            var response = dynamo.query(QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", Items.s(pk)))
                    .consistentRead(true)
                    .exclusiveStartKey(start)
                    .build());
            out.addAll(response.items());
            start = response.hasLastEvaluatedKey()
                            && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey()
                    : null;
        } while (start != null);
        return out;
    }

    private static Aggregate aggregateOf(Map<String, AttributeValue> item) {
        long[] h = new long[6];
        for (int i = 1; i <= 5; i++) {
            h[i] = Items.num(item, ArticleKeys.histogram(i), 0);
        }
        return new Aggregate(
                Items.num(item, ArticleKeys.RATING_COUNT, 0), Items.num(item, ArticleKeys.RATING_SUM, 0), h);
    }
}
