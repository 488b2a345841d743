package vn.gov.portal.local;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import vn.gov.portal.common.store.Items;

/** The votes RatingsTable holds for an article (items V#articleId), read as a test checks them against the aggregate. */
public final class StoredVotes {

    private StoredVotes() {}

    /** Every vote's stars, read consistently, page by page. */
    public static List<Integer> of(LocalPortal portal, String articleId) {
        return portal
                .dynamo()
                .queryPaginator(q -> q.tableName(portal.deployment().physicalName("RatingsTable"))
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("V#" + articleId)))
                        .consistentRead(true))
                .items()
                .stream()
                .map(item -> (int) Items.num(item, "stars", 0))
                .toList();
    }
}
