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
 *   directive's field index: gsi4pk F#&lt;fold(field)&gt;, gsi4sk &lt;issuedOn&gt;#&lt;id&gt; (sparse)
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
 *   a directive and what others did to it           Query pk = D#id (consistent); the item's "incoming" list
 *   relate to earlier documents                      in the registering transaction: Update each target, appending
 *                                                      to its "incoming" list (and setting its endsOn), conditioned
 *                                                      on its endsOn being what was read; deleting removes the entries
 *   browse, filtered by type/issuer/field/year/      Query the most selective index (gsi3 issuer, gsi4 field,
 *     status                                           gsi2 type, gsi1), the others as FilterExpression,
 *                                                      at most READ_BUDGET items evaluated per call
 * </pre>
 * Every read is a GetItem or a Query; nothing scans. The copies on the SYM/TTL items make the
 * symbol look-up and the "already registered" answer one request each; they cannot go stale since
 * directives are never updated. gsi1 holds every directive in one partition: a ministry registers
 * thousands a year, far below a partition's limits, and it gives one sorted list for date ranges.
 * Index keys are only written when the value exists (sparse gsi2/gsi3). Ranges are sorted by
 * issuedOn then id, so a page boundary inside one day is still exact.
 */
public final class DirectivesTable implements DirectivesStore {

    public static final String ALL = "ALL";
    private static final Pattern CURSOR_SORT_KEY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}#[a-z2-7]{26}");
    private static final int FILTERED_PAGE = 100;
    /** A filtered browse evaluates at most this many items per call; the page may then be short. */
    public static final int READ_BUDGET = 200;

    private static final String FIRST_DAY = "0000-00-00";
    private static final String LAST_DAY = "9999-99-99";

    private final DynamoDbClient dynamo;
    private final String table;

    public DirectivesTable(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The outcome of a registration: the stored directive, and whether this call created it. */
    public record Saved(Directive directive, boolean created) {}

    /** A page of a date range and the cursor to the next one (null on the last page). */
    public record Page(List<Directive> items, String nextCursor, int itemsRead) {

        public Page(List<Directive> items, String nextCursor) {
            this(items, nextCursor, items.size());
        }
    }

    /** A directive with what other documents did to it (replaced, amended, repealed it). */
    public record Full(Directive directive, List<Relation> incoming) {}

    /**
     * What a browse selects: issue days {@code from..to} (null: no bound), exact type, issuer
     * (folded), field (folded), and a status on {@code today}; null means any.
     */
    public record Filter(
            LocalDate from, LocalDate to, String type, String issuer, String field, String status, LocalDate today) {}

    /**
     * The change a registration or deletion makes to one document it relates to: the target as
     * read, its new end day (when {@code endsOnChanges}), the entries appended to its incoming list,
     * and the positions in that list of the entries to remove (each checked to name {@code removedId}).
     * The write is conditioned on the target's end day being what was read.
     */
    public record Target(
            Directive directive,
            LocalDate newEndsOn,
            boolean endsOnChanges,
            List<Relation> add,
            List<Integer> removeAt,
            String removedId) {}

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

    public static String fieldKey(String field) {
        return "F#" + VietnameseText.fold(field);
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

    /** The cursor of the page that starts after {@code d} in the date order (for a browse without filters). */
    public static String cursorAfter(Directive d) {
        return Cursors.encode(Map.of("s", sortKey(d)));
    }

    private static String sortKey(Directive d) {
        return d.issuedOn() + "#" + d.id();
    }

    // ---------------------------------------------------------------------------------- writes

    /**
     * Stores a new directive, or returns the one already registered under the same symbol (or
     * title) and day. Refuses (409) an attachment upload that already belongs to another directive.
     */
    @Override
    public Saved insert(Directive d) {
        return insert(d, List.of());
    }

    /**
     * Stores a new directive with its relations: an entry in each target's incoming list, and each
     * target's new end day when this one replaces or repeals it. A target changed or deleted since it was
     * read fails the transaction (409, retry): nothing is half-written.
     */
    @Override
    public Saved insert(Directive d, List<Target> targets) {
        Map<String, AttributeValue> fields = attributes(d);
        Map<String, AttributeValue> main = mainItem(d);
        Map<String, AttributeValue> copy = new HashMap<>(fields);
        copy.putAll(dedupItemKey(d.dedupKey(), d.issuedOn()));

        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(table).item(main).conditionExpression("attribute_not_exists(pk)"))
                .build());
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(table)
                        .item(copy)
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build());
        if (d.attachmentUploadId() != null) {
            Map<String, AttributeValue> attachment = new HashMap<>(attachmentKey(d.attachmentUploadId()));
            attachment.put("directiveId", Items.s(d.id()));
            writes.add(TransactWriteItem.builder()
                    .put(p -> p.tableName(table).item(attachment).conditionExpression("attribute_not_exists(pk)"))
                    .build());
        }
        int firstRelationWrite = writes.size();
        for (Target t : targets) {
            writes.add(targetWrite(t));
        }
        try {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
            return new Saved(d, true);
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
            if (failedCondition(reasons, 1)) {
                Map<String, AttributeValue> old = reasons.get(1).item();
                Directive existing = old != null && !old.isEmpty()
                        ? fromItem(old)
                        : byDedupKey(d.dedupKey(), d.issuedOn()).orElseThrow(() -> e);
                return new Saved(existing, false);
            }
            if (d.attachmentUploadId() != null && failedCondition(reasons, 2)) {
                throw new DomainException.Conflict(
                        "This attachment upload belongs to another directive; upload the file again.");
            }
            for (int i = firstRelationWrite; i < reasons.size(); i++) {
                if (failedCondition(reasons, i)) {
                    throw new DomainException.Conflict("A related document was changed or deleted meanwhile; retry.");
                }
            }
            if (reasons.stream().anyMatch(r -> "TransactionConflict".equals(r.code()))) {
                throw new DomainException.Conflict("Another request is registering the same document; retry.");
            }
            throw e;
        }
    }

    /**
     * The write on a relation's target: its new end day and incoming entries, or only a check that
     * it still exists; either way conditioned on its end day being what was read.
     */
    private TransactWriteItem targetWrite(Target t) {
        Directive target = t.directive();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> conditions = new ArrayList<>(List.of("attribute_exists(pk)"));
        if (target.endsOn() == null) {
            conditions.add("attribute_not_exists(endsOn)");
        } else {
            conditions.add("endsOn = :old");
            values.put(":old", Items.s(target.endsOn().toString()));
        }
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        if (t.endsOnChanges() && t.newEndsOn() != null) {
            set.add("endsOn = :new");
            values.put(":new", Items.s(t.newEndsOn().toString()));
        } else if (t.endsOnChanges()) {
            remove.add("endsOn");
        }
        if (!t.add().isEmpty()) {
            set.add("incoming = list_append(if_not_exists(incoming, :none), :add)");
            values.put(":none", AttributeValue.fromL(List.of()));
            values.put(
                    ":add",
                    AttributeValue.fromL(
                            t.add().stream().map(DirectivesTable::relationItem).toList()));
        }
        if (!t.removeAt().isEmpty()) {
            values.put(":removed", Items.s(t.removedId()));
            for (int i : t.removeAt()) {
                remove.add("incoming[" + i + "]");
                conditions.add("incoming[" + i + "].id = :removed");
            }
        }
        String condition = String.join(" AND ", conditions);
        Map<String, AttributeValue> bound = values.isEmpty() ? null : values;
        if (set.isEmpty() && remove.isEmpty()) {
            return TransactWriteItem.builder()
                    .conditionCheck(c -> c.tableName(table)
                            .key(directiveKey(target.id()))
                            .conditionExpression(condition)
                            .expressionAttributeValues(bound))
                    .build();
        }
        String update = (set.isEmpty() ? "" : "SET " + String.join(", ", set) + " ")
                + (remove.isEmpty() ? "" : "REMOVE " + String.join(", ", remove));
        return TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(directiveKey(target.id()))
                        .updateExpression(update.strip())
                        .conditionExpression(condition)
                        .expressionAttributeValues(bound))
                .build();
    }

    /** The directive's own item with its index keys (sparse: only the values it has), as {@link #insert} writes it. */
    public static Map<String, AttributeValue> mainItem(Directive d) {
        Map<String, AttributeValue> main = new HashMap<>(attributes(d));
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
        if (d.field() != null) {
            main.put("gsi4pk", Items.s(fieldKey(d.field())));
            main.put("gsi4sk", Items.s(sortKey(d)));
        }
        return main;
    }

    private static boolean failedCondition(List<CancellationReason> reasons, int index) {
        return reasons.size() > index
                && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    @Override
    public boolean delete(Directive d) {
        return delete(d, List.of());
    }

    /**
     * Removes a directive with its index items, the entries it put in the incoming lists of the
     * documents it relates to and their new end days; false when it was already gone.
     */
    @Override
    public boolean delete(Directive d, List<Target> targets) {
        Map<String, AttributeValue> owner = Map.of(":id", Items.s(d.id()));
        Map<String, String> idName = Map.of("#id", "id");
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder()
                .delete(x -> x.tableName(table).key(directiveKey(d.id())).conditionExpression("attribute_exists(pk)"))
                .build());
        writes.add(TransactWriteItem.builder()
                .delete(x -> x.tableName(table)
                        .key(dedupItemKey(d.dedupKey(), d.issuedOn()))
                        .conditionExpression("attribute_not_exists(pk) OR #id = :id")
                        .expressionAttributeNames(idName)
                        .expressionAttributeValues(owner))
                .build());
        if (d.attachmentUploadId() != null) {
            writes.add(TransactWriteItem.builder()
                    .delete(x -> x.tableName(table)
                            .key(attachmentKey(d.attachmentUploadId()))
                            .conditionExpression("attribute_not_exists(pk) OR directiveId = :id")
                            .expressionAttributeValues(owner))
                    .build());
        }
        for (Target t : targets) {
            writes.add(targetWrite(t));
        }
        try {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.hasCancellationReasons() && failedCondition(e.cancellationReasons(), 0)) {
                return false;
            }
            if (e.hasCancellationReasons()
                    && e.cancellationReasons().stream()
                            .anyMatch(r -> "ConditionalCheckFailed".equals(r.code())
                                    || "TransactionConflict".equals(r.code()))) {
                throw new DomainException.Conflict("A related document was changed meanwhile; retry.");
            }
            throw e;
        }
    }

    // ----------------------------------------------------------------------------------- reads

    @Override
    public Optional<Directive> get(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(table).key(directiveKey(id)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /**
     * A directive and what other documents did to it (kept on its item): one consistent Query of
     * its partition, the permission the read routes have.
     */
    @Override
    public Optional<Full> full(String id) {
        QueryResponse response = dynamo.query(QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :p AND sk = :s")
                .expressionAttributeValues(Map.of(":p", Items.s("D#" + id), ":s", Items.s("D")))
                .consistentRead(true)
                .build());
        if (response.items().isEmpty()) {
            return Optional.empty();
        }
        Directive directive = fromItem(response.items().getFirst());
        return Optional.of(new Full(directive, directive.incoming()));
    }

    /** The directive registered under a symbol (or title) key on a day, if any. */
    @Override
    public Optional<Directive> byDedupKey(String dedupKey, LocalDate issuedOn) {
        Map<String, AttributeValue> item = dynamo.getItem(r ->
                        r.tableName(table).key(dedupItemKey(dedupKey, issuedOn)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** The id of the directive an upload is attached to, if any. */
    @Override
    public Optional<String> attachmentOwner(String uploadId) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(table).key(attachmentKey(uploadId)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.ofNullable(Items.str(item, "directiveId"));
    }

    /** The newest {@code n} directives by issue date. */
    @Override
    public List<Directive> latest(int n) {
        return collect(
                QueryRequest.builder()
                        .tableName(table)
                        .indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :p")
                        .expressionAttributeValues(Map.of(":p", Items.s(ALL)))
                        .scanIndexForward(false),
                n);
    }

    /**
     * The one document registered under a symbol, if exactly one is: one Query that reads at most
     * two items (a second one makes it ambiguous).
     */
    public Optional<Directive> onlyBySymbol(String symbol) {
        QueryResponse response = dynamo.query(QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", Items.s(dedupKey(symbol, null))))
                .limit(2)
                .build());
        return response.items().size() == 1
                ? Optional.of(fromItem(response.items().getFirst()))
                : Optional.empty();
    }

    /** {@link #bySymbol}, or nothing for a document without a symbol. */
    @Override
    public List<Directive> bySymbolIfAny(String symbol) {
        return symbol == null ? List.of() : bySymbol(symbol);
    }

    /** Every directive registered under a symbol, newest issue date first. */
    @Override
    public List<Directive> bySymbol(String symbol) {
        return collect(
                QueryRequest.builder()
                        .tableName(table)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", Items.s(dedupKey(symbol, null))))
                        .scanIndexForward(false),
                Integer.MAX_VALUE);
    }

    /**
     * One page of an index's partition {@code :p} between the sort keys {@code :low} and
     * {@code :high}, newest first, filtered by {@code filter} unless it is null.
     */
    private QueryResponse rangePage(
            String index,
            Map<String, String> names,
            Map<String, AttributeValue> values,
            int limit,
            Map<String, AttributeValue> start,
            String filter) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(table)
                .indexName(index)
                .keyConditionExpression("#pk = :p AND #sk BETWEEN :low AND :high")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .scanIndexForward(false)
                .limit(limit)
                .exclusiveStartKey(start);
        if (filter != null) {
            query.filterExpression(filter);
        }
        return dynamo.query(query.build());
    }

    /**
     * The directives a query returns, page after page, until it ends or {@code most} are in (each
     * page then asks for no more than are missing); {@link Integer#MAX_VALUE} means all.
     */
    private List<Directive> collect(QueryRequest.Builder query, int most) {
        List<Directive> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            if (most != Integer.MAX_VALUE) {
                query.limit(most - out.size());
            }
            QueryResponse response = dynamo.query(query.exclusiveStartKey(start).build());
            response.items().forEach(item -> out.add(fromItem(item)));
            start = more(response);
        } while (start != null && out.size() < most);
        return out;
    }

    /**
     * Directives issued on days {@code from..to} (inclusive), newest first, optionally of one type
     * and/or one issuer. Reads one item past the page to know whether there is a next one, and
     * makes the cursor from the last item returned (not DynamoDB's last evaluated key, which a
     * filtered query may have moved past items it did not return).
     */
    @Override
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
        Map<String, AttributeValue> start =
                cursor == null ? null : startKey(cursor, from + "#", to + "#~", pkName, partition, skName);

        Map<String, AttributeValue> values = new HashMap<>(
                Map.of(":p", Items.s(partition), ":low", Items.s(from + "#"), ":high", Items.s(to + "#~")));
        Map<String, String> names = new HashMap<>(Map.of("#pk", pkName, "#sk", skName));
        if (filtered) {
            values.put(":t", Items.s(type));
            names.put("#t", "type");
        }
        List<Directive> out = new ArrayList<>();
        do {
            QueryResponse response = rangePage(
                    index,
                    names,
                    values,
                    filtered ? FILTERED_PAGE : limit + 1 - out.size(),
                    start,
                    filtered ? "#t = :t" : null);
            response.items().forEach(item -> out.add(fromItem(item)));
            start = more(response);
        } while (start != null && out.size() <= limit);

        if (out.size() <= limit) {
            return new Page(out, null);
        }
        List<Directive> page = List.copyOf(out.subList(0, limit));
        return new Page(page, Cursors.encode(Map.of("s", sortKey(page.getLast()))));
    }

    /**
     * Directives a filter selects, newest issue date first. The most selective index is queried
     * (issuer, field, type, else all), what it does not key on is a FilterExpression; a filtered
     * call evaluates at most {@value #READ_BUDGET} items, so its page may be short (with a cursor
     * to go on). An unfiltered one reads one item past the page, like {@link #between}.
     */
    @Override
    public Page browse(Filter f, int limit, String cursor) {
        String index;
        String partition;
        if (f.issuer() != null) {
            index = "gsi3";
            partition = issuerKey(f.issuer());
        } else if (f.field() != null) {
            index = "gsi4";
            partition = fieldKey(f.field());
        } else if (f.type() != null) {
            index = "gsi2";
            partition = typeKey(f.type());
        } else {
            index = "gsi1";
            partition = ALL;
        }
        String low = (f.from() == null ? FIRST_DAY : f.from().toString()) + "#";
        String high = (f.to() == null ? LAST_DAY : f.to().toString()) + "#~";
        Map<String, AttributeValue> values =
                new HashMap<>(Map.of(":p", Items.s(partition), ":low", Items.s(low), ":high", Items.s(high)));
        Map<String, String> names = new HashMap<>(Map.of("#pk", index + "pk", "#sk", index + "sk"));
        List<String> filters = new ArrayList<>();
        if (f.type() != null && !index.equals("gsi2")) {
            filters.add("#type = :type");
            names.put("#type", "type");
            values.put(":type", Items.s(f.type()));
        }
        if (f.field() != null && !index.equals("gsi4")) {
            filters.add("gsi4pk = :field");
            values.put(":field", Items.s(fieldKey(f.field())));
        }
        if (f.status() != null) {
            values.put(":today", Items.s(f.today().toString()));
            String started = "(effFrom <= :today OR (attribute_not_exists(effFrom) AND issuedOn <= :today))";
            String running = "(attribute_not_exists(endsOn) OR endsOn > :today)";
            filters.add(
                    switch (f.status()) {
                        case "het-hieu-luc" -> "endsOn <= :today";
                        case "con-hieu-luc" -> started + " AND " + running;
                        default -> "NOT " + started + " AND " + running;
                    });
        }
        boolean filtered = !filters.isEmpty();
        Map<String, AttributeValue> start =
                cursor == null ? null : startKey(cursor, low, high, index + "pk", partition, index + "sk");
        List<Directive> out = new ArrayList<>();
        int evaluated = 0;
        do {
            int pageLimit = filtered ? Math.min(FILTERED_PAGE, READ_BUDGET - evaluated) : limit + 1 - out.size();
            QueryResponse response =
                    rangePage(index, names, values, pageLimit, start, filtered ? String.join(" AND ", filters) : null);
            evaluated += response.scannedCount() == null ? response.items().size() : response.scannedCount();
            for (Map<String, AttributeValue> item : response.items()) {
                if (out.size() <= limit) {
                    out.add(fromItem(item));
                }
            }
            start = more(response);
        } while (start != null && out.size() <= limit && evaluated < READ_BUDGET);

        if (out.size() > limit) {
            List<Directive> page = List.copyOf(out.subList(0, limit));
            return new Page(page, Cursors.encode(Map.of("s", sortKey(page.getLast()))), evaluated);
        }
        if (start != null) { // the read budget ran out: go on after the last item evaluated
            return new Page(List.copyOf(out), Cursors.encode(Map.of("s", Items.str(start, index + "sk"))), evaluated);
        }
        return new Page(List.copyOf(out), null, evaluated);
    }

    /** The exclusive start key after the item a cursor names, checked to lie inside this query. */
    private static Map<String, AttributeValue> startKey(
            String cursor, String low, String high, String pkName, String partition, String skName) {
        String sk = Cursors.decode(cursor).get("s");
        if (sk == null || !CURSOR_SORT_KEY.matcher(sk).matches() || sk.compareTo(low) < 0 || sk.compareTo(high) > 0) {
            throw new DomainException.Invalid("cursor", "does not belong to this query");
        }
        String id = sk.substring(sk.indexOf('#') + 1);
        Map<String, AttributeValue> key = new HashMap<>(directiveKey(id));
        key.put(pkName, Items.s(partition));
        key.put(skName, Items.s(sk));
        return key;
    }

    private static Map<String, AttributeValue> more(QueryResponse response) {
        return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? response.lastEvaluatedKey()
                : null;
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
                .s("effectiveOn", day(d.effectiveOn()))
                .s("effFrom", d.effectiveFrom().toString())
                .s("expiresOn", day(d.expiresOn()))
                .s("endsOn", day(d.endsOn()))
                .s("signerTitle", d.signerTitle())
                .s("field", d.field())
                .s("issuerName", d.issuerName())
                .s("pagePath", d.pagePath())
                .n("attachmentSize", d.attachmentSize())
                .s("attachmentType", d.attachmentType())
                .l(
                        "relations",
                        d.outgoing().isEmpty()
                                ? null
                                : d.outgoing().stream()
                                        .map(DirectivesTable::relationItem)
                                        .toList())
                .l(
                        "incoming",
                        d.incoming().isEmpty()
                                ? null
                                : d.incoming().stream()
                                        .map(DirectivesTable::relationItem)
                                        .toList())
                .build();
    }

    private static AttributeValue relationItem(Relation r) {
        return AttributeValue.fromM(Items.item()
                .s("kind", r.kind().key())
                .s("id", r.id())
                .s("symbol", r.symbol())
                .s("title", r.title())
                .s("pagePath", r.pagePath())
                .s("effFrom", r.effectiveFrom().toString())
                .build());
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static LocalDate day(Map<String, AttributeValue> item, String name) {
        String text = Items.str(item, name);
        return text == null ? null : LocalDate.parse(text);
    }

    /** The outgoing relations, then the incoming ones. */
    private static List<Relation> relations(Map<String, AttributeValue> item) {
        List<Relation> out = new ArrayList<>();
        for (String name : List.of("relations", "incoming")) {
            AttributeValue list = item.get(name);
            if (list == null || !list.hasL()) {
                continue;
            }
            for (AttributeValue v : list.l()) {
                Map<String, AttributeValue> m = v.m();
                RelationKind.of(Items.str(m, "kind"))
                        .ifPresent(kind -> out.add(new Relation(
                                kind,
                                Items.str(m, "id"),
                                Items.str(m, "symbol"),
                                Items.str(m, "title"),
                                Items.str(m, "pagePath"),
                                day(m, "effFrom"),
                                name.equals("incoming"))));
            }
        }
        return out;
    }

    static Directive fromItem(Map<String, AttributeValue> item) {
        Long number = Items.num(item, "number");
        Long year = Items.num(item, "year");
        return Directive.builder()
                .id(Items.str(item, "id"))
                .title(Items.str(item, "title"))
                .type(Items.str(item, "type"))
                .symbol(Items.str(item, "symbol"))
                .number(number == null ? null : number.intValue())
                .year(year == null ? null : year.intValue())
                .docCode(Items.str(item, "docCode"))
                .issuer(Items.str(item, "issuer"))
                .unit(Items.str(item, "unit"))
                .subject(Items.str(item, "subject"))
                .issuedOn(LocalDate.parse(Items.str(item, "issuedOn")))
                .signer(Items.str(item, "signer"))
                .summary(Items.str(item, "summary"))
                .attachmentUrl(Items.str(item, "attachmentUrl"))
                .attachmentUploadId(Items.str(item, "attachmentUploadId"))
                .dedupKey(Items.str(item, "dedupKey"))
                .createdAt(Instant.parse(Items.str(item, "createdAt")))
                .createdBy(Items.str(item, "createdBy"))
                .effectiveOn(day(item, "effectiveOn"))
                .expiresOn(day(item, "expiresOn"))
                .signerTitle(Items.str(item, "signerTitle"))
                .field(Items.str(item, "field"))
                .issuerName(Items.str(item, "issuerName"))
                .relations(relations(item))
                .pagePath(Items.str(item, "pagePath"))
                .attachmentSize(Items.num(item, "attachmentSize"))
                .attachmentType(Items.str(item, "attachmentType"))
                .endsOn(day(item, "endsOn"))
                .build();
    }
}
