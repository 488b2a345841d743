package vn.gov.portal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import vn.gov.portal.common.store.Items;

/**
 * SearchTable: the inverted index in DynamoDB.
 *
 * <pre>
 * Item        pk                      sk                                   attributes
 *   posting   P#&lt;kind&gt;#&lt;term&gt;        &lt;99-impact&gt;#&lt;99999999999-epochSecond&gt;#&lt;id&gt;   f (toned forms, SS), p (pair positions "3,17")
 *   document  D#&lt;kind&gt;#&lt;id&gt;          D                                    title, url, day, text (snippet source), removed
 *   its terms D#&lt;kind&gt;#&lt;id&gt;          T                                    terms (L of "term\tsk": the postings it owns), version
 *
 * Access patterns                       How
 *   a term's best N documents             Query pk = P#kind#term, ascending, Limit N (eventually consistent)
 *   a page of results                     BatchGetItem D#kind#id / D (≤ page size keys, consistent; small items)
 *   index / re-index a document           GetItem …/T, PutItem …/T (old ∪ new), BatchWriteItem postings, PutItem …/T (new), PutItem …/D
 *                                         (…/T writes conditional on the version read: concurrent indexers start again)
 *   remove a document                     GetItem …/T, UpdateItem …/D removed, BatchWriteItem deletes, DeleteItem …/D and …/T
 * </pre>
 * kind is "a" (article) or "d" (directive); term is folded (no case, no tone marks, đ → d), a
 * syllable or two adjacent ones joined by a space.
 */
public final class SearchTable implements SearchStore {

    private static final int BATCH_WRITE = 25;
    private static final int BATCH_GET = 100;
    private static final int MAX_ROUNDS = 8;

    private final DynamoDbClient dynamo;
    private final String table;

    public SearchTable(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    static String postingPk(Kind kind, String term) {
        return "P#" + kind.code() + "#" + term;
    }

    static Map<String, AttributeValue> docKey(String key) {
        return Map.of("pk", Items.s("D#" + key), "sk", Items.s("D"));
    }

    private static Map<String, AttributeValue> termsKey(Kind kind, String id) {
        return Map.of("pk", Items.s("D#" + kind.code() + "#" + id), "sk", Items.s("T"));
    }

    @Override
    public PostingList postings(Kind kind, String term, int limit) {
        QueryResponse response = dynamo.query(q -> q.tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", Items.s(postingPk(kind, term))))
                .limit(limit));
        List<Posting> out = new ArrayList<>(response.count());
        for (Map<String, AttributeValue> item : response.items()) {
            Posting posting = posting(term, item);
            if (posting != null) {
                out.add(posting);
            }
        }
        boolean complete = response.lastEvaluatedKey() == null
                || response.lastEvaluatedKey().isEmpty();
        return new PostingList(out, complete && response.count() < limit);
    }

    /** The whole posting item, for bulk loads (benchmarks seed the index with BatchWriteItem). */
    public static Map<String, AttributeValue> postingItem(Kind kind, Posting p) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", Items.s(postingPk(kind, p.term())));
        item.put("sk", Items.s(p.sortKey()));
        item.put("f", AttributeValue.fromSs(List.copyOf(p.forms())));
        if (!p.positions().isEmpty()) {
            item.put("p", Items.s(p.positions().stream().map(String::valueOf).collect(Collectors.joining(","))));
        }
        return item;
    }

    /**
     * Every item {@link SearchIndexer#index} leaves for a new document (its postings, then its
     * document item), for bulk loads: benchmarks seed thousands of documents with BatchWriteItem.
     */
    public static List<Map<String, AttributeValue>> newItems(SearchDocument doc) {
        List<Posting> postings = DocumentTerms.of(doc);
        List<Map<String, AttributeValue>> items = new ArrayList<>(postings.size() + 1);
        postings.forEach(p -> items.add(postingItem(doc.kind(), p)));
        items.add(termsItem(
                doc.kind(), doc.id(), postings.stream().map(Posting::listEntry).toList(), 1));
        items.add(docItem(new StoredDoc(
                doc.kind(), doc.id(), doc.title(), doc.url(), doc.day().toString(), doc.snippetText(), false)));
        return items;
    }

    private static Posting posting(String term, Map<String, AttributeValue> item) {
        Posting.Parsed parsed = Posting.parse(item.get("sk").s());
        if (parsed == null) {
            return null;
        }
        List<Integer> positions = item.containsKey("p")
                ? Arrays.stream(item.get("p").s().split(","))
                        .map(Integer::valueOf)
                        .toList()
                : List.of();
        return new Posting(
                term,
                parsed.impact(),
                item.containsKey("f") ? Set.copyOf(item.get("f").ss()) : Set.of(),
                positions,
                parsed.docId(),
                parsed.time());
    }

    @Override
    public Optional<TermList> terms(Kind kind, String id) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        g -> g.tableName(table).key(termsKey(kind, id)).consistentRead(true))
                .item();
        return item == null || item.isEmpty()
                ? Optional.empty()
                : Optional.of(new TermList(
                        item.get("terms").l().stream().map(AttributeValue::s).toList(),
                        Long.parseLong(item.get("version").n())));
    }

    @Override
    public boolean putTerms(Kind kind, String id, List<String> terms, long expectedVersion) {
        try {
            dynamo.putItem(p -> p.tableName(table)
                    .item(termsItem(kind, id, terms, expectedVersion + 1))
                    .conditionExpression(expectedVersion == 0 ? "attribute_not_exists(pk)" : "version = :v")
                    .expressionAttributeValues(expectedVersion == 0 ? null : Map.of(":v", Items.n(expectedVersion))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static Map<String, AttributeValue> termsItem(Kind kind, String id, List<String> terms, long version) {
        Map<String, AttributeValue> item = new HashMap<>(termsKey(kind, id));
        item.put("terms", AttributeValue.fromL(terms.stream().map(Items::s).toList()));
        item.put("version", Items.n(version));
        return item;
    }

    @Override
    public void markRemoved(Kind kind, String id) {
        try {
            dynamo.updateItem(u -> u.tableName(table)
                    .key(docKey(kind.code() + "#" + id))
                    .updateExpression("SET removed = :t")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromBool(true))));
        } catch (ConditionalCheckFailedException e) {
            // not shown anywhere yet: nothing to hide
        }
    }

    @Override
    public Map<String, StoredDoc> docs(Collection<String> keys) {
        Map<String, StoredDoc> out = new LinkedHashMap<>();
        List<String> all = List.copyOf(keys);
        for (int i = 0; i < all.size(); i += BATCH_GET) {
            List<Map<String, AttributeValue>> batch = all.subList(i, Math.min(all.size(), i + BATCH_GET)).stream()
                    .map(SearchTable::docKey)
                    .toList();
            Map<String, KeysAndAttributes> request = Map.of(
                    table,
                    KeysAndAttributes.builder()
                            .keys(batch)
                            .consistentRead(true)
                            .projectionExpression("pk, title, #u, #d, #t, removed")
                            .expressionAttributeNames(Map.of("#u", "url", "#d", "day", "#t", "text"))
                            .build());
            for (int round = 0; !request.isEmpty(); round++) {
                if (round == MAX_ROUNDS) {
                    throw new IllegalStateException("DynamoDB kept returning unprocessed keys");
                }
                Map<String, KeysAndAttributes> pending = request;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(pending));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                    StoredDoc doc = fromItem(item);
                    out.put(doc.key(), doc);
                }
                request = response.unprocessedKeys() == null ? Map.of() : response.unprocessedKeys();
                backOff(round, request.isEmpty());
            }
        }
        return out;
    }

    @Override
    public void putDoc(StoredDoc doc) {
        dynamo.putItem(p -> p.tableName(table).item(docItem(doc)));
    }

    private static Map<String, AttributeValue> docItem(StoredDoc doc) {
        Map<String, AttributeValue> item = new HashMap<>(docKey(doc.key()));
        item.put("title", Items.s(doc.title()));
        item.put("url", Items.s(doc.url()));
        item.put("day", Items.s(doc.day()));
        item.put("text", Items.s(doc.snippetText()));
        item.put("removed", AttributeValue.fromBool(doc.removed()));
        return item;
    }

    @Override
    public void deleteDoc(Kind kind, String id) {
        dynamo.deleteItem(d -> d.tableName(table).key(docKey(kind.code() + "#" + id)));
        dynamo.deleteItem(d -> d.tableName(table).key(termsKey(kind, id)));
    }

    @Override
    public void writePostings(Kind kind, List<Posting> puts, Collection<String> deletes) {
        List<WriteRequest> requests = new ArrayList<>(puts.size() + deletes.size());
        for (String entry : deletes) {
            int tab = entry.indexOf('\t');
            requests.add(WriteRequest.builder()
                    .deleteRequest(d -> d.key(Map.of(
                            "pk",
                            Items.s(postingPk(kind, entry.substring(0, tab))),
                            "sk",
                            Items.s(entry.substring(tab + 1)))))
                    .build());
        }
        for (Posting p : puts) {
            requests.add(WriteRequest.builder()
                    .putRequest(r -> r.item(postingItem(kind, p)))
                    .build());
        }
        for (int i = 0; i < requests.size(); i += BATCH_WRITE) {
            writeAll(requests.subList(i, Math.min(requests.size(), i + BATCH_WRITE)));
        }
    }

    private void writeAll(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> request = Map.of(table, batch);
        for (int round = 0; !request.isEmpty(); round++) {
            if (round == MAX_ROUNDS) {
                throw new IllegalStateException("DynamoDB kept returning unprocessed writes");
            }
            Map<String, List<WriteRequest>> pending = request;
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(pending));
            request = response.unprocessedItems() == null ? Map.of() : response.unprocessedItems();
            backOff(round, request.isEmpty());
        }
    }

    private static void backOff(int round, boolean done) {
        if (done) {
            return;
        }
        try {
            Thread.sleep(Math.min(1000, 25L << round));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static StoredDoc fromItem(Map<String, AttributeValue> item) {
        String key = item.get("pk").s().substring(2);
        Kind kind = Kind.fromCode(key.substring(0, 1)).orElseThrow();
        AttributeValue removed = item.get("removed");
        return new StoredDoc(
                kind,
                key.substring(2),
                Items.str(item, "title"),
                Items.str(item, "url"),
                Items.str(item, "day"),
                Items.str(item, "text") == null ? "" : Items.str(item, "text"),
                removed != null && Boolean.TRUE.equals(removed.bool()));
    }
}
