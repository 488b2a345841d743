package vn.gov.portal.common.store;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.http.Editor;

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
 *   mark a draft (preview token, ttl)       UpdateItem pk = uploadId, condition status = pending
 *   publish / discard a draft               UpdateItem pk = uploadId, condition status = draft
 *   schedule / release at its time          UpdateItem pk = uploadId, condition status = pending / scheduled
 * </pre>
 * Pending uploads carry {@code ttl} (one day): an URL never used leaves no lasting item.
 */
public final class UploadsTable implements UploadsStore {

    public static final String PENDING = "pending";
    public static final String PUBLISHED = "published";
    public static final String REJECTED = "rejected";
    /** An article the editor wants to preview first: rendered at its preview URL only. */
    public static final String DRAFT = "draft";
    /** A draft the editor threw away. */
    public static final String DISCARDED = "discarded";
    /** An article whose publishedAt is in the future: a one-time schedule publishes it then. */
    public static final String SCHEDULED = "scheduled";

    /** How long an upload waits for its file (or, cancelled, for nothing) before its item expires. */
    public static final Duration PENDING_LIFETIME = Duration.ofDays(1);

    private final DynamoDbClient dynamo;
    private final String table;

    public UploadsTable(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * An upload as stored: what the editor asked for (kind, file, who), then what became of it
     * (status, errors, the article or URL it published to, a draft's preview, a schedule, an
     * image's size). Built by naming its fields ({@link #builder()}): a new one is pending, with no errors.
     *
     * @param requestedBy who requested the upload; its name is stored as {@code editor}, the subject and
     *                    e-mail carry the rest of the identity to the publish function's audit entries
     */
    public record Upload(
            String uploadId,
            String kind,
            String filename,
            String contentType,
            long contentLength,
            String key,
            String status,
            Instant createdAt,
            Editor requestedBy,
            List<FieldError> errors,
            String articleId,
            String url,
            Preview preview,
            boolean draftApproved,
            Instant scheduledAt,
            boolean scheduleDue,
            ImageMeta image) {

        public Upload {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }

        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this upload's fields, to copy it with a few changed (a status move). */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.uploadId = uploadId;
            b.kind = kind;
            b.filename = filename;
            b.contentType = contentType;
            b.contentLength = contentLength;
            b.key = key;
            b.status = status;
            b.createdAt = createdAt;
            b.requestedBy = requestedBy;
            b.errors = errors;
            b.articleId = articleId;
            b.url = url;
            b.preview = preview;
            b.draftApproved = draftApproved;
            b.scheduledAt = scheduledAt;
            b.scheduleDue = scheduleDue;
            b.image = image;
            return b;
        }

        public static final class Builder {
            private String uploadId;
            private String kind;
            private String filename;
            private String contentType;
            private long contentLength;
            private String key;
            private String status = PENDING;
            private Instant createdAt;
            private Editor requestedBy;
            private List<FieldError> errors = List.of();
            private String articleId;
            private String url;
            private Preview preview;
            private boolean draftApproved;
            private Instant scheduledAt;
            private boolean scheduleDue;
            private ImageMeta image;

            private Builder() {}

            public Builder uploadId(String uploadId) {
                this.uploadId = uploadId;
                return this;
            }

            public Builder kind(String kind) {
                this.kind = kind;
                return this;
            }

            public Builder filename(String filename) {
                this.filename = filename;
                return this;
            }

            public Builder contentType(String contentType) {
                this.contentType = contentType;
                return this;
            }

            public Builder contentLength(long contentLength) {
                this.contentLength = contentLength;
                return this;
            }

            public Builder key(String key) {
                this.key = key;
                return this;
            }

            public Builder status(String status) {
                this.status = status;
                return this;
            }

            public Builder createdAt(Instant createdAt) {
                this.createdAt = createdAt;
                return this;
            }

            public Builder requestedBy(Editor requestedBy) {
                this.requestedBy = requestedBy;
                return this;
            }

            public Builder errors(List<FieldError> errors) {
                this.errors = errors;
                return this;
            }

            public Builder articleId(String articleId) {
                this.articleId = articleId;
                return this;
            }

            public Builder url(String url) {
                this.url = url;
                return this;
            }

            public Builder preview(Preview preview) {
                this.preview = preview;
                return this;
            }

            public Builder draftApproved(boolean draftApproved) {
                this.draftApproved = draftApproved;
                return this;
            }

            public Builder scheduledAt(Instant scheduledAt) {
                this.scheduledAt = scheduledAt;
                return this;
            }

            public Builder scheduleDue(boolean scheduleDue) {
                this.scheduleDue = scheduleDue;
                return this;
            }

            public Builder image(ImageMeta image) {
                this.image = image;
                return this;
            }

            public Upload build() {
                return new Upload(
                        uploadId,
                        kind,
                        filename,
                        contentType,
                        contentLength,
                        key,
                        status,
                        createdAt,
                        requestedBy,
                        errors,
                        articleId,
                        url,
                        preview,
                        draftApproved,
                        scheduledAt,
                        scheduleDue,
                        image);
            }
        }
    }

    /** Where a draft's rendered page waits in the uploads bucket (private; served only through its preview link). */
    public static String previewKey(String uploadId) {
        return "previews/" + uploadId + ".html";
    }

    /** A draft's preview: the secret its URL carries and when the URL stops working. */
    public record Preview(String token, Instant expiresAt) {}

    /**
     * A published image's size in pixels and the widths of the smaller JPEG variants written beside
     * it (none when the publish function could not decode it).
     */
    public record ImageMeta(int width, int height, List<Integer> variantWidths) {
        public ImageMeta {
            variantWidths = List.copyOf(variantWidths);
        }
    }

    @Override
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
                .s("editor", upload.requestedBy().name())
                .s("editorSub", upload.requestedBy().subject())
                .s("editorEmail", upload.requestedBy().email())
                .n("ttl", expiresAt.getEpochSecond())
                .build();
        dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<Upload> get(String uploadId) {
        Map<String, AttributeValue> item = dynamo.getItem(r ->
                        r.tableName(table).key(Map.of("pk", Items.s(uploadId))).consistentRead(true))
                .item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        List<FieldError> errors = item.containsKey("errors")
                ? item.get("errors").l().stream()
                        .map(e -> new FieldError(Items.str(e.m(), "field"), Items.str(e.m(), "message")))
                        .toList()
                : List.of();
        String editor = Items.str(item, "editor");
        String subject = Items.str(item, "editorSub");
        return Optional.of(Upload.builder()
                .uploadId(uploadId)
                .kind(Items.str(item, "kind"))
                .filename(Items.str(item, "filename"))
                .contentType(Items.str(item, "contentType"))
                .contentLength(Items.num(item, "contentLength", 0))
                .key(Items.str(item, "key"))
                .status(Items.str(item, "status"))
                .createdAt(Instant.parse(Items.str(item, "createdAt")))
                // an upload stored without a subject is named by its editor's name
                .requestedBy(new Editor(subject != null ? subject : editor, Items.str(item, "editorEmail"), editor))
                .errors(errors)
                .articleId(Items.str(item, "articleId"))
                .url(Items.str(item, "url"))
                .preview(
                        item.containsKey("previewToken")
                                ? new Preview(
                                        Items.str(item, "previewToken"),
                                        Instant.parse(Items.str(item, "previewExpiresAt")))
                                : null)
                .draftApproved(item.containsKey("draftApproved")
                        && Boolean.TRUE.equals(item.get("draftApproved").bool()))
                .scheduledAt(item.containsKey("scheduledAt") ? Instant.parse(Items.str(item, "scheduledAt")) : null)
                .scheduleDue(item.containsKey("scheduleDue")
                        && Boolean.TRUE.equals(item.get("scheduleDue").bool()))
                .image(imageMeta(item))
                .build());
    }

    private static ImageMeta imageMeta(Map<String, AttributeValue> item) {
        if (!item.containsKey("width") || !item.containsKey("height")) {
            return null;
        }
        List<Integer> variants = item.containsKey("variants")
                ? item.get("variants").l().stream()
                        .map(v -> Integer.parseInt(v.n()))
                        .toList()
                : List.of();
        return new ImageMeta((int) Items.num(item, "width", 0), (int) Items.num(item, "height", 0), variants);
    }

    /** Marks an image upload published with its size and variants; idempotent for a redelivered event. */
    @Override
    public void markImagePublished(String uploadId, String url, ImageMeta meta) {
        if (meta == null) {
            markPublished(uploadId, null, url);
            return;
        }
        dynamo.updateItem(r -> r.tableName(table)
                .key(Map.of("pk", Items.s(uploadId)))
                .updateExpression(
                        "SET #s = :published, #u = :u, width = :w, height = :h, variants = :v REMOVE #ttl, errors")
                .expressionAttributeNames(withTtl(Map.of("#s", "status", "#u", "url")))
                .expressionAttributeValues(Map.of(
                        ":published",
                        Items.s(PUBLISHED),
                        ":u",
                        Items.s(url),
                        ":w",
                        AttributeValue.fromN(Integer.toString(meta.width())),
                        ":h",
                        AttributeValue.fromN(Integer.toString(meta.height())),
                        ":v",
                        AttributeValue.fromL(meta.variantWidths().stream()
                                .map(w -> AttributeValue.fromN(Integer.toString(w)))
                                .toList())))
                .conditionExpression("attribute_exists(pk)"));
    }

    /** Marks an upload published; idempotent for a redelivered event. */
    @Override
    public void markPublished(String uploadId, String articleId, String url) {
        StringBuilder set = new StringBuilder("SET #s = :published");
        var values = new HashMap<String, AttributeValue>();
        values.put(":published", Items.s(PUBLISHED));
        if (articleId != null) {
            set.append(", articleId = :a");
            values.put(":a", Items.s(articleId));
        }
        if (url != null) {
            set.append(", #u = :u");
            values.put(":u", Items.s(url));
        }
        var names = new HashMap<String, String>(Map.of("#s", "status"));
        if (url != null) {
            names.put("#u", "url");
        }
        dynamo.updateItem(r -> r.tableName(table)
                .key(Map.of("pk", Items.s(uploadId)))
                .updateExpression(set + " REMOVE #ttl, errors")
                .expressionAttributeNames(withTtl(names))
                .expressionAttributeValues(values)
                .conditionExpression("attribute_exists(pk)"));
    }

    /** Marks an upload rejected with the reasons, unless it was already published. */
    @Override
    public void markRejected(String uploadId, List<FieldError> errors) {
        List<AttributeValue> list = errors.stream()
                .map(e -> AttributeValue.fromM(Map.of("field", Items.s(e.field()), "message", Items.s(e.message()))))
                .toList();
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("pk", Items.s(uploadId)))
                    .updateExpression("SET #s = :rejected, errors = :e REMOVE #ttl")
                    .expressionAttributeNames(withTtl(Map.of("#s", "status")))
                    .expressionAttributeValues(Map.of(
                            ":rejected",
                            Items.s(REJECTED),
                            ":e",
                            AttributeValue.fromL(list),
                            ":published",
                            Items.s(PUBLISHED)))
                    .conditionExpression("attribute_exists(pk) AND #s <> :published"));
        } catch (ConditionalCheckFailedException alreadyPublished) {
            // a late duplicate of an event that already published: nothing to change
        }
    }

    /**
     * Marks a pending upload a draft with its preview; the item (and so the draft) expires with
     * the preview. False when it is no longer pending (a redelivery after the first one did it).
     */
    @Override
    public boolean markDraft(String uploadId, Preview preview) {
        return move(
                uploadId,
                PENDING,
                DRAFT,
                "previewToken = :t, previewExpiresAt = :e, #ttl = :ttl REMOVE errors",
                Map.of(
                        ":t",
                        Items.s(preview.token()),
                        ":e",
                        Items.s(preview.expiresAt().toString()),
                        ":ttl",
                        Items.n(preview.expiresAt().getEpochSecond())));
    }

    /**
     * A draft goes back to pending, approved for publication, its preview revoked; false when it
     * is not a draft (already published, discarded, or never one). The item keeps a ttl of one
     * day while pending, as every pending upload does.
     */
    @Override
    public boolean approveDraft(String uploadId, Instant pendingUntil) {
        return move(
                uploadId,
                DRAFT,
                PENDING,
                "draftApproved = :yes, #ttl = :ttl REMOVE previewToken, previewExpiresAt",
                Map.of(":yes", AttributeValue.fromBool(true), ":ttl", Items.n(pendingUntil.getEpochSecond())));
    }

    /** A draft is thrown away, its preview revoked, the item kept until {@code keepUntil}; false when it is not a draft. */
    @Override
    public boolean discardDraft(String uploadId, Instant keepUntil) {
        return move(
                uploadId,
                DRAFT,
                DISCARDED,
                "#ttl = :ttl REMOVE previewToken, previewExpiresAt",
                Map.of(":ttl", Items.n(keepUntil.getEpochSecond())));
    }

    /**
     * A pending upload waits for its time; the item is kept until a week after it (a schedule
     * that could not deliver leaves it readable). False when it is no longer pending.
     */
    @Override
    public boolean markScheduled(String uploadId, Instant at) {
        return move(
                uploadId,
                PENDING,
                SCHEDULED,
                "scheduledAt = :at, #ttl = :ttl REMOVE errors",
                Map.of(
                        ":at",
                        Items.s(at.toString()),
                        ":ttl",
                        Items.n(at.plus(Duration.ofDays(7)).getEpochSecond())));
    }

    /**
     * Its time has come: a scheduled upload goes back to pending, due for publication. Only the
     * first of two firings changes it (the condition); false for every later one.
     */
    @Override
    public boolean releaseScheduled(String uploadId) {
        return move(uploadId, SCHEDULED, PENDING, "scheduleDue = :yes", Map.of(":yes", AttributeValue.fromBool(true)));
    }

    /** A scheduled upload is cancelled before its time; false when it is not scheduled. */
    @Override
    public boolean cancelScheduled(String uploadId, Instant keepUntil) {
        return move(uploadId, SCHEDULED, DISCARDED, "#ttl = :ttl", Map.of(":ttl", Items.n(keepUntil.getEpochSecond())));
    }

    /**
     * Moves an upload from one status to another with more changes ({@code rest}: "a = :a, …
     * [REMOVE …]"), only if it is in {@code from}: of two concurrent moves one wins, the other
     * gets false.
     */
    private boolean move(String uploadId, String from, String to, String rest, Map<String, AttributeValue> values) {
        var all = new HashMap<>(values);
        all.put(":from", Items.s(from));
        all.put(":to", Items.s(to));
        Map<String, String> names = rest.contains("#ttl") ? withTtl(Map.of("#s", "status")) : Map.of("#s", "status");
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("pk", Items.s(uploadId)))
                    .updateExpression("SET #s = :to, " + rest)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(all)
                    .conditionExpression("#s = :from"));
            return true;
        } catch (ConditionalCheckFailedException notThere) {
            return false;
        }
    }

    private static Map<String, String> withTtl(Map<String, String> names) {
        var all = new HashMap<>(names);
        all.put("#ttl", "ttl");
        return all;
    }
}
