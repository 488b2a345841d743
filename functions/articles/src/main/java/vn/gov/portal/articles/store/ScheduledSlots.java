package vn.gov.portal.articles.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import vn.gov.portal.common.store.Items;

/**
 * Which upload is scheduled for a slug on a Vietnam day (the same rule that says which article
 * an upload updates): one item {@code pk = P#<day>#<slug>, sk = P} in the articles table. A new
 * scheduled version of the article swaps itself in and learns which one it replaces.
 */
public final class ScheduledSlots implements SlotStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public ScheduledSlots(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Puts {@code uploadId} in the slot; returns the upload it held before, if another. */
    @Override
    public Optional<String> swap(LocalDate day, String slug, String uploadId) {
        Map<String, AttributeValue> old = dynamo.putItem(r -> r.tableName(table)
                        .item(Map.of(
                                "pk",
                                Items.s("P#" + day + "#" + slug),
                                "sk",
                                Items.s("P"),
                                "uploadId",
                                Items.s(uploadId)))
                        .returnValues(ReturnValue.ALL_OLD))
                .attributes();
        return Optional.ofNullable(old == null ? null : Items.str(old, "uploadId"))
                .filter(previous -> !previous.equals(uploadId));
    }

    /** The upload the slot holds, if any (one GetItem; it may since have been published or cancelled). */
    @Override
    public Optional<String> get(LocalDate day, String slug) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(table).key(Map.of("pk", Items.s("P#" + day + "#" + slug), "sk", Items.s("P"))))
                .item();
        return Optional.ofNullable(item == null || item.isEmpty() ? null : Items.str(item, "uploadId"));
    }
}
