package vn.gov.portal.directives.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.store.Cursors;
import vn.gov.portal.common.store.Items;
import vn.gov.portal.common.text.VietnameseText;

/**
 * DirectivesTable: directive documents and the items that find them by symbol, keep a re-sent
 * registration from making a second document, and tie an attachment upload to one directive.
 *
 * <pre>
 * Item          pk                    sk          gsi1pk  gsi1sk            gsi2pk     gsi2sk            gsi3pk              gsi3sk
 *   directive   D#&lt;id&gt;                D           ALL     &lt;issuedOn&gt;#&lt;id&gt;  T#&lt;type&gt;  &lt;issuedOn&gt;#&lt;id&gt;  I#&lt;fold(issuer)&gt;  &lt;issuedOn&gt;#&lt;id&gt;
 *   by symbol   SYM#&lt;fold(symbol)&gt;   &lt;issuedOn&gt;  -  (a full copy of the directive, no index keys)
 *   by title    TTL#&lt;sha256(title)&gt;  &lt;issuedOn&gt;  -  (a full copy; only directives without a symbol)
 *   attachment  ATT#&lt;uploadId&gt;        ATT         -  (directiveId)
 *
 * Access patterns                                  How
 *   get a directive by id                            GetItem D#id
 *   latest N, newest issuedOn first                  Query gsi1: gsi1pk = ALL, descending, Limit N
 *   issued from..to, newest first                    Query gsi1: gsi1pk = ALL AND gsi1sk BETWEEN from"#" AND to"#~"
 *     ... of one type                                Query gsi2: gsi2pk = T#type, same bounds
 *     ... of one issuer                              Query gsi3: gsi3pk = I#issuer, same bounds
 *     ... of one type and one issuer                 Query gsi3, FilterExpression type = :t (an issuer has few types)
 *   by symbol (any case, spacing, Unicode form)      Query pk = SYM#fold(symbol), descending: every day it was used
 *   register once per symbol and day                 TransactWriteItems: Put D#id + Put SYM#…/issuedOn, both
 *     (title and day without a symbol)                 attribute_not_exists(pk); the index item's failed condition
 *                                                      returns the existing copy (ReturnValuesOnConditionCheckFailure)
 *   an attachment belongs to one directive           + Put ATT#uploadId attribute_not_exists(pk) in the same transaction
 *   delete                                           TransactWriteItems: Delete D#id, its SYM/TTL item and ATT item
 * </pre>
 * Every read is a GetItem or a Query; nothing scans. The copies on the SYM/TTL items make the
 * symbol look-up and the "already registered" answer one request each; they cannot go stale since
 * directives are never updated. gsi1 holds every directive in one partition: a ministry registers
 * thousands a year, far below a partition's limits, and it gives one sorted list for date ranges.
 * Index keys are only written when the value exists (sparse gsi2/gsi3). Ranges are sorted by
 * issuedOn then id, so a page boundary inside one day is still exact.
 */
public final class DirectivesTable {

    public static final String ALL = "ALL";
    private static final Pattern CURSOR_SORT_KEY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}#[a-z2-7]{26}");
    private static final int FILTERED_PAGE = 100;

    private final DynamoDbClient dynamo;
    private final String table;

    public DirectivesTable(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The outcome of a registration: the stored directive, and whether this call created it. */
    public record Saved(Directive directive, boolean created) {}

    /** A page of a date range and the cursor to the next one (null on the last page). */
    public record Page(List<Directive> items, String nextCursor) {}

    // ------------------------------------------------------------------------------------ keys

    /**
     * The partition key that makes a registration idempotent per day: the folded symbol (case,
     * spacing, diacritics and Unicode form do not matter); without a symbol, a hash of the title
     * in lower case with its diacritics kept (they tell words apart, and a title can exceed the
     * 2048-byte key limit).
     */
    public static String dedupKey(String symbol, String title) {
        if (symbol != null) {
            return "SYM#" + VietnameseText.fold(symbol);
        }
        String text = VietnameseText.clean(title).toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "TTL#" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String typeKey(String type) {
        return "T#" + type;
    }

    public static String issuerKey(String issuer) {
        return "I#" + VietnameseText.fold(issuer);
    }

    private static Map<String, AttributeValue> directiveKey(String id) {
        return Map.of("pk", Items.s("D#" + id), "sk", Items.s("D"));
    }

    private static Map<String, AttributeValue> dedupItemKey(String dedupKey, LocalDate issuedOn) {
        return Map.of("pk", Items.s(dedupKey), "sk", Items.s(issuedOn.toString()));
    }

    private static Map<String, AttributeValue> attachmentKey(String uploadId) {
        return Map.of("pk", Items.s("ATT#" + uploadId), "sk", Items.s("ATT"));
    }

    private static String sortKey(Directive d) {
        return d.issuedOn() + "#" + d.id();
    }

    // ---------------------------------------------------------------------------------- writes

    /**
     * Stores a new directive, or returns the one already registered under the same symbol (or
     * title) and day. Refuses (409) an attachment upload that already belongs to another directive.
     */
    public Saved insert(Directive d) {
        Map<String, AttributeValue> fields = attributes(d);
        Map<String, AttributeValue> main = new HashMap<>(fields);
        main.putAll(directiveKey(d.id()));
        main.put("gsi1pk", Items.s(ALL));
        main.put("gsi1sk", Items.s(sortKey(d)));
        if (d.type() != null) {
            main.put("gsi2pk", Items.s(typeKey(d.type())));
            main.put("gsi2sk", Items.s(sortKey(d)));
        }
        if (d.issuer() != null) {
            main.put("gsi3pk", Items.s(issuerKey(d.issuer())));
            main.put("gsi3sk", Items.s(sortKey(d)));
        }
        Map<String, AttributeValue> copy = new HashMap<>(fields);
        copy.putAll(dedupItemKey(d.dedupKey(), d.issuedOn()));

        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(main)
                .conditionExpression("attribute_not_exists(pk)")).build());
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(copy)
                .conditionExpression("attribute_not_exists(pk)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
        if (d.attachmentUploadId() != null) {
            Map<String, AttributeValue> attachment = new HashMap<>(attachmentKey(d.attachmentUploadId()));
            attachment.put("directiveId", Items.s(d.id()));
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(attachment)
                    .conditionExpression("attribute_not_exists(pk)")).build());
        }
        try {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
            return new Saved(d, true);
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
            if (failedCondition(reasons, 1)) {
                Map<String, AttributeValue> old = reasons.get(1).item();
                Directive existing = old != null && !old.isEmpty() ? fromItem(old)
                        : byDedupKey(d.dedupKey(), d.issuedOn()).orElseThrow(() -> e);
                return new Saved(existing, false);
            }
            if (failedCondition(reasons, 2)) {
                throw new DomainException.Conflict("This attachment upload belongs to another directive; upload the file again.");
            }
            if (reasons.stream().anyMatch(r -> "TransactionConflict".equals(r.code()))) {
                throw new DomainException.Conflict("Another request is registering the same document; retry.");
            }
            throw e;
        }
    }

    private static boolean failedCondition(List<CancellationReason> reasons, int index) {
        return reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    /** Removes a directive with its index items; false when it was already gone. */
    public boolean delete(Directive d) {
        Map<String, AttributeValue> owner = Map.of(":id", Items.s(d.id()));
        Map<String, String> idName = Map.of("#id", "id");
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().delete(x -> x.tableName(table).key(directiveKey(d.id()))
                .conditionExpression("attribute_exists(pk)")).build());
        writes.add(TransactWriteItem.builder().delete(x -> x.tableName(table).key(dedupItemKey(d.dedupKey(), d.issuedOn()))
                .conditionExpression("attribute_not_exists(pk) OR #id = :id").expressionAttributeNames(idName)
                .expressionAttributeValues(owner)).build());
        if (d.attachmentUploadId() != null) {
            writes.add(TransactWriteItem.builder().delete(x -> x.tableName(table).key(attachmentKey(d.attachmentUploadId()))
                    .conditionExpression("attribute_not_exists(pk) OR directiveId = :id").expressionAttributeValues(owner)).build());
        }
        try {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.hasCancellationReasons() && failedCondition(e.cancellationReasons(), 0)) {
                return false;
            }
            throw e;
        }
    }

    // ----------------------------------------------------------------------------------- reads

    public Optional<Directive> get(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(directiveKey(id)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** The directive registered under a symbol (or title) key on a day, if any. */
    public Optional<Directive> byDedupKey(String dedupKey, LocalDate issuedOn) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(dedupItemKey(dedupKey, issuedOn))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** The id of the directive an upload is attached to, if any. */
    public Optional<String> attachmentOwner(String uploadId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(attachmentKey(uploadId))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.ofNullable(Items.str(item, "directiveId"));
    }

    /** The newest {@code n} directives by issue date. */
    public List<Directive> latest(int n) {
        List<Directive> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = dynamo.query(QueryRequest.builder().tableName(table).indexName("gsi1")
                    .keyConditionExpression("gsi1pk = :p")
                    .expressionAttributeValues(Map.of(":p", Items.s(ALL)))
                    .scanIndexForward(false)
                    .limit(n - out.size())
                    .exclusiveStartKey(start)
                    .build());
            response.items().forEach(item -> out.add(fromItem(item)));
            start = more(response);
        } while (start != null && out.size() < n);
        return out;
    }

    /** Every directive registered under a symbol, newest issue date first. */
    public List<Directive> bySymbol(String symbol) {
        List<Directive> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = dynamo.query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", Items.s(dedupKey(symbol, null))))
                    .scanIndexForward(false)
                    .exclusiveStartKey(start)
                    .build());
            response.items().forEach(item -> out.add(fromItem(item)));
            start = more(response);
        } while (start != null);
        return out;
    }

    /**
     * Directives issued on days {@code from..to} (inclusive), newest first, optionally of one type
     * and/or one issuer. Reads one item past the page to know whether there is a next one, and
     * makes the cursor from the last item returned (not DynamoDB's last evaluated key, which a
     * filtered query may have moved past items it did not return).
     */
    public Page between(LocalDate from, LocalDate to, String type, String issuer, int limit, String cursor) {
        String index;
        String partition;
        if (issuer != null) {
            index = "gsi3";
            partition = issuerKey(issuer);
        } else if (type != null) {
            index = "gsi2";
            partition = typeKey(type);
        } else {
            index = "gsi1";
            partition = ALL;
        }
        boolean filtered = issuer != null && type != null;
        String pkName = index + "pk";
        String skName = index + "sk";
        Map<String, AttributeValue> start = cursor == null ? null : startKey(cursor, from, to, pkName, partition, skName);

        Map<String, AttributeValue> values = new HashMap<>(Map.of(":p", Items.s(partition),
                ":low", Items.s(from + "#"), ":high", Items.s(to + "#~")));
        Map<String, String> names = new HashMap<>(Map.of("#pk", pkName, "#sk", skName));
        if (filtered) {
            values.put(":t", Items.s(type));
            names.put("#t", "type");
        }
        List<Directive> out = new ArrayList<>();
        do {
            QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(index)
                    .keyConditionExpression("#pk = :p AND #sk BETWEEN :low AND :high")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .scanIndexForward(false)
                    .limit(filtered ? FILTERED_PAGE : limit + 1 - out.size())
                    .exclusiveStartKey(start);
            if (filtered) {
                query.filterExpression("#t = :t");
            }
            QueryResponse response = dynamo.query(query.build());
            response.items().forEach(item -> out.add(fromItem(item)));
            start = more(response);
        } while (start != null && out.size() <= limit);

        if (out.size() <= limit) {
            return new Page(out, null);
        }
        List<Directive> page = List.copyOf(out.subList(0, limit));
        return new Page(page, Cursors.encode(Map.of("s", sortKey(page.getLast()))));
    }

    /** The exclusive start key after the item a cursor names, checked to lie inside this query. */
    private static Map<String, AttributeValue> startKey(String cursor, LocalDate from, LocalDate to,
                                                        String pkName, String partition, String skName) {
        String sk = Cursors.decode(cursor).get("s");
        if (sk == null || !CURSOR_SORT_KEY.matcher(sk).matches()
                || sk.compareTo(from + "#") < 0 || sk.compareTo(to + "#~") > 0) {
            throw new DomainException.Invalid("cursor", "does not belong to this query");
        }
        String id = sk.substring(sk.indexOf('#') + 1);
        Map<String, AttributeValue> key = new HashMap<>(directiveKey(id));
        key.put(pkName, Items.s(partition));
        key.put(skName, Items.s(sk));
        return key;
    }

    private static Map<String, AttributeValue> more(QueryResponse response) {
        return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
    }

    // ---------------------------------------------------------------------------- item mapping

    private static Map<String, AttributeValue> attributes(Directive d) {
        return Items.item()
                .s("id", d.id())
                .s("title", d.title())
                .s("type", d.type())
                .s("symbol", d.symbol())
                .n("number", d.number())
                .n("year", d.year())
                .s("docCode", d.docCode())
                .s("issuer", d.issuer())
                .s("unit", d.unit())
                .s("subject", d.subject())
                .s("issuedOn", d.issuedOn().toString())
                .s("signer", d.signer())
                .s("summary", d.summary())
                .s("attachmentUrl", d.attachmentUrl())
                .s("attachmentUploadId", d.attachmentUploadId())
                .s("dedupKey", d.dedupKey())
                .s("createdAt", d.createdAt().toString())
                .s("createdBy", d.createdBy())
                .build();
    }

    static Directive fromItem(Map<String, AttributeValue> item) {
        Long number = Items.num(item, "number");
        Long year = Items.num(item, "year");
        return new Directive(Items.str(item, "id"), Items.str(item, "title"), Items.str(item, "type"),
                Items.str(item, "symbol"), number == null ? null : number.intValue(), year == null ? null : year.intValue(),
                Items.str(item, "docCode"), Items.str(item, "issuer"), Items.str(item, "unit"), Items.str(item, "subject"),
                LocalDate.parse(Items.str(item, "issuedOn")), Items.str(item, "signer"), Items.str(item, "summary"),
                Items.str(item, "attachmentUrl"), Items.str(item, "attachmentUploadId"), Items.str(item, "dedupKey"),
                Instant.parse(Items.str(item, "createdAt")), Items.str(item, "createdBy"));
    }
}
