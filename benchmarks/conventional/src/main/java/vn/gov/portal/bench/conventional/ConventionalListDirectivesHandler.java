package vn.gov.portal.bench.conventional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Baseline of GET /api/directives?latest=: the same Query of the table's date index (newest
 * first, as many as asked, at most 50), with {@code DynamoDbClient.create()} and every item's
 * attributes written by Jackson databind.
 */
public final class ConventionalListDirectivesHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final DynamoDbClient dynamo = DynamoDbClient.create();
    private final String table = System.getenv("DIRECTIVES_TABLE");

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Map<String, String> query =
                event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        int latest;
        try {
            latest = Integer.parseInt(query.getOrDefault("latest", "10"));
        } catch (NumberFormatException e) {
            return Responses.problem(400, "Invalid request", "latest must be a number");
        }
        QueryResponse response = dynamo.query(q -> q.tableName(table)
                .indexName("gsi1")
                .keyConditionExpression("gsi1pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("ALL")))
                .scanIndexForward(false)
                .limit(Math.max(1, Math.min(latest, 50))));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            Map<String, Object> json = new LinkedHashMap<>();
            item.forEach((name, value) -> json.put(
                    name,
                    value.s() != null
                            ? value.s()
                            : value.n() != null
                                    ? value.n()
                                    : value.hasL()
                                            ? value.l().stream()
                                                    .map(AttributeValue::s)
                                                    .toList()
                                            : null));
            items.add(json);
        }
        return Responses.json(200, Map.of("items", items), Map.of("cache-control", "public, max-age=60"));
    }
}
