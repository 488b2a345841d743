package vn.gov.portal.articles.revisions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.store.Cursors;
import vn.gov.portal.common.store.Items;

/**
 * Every published version of an article, kept in the articles table beside the article (its
 * partition {@code A#<id>}), one item per publishing upload; the version's source is that
 * upload's object in the uploads bucket ({@code incoming/<uploadId>}, never overwritten).
 *
 * <pre>
 * Access patterns                         Key
 *   record a published version              PutItem pk = A#id, sk = R#&lt;revisionId&gt; (a redelivery writes the same item)
 *   an article's versions, newest first     Query pk = A#id, sk BETWEEN "R#" AND "R#~", descending, Limit
 *   one version                             GetItem pk = A#id, sk = R#&lt;revisionId&gt;
 * </pre>
 * The items outlive an unpublication (the article's own item is {@code sk = A}), so an
 * unpublished article can be restored.
 */
public final class ArticleRevisions implements RevisionStore {

    private static final Pattern REVISION_ID = Pattern.compile("\\d{13}-[a-z2-7]{26}");

    private final DynamoDbClient dynamo;
    private final String table;

    public ArticleRevisions(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** One published version. */
    public record Revision(
            String articleId,
            String uploadId,
            Instant uploadedAt,
            Instant publishedAt,
            Editor editor,
            String title,
            String url) {}

    public record Page(List<Revision> items, String nextCursor) {}

    @Override
    public void record(Revision r) {
        var item = Items.item()
                .s("pk", "A#" + r.articleId())
                .s("sk", sortKey(r.uploadedAt(), r.uploadId()))
                .s("uploadId", r.uploadId())
                .s("uploadedAt", r.uploadedAt().toString())
                .s("publishedAt", r.publishedAt().toString())
                .s("editorSub", r.editor().subject())
                .s("editorEmail", r.editor().email())
                .s("editorName", r.editor().name())
                .s("title", r.title())
                .s("url", r.url())
                .build();
        dynamo.putItem(p -> p.tableName(table).item(item));
    }

    @Override
    public Page list(String articleId, int limit, String cursor) {
        Map<String, AttributeValue> start = null;
        if (cursor != null) {
            String sk = Cursors.decode(cursor).get("k");
            // exactly a key this query returns: DynamoDB refuses a start key outside the sort-key range
            if (sk == null
                    || !sk.startsWith("R#")
                    || !REVISION_ID.matcher(sk.substring(2)).matches()) {
                throw new DomainException.Invalid("cursor", "is not a cursor this API gave out");
            }
            start = Map.of("pk", Items.s("A#" + articleId), "sk", Items.s(sk));
        }
        Map<String, AttributeValue> from = start;
        QueryResponse response = dynamo.query(q -> q.tableName(table)
                .keyConditionExpression("pk = :p AND sk BETWEEN :low AND :high")
                .expressionAttributeValues(
                        Map.of(":p", Items.s("A#" + articleId), ":low", Items.s("R#"), ":high", Items.s("R#~")))
                .scanIndexForward(false)
                .limit(limit)
                .exclusiveStartKey(from)
                .consistentRead(true));
        List<Revision> items =
                response.items().stream().map(i -> fromItem(articleId, i)).toList();
        String next =
                response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? Cursors.encode(Map.of("k", Items.str(response.lastEvaluatedKey(), "sk")))
                        : null;
        return new Page(items, next);
    }

    /** One version by its id (as the list gives it: {@code <13-digit epoch millis>-<uploadId>}). */
    @Override
    public Optional<Revision> find(String articleId, String revisionId) {
        if (revisionId == null || !REVISION_ID.matcher(revisionId).matches()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table)
                        .consistentRead(true)
                        .key(Map.of("pk", Items.s("A#" + articleId), "sk", Items.s("R#" + revisionId))))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(articleId, item));
    }

    /** A version's id: when its upload was made, then the upload (time-ordered, one GetItem away). */
    public static String revisionId(Instant uploadedAt, String uploadId) {
        return String.format("%013d", uploadedAt.toEpochMilli()) + "-" + uploadId;
    }

    private static String sortKey(Instant uploadedAt, String uploadId) {
        return "R#" + revisionId(uploadedAt, uploadId);
    }

    private static Revision fromItem(String articleId, Map<String, AttributeValue> item) {
        return new Revision(
                articleId,
                Items.str(item, "uploadId"),
                Instant.parse(Items.str(item, "uploadedAt")),
                Instant.parse(Items.str(item, "publishedAt")),
                new Editor(Items.str(item, "editorSub"), Items.str(item, "editorEmail"), Items.str(item, "editorName")),
                Items.str(item, "title"),
                Items.str(item, "url"));
    }
}
