package vn.gov.portal.common.store;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key of an article item in ArticlesTable, shared by the articles area (which owns the item)
 * and the ratings area (which keeps the rating aggregate on it). The table's full design is in
 * {@code vn.gov.portal.articles.store.ArticlesTable}.
 */
public final class ArticleKeys {

    public static final String RATING_COUNT = "ratingCount";
    public static final String RATING_SUM = "ratingSum";
    /** With sharded ratings: a copy of the shards' total, refreshed at most about once a second. */
    public static final String SHARD_COUNT = "shardCount";

    public static final String SHARD_SUM = "shardSum";
    public static final String SHARD_FOLDED_AT = "shardFoldedAt";

    private ArticleKeys() {}

    public static Map<String, AttributeValue> article(String id) {
        return Map.of("pk", AttributeValue.fromS("A#" + id), "sk", AttributeValue.fromS("A"));
    }

    /** The per-star counter attribute: h1 … h5. */
    public static String histogram(int stars) {
        return "h" + stars;
    }
}
