package vn.gov.portal.common.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import vn.gov.portal.common.FieldError;

/**
 * UploadsTable: one item per upload, written by the upload-URL route, moved to published or
 * rejected by the publish function, read by the status route and by publishes that reference
 * an image or attachment upload.
 *
 * <pre>
 * Access patterns                         Key
 *   create an upload (never overwrite)      pk = uploadId, condition attribute_not_exists(pk)
 *   read an upload's status                 GetItem pk = uploadId
 *   mark published / rejected               UpdateItem pk = uploadId (removes ttl)
 * </pre>
 * Pending uploads carry {@code ttl} (one day): an URL never used leaves no lasting item.
 */
public final class UploadsTable {

    public static final String PENDING = "pending";
    public static final String PUBLISHED = "published";
    public static final String REJECTED = "rejected";

    private final DynamoDbClient dynamo;
    private final String table;

    public UploadsTable(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** An upload as stored. */
    public record Upload(String uploadId, String kind, String filename, String contentType, long contentLength,
                         String key, String status, Instant createdAt, String editor, List<FieldError> errors,
                         String articleId, String url, ImageMeta image) {

        public Upload(String uploadId, String kind, String filename, String contentType, long contentLength,
                      String key, String status, Instant createdAt, String editor, List<FieldError> errors,
                      String articleId, String url) {
            this(uploadId, kind, filename, contentType, contentLength, key, status, createdAt, editor, errors, articleId, url, null);
        }
    }

    /**
     * A published image's size in pixels and the widths of the smaller JPEG variants written beside
     * it (none when the publish function could not decode it).
     */
    public record ImageMeta(int width, int height, List<Integer> variantWidths) {
        public ImageMeta {
            variantWidths = List.copyOf(variantWidths);
        }
    }

    public void create(Upload upload, Instant expiresAt) {
        var item = Items.item()
                .s("pk", upload.uploadId())
                .s("kind", upload.kind())
                .s("filename", upload.filename())
                .s("contentType", upload.contentType())
                .n("contentLength", upload.contentLength())
                .s("key", upload.key())
                .s("status", PENDING)
                .s("createdAt", upload.createdAt().toString())
                .s("editor", upload.editor())
                .n("ttl", expiresAt.getEpochSecond())
                .build();
        dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
    }

    public Optional<Upload> get(String uploadId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(Map.of("pk", Items.s(uploadId)))
                .consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        List<FieldError> errors = item.containsKey("errors")
                ? item.get("errors").l().stream().map(e -> new FieldError(Items.str(e.m(), "field"), Items.str(e.m(), "message"))).toList()
                : List.of();
        return Optional.of(new Upload(uploadId, Items.str(item, "kind"), Items.str(item, "filename"),
                Items.str(item, "contentType"), Items.num(item, "contentLength", 0), Items.str(item, "key"),
                Items.str(item, "status"), Instant.parse(Items.str(item, "createdAt")), Items.str(item, "editor"),
                errors, Items.str(item, "articleId"), Items.str(item, "url"), imageMeta(item)));
    }

    private static ImageMeta imageMeta(Map<String, AttributeValue> item) {
        if (!item.containsKey("width") || !item.containsKey("height")) {
            return null;
        }
        List<Integer> variants = item.containsKey("variants")
                ? item.get("variants").l().stream().map(v -> Integer.parseInt(v.n())).toList() : List.of();
        return new ImageMeta((int) Items.num(item, "width", 0), (int) Items.num(item, "height", 0), variants);
    }

    /** Marks an image upload published with its size and variants; idempotent for a redelivered event. */
    public void markImagePublished(String uploadId, String url, ImageMeta meta) {
        if (meta == null) {
            markPublished(uploadId, null, url);
            return;
        }
        dynamo.updateItem(r -> r.tableName(table).key(Map.of("pk", Items.s(uploadId)))
                .updateExpression("SET #s = :published, #u = :u, width = :w, height = :h, variants = :v REMOVE #ttl, errors")
                .expressionAttributeNames(withTtl(Map.of("#s", "status", "#u", "url")))
                .expressionAttributeValues(Map.of(":published", Items.s(PUBLISHED), ":u", Items.s(url),
                        ":w", AttributeValue.fromN(Integer.toString(meta.width())),
                        ":h", AttributeValue.fromN(Integer.toString(meta.height())),
                        ":v", AttributeValue.fromL(meta.variantWidths().stream()
                                .map(w -> AttributeValue.fromN(Integer.toString(w))).toList())))
                .conditionExpression("attribute_exists(pk)"));
    }

    /** Marks an upload published; idempotent for a redelivered event. */
    public void markPublished(String uploadId, String articleId, String url) {
        StringBuilder set = new StringBuilder("SET #s = :published");
        var values = new java.util.HashMap<String, AttributeValue>();
        values.put(":published", Items.s(PUBLISHED));
        if (articleId != null) {
            set.append(", articleId = :a");
            values.put(":a", Items.s(articleId));
        }
        if (url != null) {
            set.append(", #u = :u");
            values.put(":u", Items.s(url));
        }
        var names = new java.util.HashMap<String, String>(Map.of("#s", "status"));
        if (url != null) {
            names.put("#u", "url");
        }
        dynamo.updateItem(r -> r.tableName(table).key(Map.of("pk", Items.s(uploadId)))
                .updateExpression(set + " REMOVE #ttl, errors")
                .expressionAttributeNames(withTtl(names))
                .expressionAttributeValues(values)
                .conditionExpression("attribute_exists(pk)"));
    }

    /** Marks an upload rejected with the reasons, unless it was already published. */
    public void markRejected(String uploadId, List<FieldError> errors) {
        List<AttributeValue> list = errors.stream()
                .map(e -> AttributeValue.fromM(Map.of("field", Items.s(e.field()), "message", Items.s(e.message()))))
                .toList();
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Map.of("pk", Items.s(uploadId)))
                    .updateExpression("SET #s = :rejected, errors = :e REMOVE #ttl")
                    .expressionAttributeNames(withTtl(Map.of("#s", "status")))
                    .expressionAttributeValues(Map.of(":rejected", Items.s(REJECTED), ":e", AttributeValue.fromL(list),
                            ":published", Items.s(PUBLISHED)))
                    .conditionExpression("attribute_exists(pk) AND #s <> :published"));
        } catch (ConditionalCheckFailedException alreadyPublished) {
            // a late duplicate of an event that already published: nothing to change
        }
    }

    private static Map<String, String> withTtl(Map<String, String> names) {
        var all = new java.util.HashMap<>(names);
        all.put("#ttl", "ttl");
        return all;
    }
}
