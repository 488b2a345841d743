package vn.gov.portal.common.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.store.Cursors;
import vn.gov.portal.common.store.Items;

/**
 * AuditTable: the editors' audit trail, append-only. Entries are only ever put with a fresh key
 * (the functions' policies allow PutItem and nothing else that changes an item, and the table's
 * resource policy denies updates and deletes to everyone); TTL removes them after the retention.
 *
 * <pre>
 * Access patterns                               Key
 *   append an entry (never overwrite)             pk = M#yyyy-MM, sk = &lt;Vietnam time, ms&gt;#&lt;id&gt;, attribute_not_exists(pk)
 *   Vietnam days from..to, newest first           Query pk = M#month, sk BETWEEN "&lt;from&gt;T" AND "&lt;to&gt;~", per month, newest month first
 *   one editor's entries on days from..to         Query gsi1: gsi1pk = E#&lt;subject&gt;, gsi1sk BETWEEN the same bounds
 * </pre>
 * A page reads the items it returns plus at most one empty Query per month of the range
 * (at most 13 for the 366 days a query may cover); nothing reads the whole table.
 */
public final class AuditTable implements AuditStore {

    static final String INDEX = "gsi1";
    private static final DateTimeFormatter LOCAL_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");
    private static final Pattern SORT_KEY =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}#[a-z2-7]{26}");
    private static final Set<String> CURSOR_FIELDS = Set.of("m", "k");

    private final DynamoDbClient dynamo;
    private final String table;

    public AuditTable(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Appends an entry that expires at {@code expiresAt}; an existing key is never overwritten. */
    @Override
    public void append(AuditEntry entry, Instant expiresAt) {
        String sk = sortKey(entry.at(), entry.id());
        Map<String, AttributeValue> details = new HashMap<>();
        entry.details().forEach((k, v) -> {
            if (v != null) {
                details.put(k, Items.s(v));
            }
        });
        var item = Items.item()
                .s("pk", "M#" + YearMonth.from(local(entry.at())))
                .s("sk", sk)
                .s("gsi1pk", "E#" + entry.editor().subject())
                .s("gsi1sk", sk)
                .s("at", entry.at().toString())
                .s("editorSub", entry.editor().subject())
                .s("editorEmail", entry.editor().email())
                .s("editorName", entry.editor().name())
                .s("action", entry.action())
                .s("target", entry.target())
                .s("outcome", entry.outcome())
                .m("details", details.isEmpty() ? null : details)
                .n("ttl", expiresAt.getEpochSecond())
                .build();
        dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
    }

    /**
     * Entries of Vietnam days {@code from..to} (inclusive), newest first, of one editor (by
     * subject) or of all; {@code cursor} continues a previous page of the same query.
     */
    @Override
    public Page between(LocalDate from, LocalDate to, String editorSubject, int limit, String cursor) {
        Map<String, String> position = cursor == null ? Map.of() : Cursors.decode(cursor);
        if (cursor != null && (position.isEmpty() || !CURSOR_FIELDS.containsAll(position.keySet()))) {
            throw badCursor("is not a cursor this API gave out");
        }
        String low = from + "T";
        String high = to + "~";
        String after = position.get("k");
        if (after != null
                && (!SORT_KEY.matcher(after).matches() || after.compareTo(low) < 0 || after.compareTo(high) > 0)) {
            throw badCursor("does not belong to this query");
        }
        return editorSubject == null
                ? allEditors(from, to, low, high, limit, position, after)
                : oneEditor(editorSubject, low, high, limit, after);
    }

    private Page oneEditor(String subject, String low, String high, int limit, String after) {
        Map<String, AttributeValue> start = after == null
                ? null
                : Map.of(
                        "gsi1pk",
                        Items.s("E#" + subject),
                        "gsi1sk",
                        Items.s(after),
                        "pk",
                        Items.s("M#" + after.substring(0, 7)),
                        "sk",
                        Items.s(after));
        QueryResponse response = dynamo.query(QueryRequest.builder()
                .tableName(table)
                .indexName(INDEX)
                .keyConditionExpression("gsi1pk = :e AND gsi1sk BETWEEN :low AND :high")
                .expressionAttributeValues(
                        Map.of(":e", Items.s("E#" + subject), ":low", Items.s(low), ":high", Items.s(high)))
                .scanIndexForward(false)
                .limit(limit)
                .exclusiveStartKey(start)
                .build());
        List<AuditEntry> items =
                response.items().stream().map(AuditTable::fromItem).toList();
        boolean more =
                response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        String next = more ? Cursors.encode(Map.of("k", Items.str(response.lastEvaluatedKey(), "gsi1sk"))) : null;
        return new Page(items, next, response.scannedCount(), 1);
    }

    private Page allEditors(
            LocalDate from,
            LocalDate to,
            String low,
            String high,
            int limit,
            Map<String, String> position,
            String after) {
        YearMonth first = YearMonth.from(from);
        YearMonth month;
        try {
            month = position.containsKey("m") ? YearMonth.parse(position.get("m")) : YearMonth.from(to);
        } catch (RuntimeException e) {
            throw badCursor("is not a cursor this API gave out");
        }
        if (month.isAfter(YearMonth.from(to))
                || month.isBefore(first)
                || (after != null && !after.startsWith(month.toString()))) {
            throw badCursor("does not belong to this query");
        }
        Map<String, AttributeValue> start =
                after == null ? null : Map.of("pk", Items.s("M#" + month), "sk", Items.s(after));
        List<AuditEntry> items = new ArrayList<>();
        int read = 0;
        int queries = 0;
        while (!month.isBefore(first)) {
            YearMonth current = month;
            Map<String, AttributeValue> exclusiveStart = start;
            QueryResponse response = dynamo.query(QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("pk = :m AND sk BETWEEN :low AND :high")
                    .expressionAttributeValues(
                            Map.of(":m", Items.s("M#" + current), ":low", Items.s(low), ":high", Items.s(high)))
                    .scanIndexForward(false)
                    .limit(limit - items.size())
                    .exclusiveStartKey(exclusiveStart)
                    .build());
            queries++;
            read += response.scannedCount();
            response.items().forEach(item -> items.add(fromItem(item)));
            boolean monthHasMore = response.hasLastEvaluatedKey()
                    && !response.lastEvaluatedKey().isEmpty();
            if (monthHasMore) {
                String last = Items.str(response.lastEvaluatedKey(), "sk");
                if (items.size() >= limit) {
                    return new Page(items, Cursors.encode(Map.of("m", current.toString(), "k", last)), read, queries);
                }
                start = response.lastEvaluatedKey();
                continue;
            }
            month = month.minusMonths(1);
            start = null;
            if (items.size() >= limit) {
                return new Page(
                        items,
                        month.isBefore(first) ? null : Cursors.encode(Map.of("m", month.toString())),
                        read,
                        queries);
            }
        }
        return new Page(items, null, read, queries);
    }

    static String sortKey(Instant at, String id) {
        return LOCAL_MILLIS.format(local(at)) + "#" + id;
    }

    private static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, Dates.VIETNAM);
    }

    private static AuditEntry fromItem(Map<String, AttributeValue> item) {
        Map<String, String> details = new LinkedHashMap<>();
        AttributeValue d = item.get("details");
        if (d != null && d.hasM()) {
            d.m().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> details.put(e.getKey(), e.getValue().s()));
        }
        String sk = Items.str(item, "sk");
        return new AuditEntry(
                sk.substring(sk.indexOf('#') + 1),
                Instant.parse(Items.str(item, "at")),
                new Editor(Items.str(item, "editorSub"), Items.str(item, "editorEmail"), Items.str(item, "editorName")),
                Items.str(item, "action"),
                Items.str(item, "target"),
                Items.str(item, "outcome"),
                details);
    }

    private static DomainException.Invalid badCursor(String message) {
        return new DomainException.Invalid("cursor", message);
    }
}
