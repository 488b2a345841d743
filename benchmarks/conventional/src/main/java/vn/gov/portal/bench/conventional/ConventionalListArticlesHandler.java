package vn.gov.portal.bench.conventional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Baseline of GET /api/articles?date=: the same key-bounded Query on the same index, with
 * {@code DynamoDbClient.create()} (default HTTP client, credentials, region and endpoint chains)
 * and records written by Jackson databind.
 */
public final class ConventionalListArticlesHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    public record Rating(double average, long count) {}

    public record ArticleJson(
            String id,
            String slug,
            String title,
            String summary,
            String category,
            String publishedAt,
            String date,
            String url,
            Rating rating) {}

    public record ListJson(List<ArticleJson> items, String nextCursor) {}

    private final DynamoDbClient dynamo = DynamoDbClient.create();
    private final String table = System.getenv("ARTICLES_TABLE");

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Map<String, String> query =
                event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        LocalDate day;
        try {
            day = LocalDate.parse(query.getOrDefault("date", ""));
        } catch (DateTimeParseException e) {
            return Responses.problem(400, "Invalid request", "date must be yyyy-MM-dd");
        }
        QueryResponse response = dynamo.query(q -> q.tableName(table)
                .indexName("gsi1")
                .keyConditionExpression("gsi1pk = :m AND gsi1sk BETWEEN :low AND :high")
                .expressionAttributeValues(Map.of(
                        ":m",
                        AttributeValue.fromS("M#" + YearMonth.from(day)),
                        ":low",
                        AttributeValue.fromS(day + "T"),
                        ":high",
                        AttributeValue.fromS(day + "~")))
                .scanIndexForward(false)
                .limit(50));
        List<ArticleJson> items = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            long count = number(item, "ratingCount");
            long sum = number(item, "ratingSum");
            items.add(new ArticleJson(
                    text(item, "id"),
                    text(item, "slug"),
                    text(item, "title"),
                    text(item, "summary"),
                    text(item, "category"),
                    text(item, "publishedAt"),
                    text(item, "day"),
                    text(item, "url"),
                    new Rating(count == 0 ? 0 : Math.round(sum * 10.0 / count) / 10.0, count)));
        }
        return Responses.json(200, new ListJson(items, null), Map.of("cache-control", "public, max-age=30"));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }
}
