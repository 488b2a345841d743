package vn.gov.portal.bench.conventional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Baseline of POST /api/articles/{id}/ratings: the same storage calls as the portal's handler (the
 * client's rate counter, the article's existence, one transaction consuming the captcha, recording
 * the vote and adding to the aggregate, then the summary) and the same keyed hashes, built the
 * conventional way: default SDK clients and Jackson databind binding the request body to a record.
 */
public final class ConventionalRateArticleHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    public record RateRequest(Integer stars, String captchaId, String captchaAnswer) {}

    public record Summary(double average, long count, Map<String, Long> histogram) {}

    private final DynamoDbClient dynamo = DynamoDbClient.create();
    private final String ratings = System.getenv("RATINGS_TABLE");
    private final String articles = System.getenv("ARTICLES_TABLE");
    private final int perMinute = Integer.parseInt(System.getenv().getOrDefault("RATING_RATE_PER_MINUTE", "10"));
    private final byte[] captchaKey;
    private final byte[] readerKey;

    public ConventionalRateArticleHandler() {
        try (SecretsManagerClient secrets = SecretsManagerClient.create()) {
            byte[] secret = secrets.getSecretValue(r -> r.secretId(System.getenv("RATINGS_SECRET_ARN")))
                    .secretString()
                    .getBytes(StandardCharsets.UTF_8);
            captchaKey = hmac(secret, "captcha-answers");
            readerKey = hmac(secret, "reader-identity");
        }
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        RateRequest body;
        try {
            body = Responses.MAPPER.readValue(event.getBody() == null ? "" : event.getBody(), RateRequest.class);
        } catch (JsonProcessingException e) {
            return Responses.problem(400, "Invalid request", "The body is not the expected JSON object.");
        }
        if (body.stars() == null
                || body.stars() < 1
                || body.stars() > 5
                || body.captchaId() == null
                || body.captchaAnswer() == null) {
            return Responses.problem(400, "Invalid request", "stars (1-5), captchaId and captchaAnswer are required.");
        }
        String articleId = event.getPathParameters().get("id");
        Map<String, String> headers = event.getHeaders() == null ? Map.of() : event.getHeaders();
        String xff = headers.getOrDefault("x-forwarded-for", "");
        String address = xff.isBlank()
                ? event.getRequestContext().getHttp().getSourceIp()
                : xff.substring(xff.lastIndexOf(',') + 1).strip();
        String token = event.getCookies() == null
                ? ""
                : event.getCookies().stream()
                        .filter(c -> c.startsWith("rid="))
                        .map(c -> c.substring(4))
                        .findFirst()
                        .orElse("");
        long now = Instant.now().getEpochSecond();
        long minute = now / 60;

        try {
            dynamo.updateItem(r -> r.tableName(ratings)
                    .key(Map.of(
                            "pk",
                            s("R#ratings:" + encode(hmac(readerKey, "client:" + address))),
                            "sk",
                            s(Long.toString(minute))))
                    .updateExpression("ADD n :one SET #ttl = :ttl")
                    .conditionExpression("attribute_not_exists(n) OR n < :limit")
                    .expressionAttributeNames(Map.of("#ttl", "ttl"))
                    .expressionAttributeValues(
                            Map.of(":one", n(1), ":limit", n(perMinute), ":ttl", n((minute + 2) * 60))));
        } catch (ConditionalCheckFailedException e) {
            return Responses.problem(429, "Too many requests", "Too many requests from this address.");
        }
        Map<String, AttributeValue> articleKey = Map.of("pk", s("A#" + articleId), "sk", s("A"));
        if (!dynamo.getItem(r -> r.tableName(articles).key(articleKey)).hasItem()) {
            return Responses.problem(404, "Not found", "No article " + articleId + ".");
        }
        String answerHash = encode(hmac(
                captchaKey,
                body.captchaId() + ":" + body.captchaAnswer().strip().toUpperCase(Locale.ROOT)));
        String reader = encode(hmac(readerKey, "reader:" + address + "|" + token));
        int stars = body.stars();
        try {
            dynamo.transactWriteItems(t -> t.transactItems(
                    TransactWriteItem.builder()
                            .update(u -> u.tableName(ratings)
                                    .key(Map.of("pk", s("C#" + body.captchaId()), "sk", s("C")))
                                    .updateExpression("SET usedAt = :now")
                                    .conditionExpression(
                                            "attribute_exists(pk) AND answerHash = :h AND expiresAt > :now "
                                                    + "AND attribute_not_exists(usedAt) AND tries < :max")
                                    .expressionAttributeValues(
                                            Map.of(":now", n(now), ":h", s(answerHash), ":max", n(3))))
                            .build(),
                    TransactWriteItem.builder()
                            .put(p -> p.tableName(ratings)
                                    .item(Map.of(
                                            "pk",
                                            s("V#" + articleId),
                                            "sk",
                                            s(reader),
                                            "stars",
                                            n(stars),
                                            "at",
                                            s(Instant.ofEpochSecond(now).toString())))
                                    .conditionExpression("attribute_not_exists(pk)"))
                            .build(),
                    TransactWriteItem.builder()
                            .update(u -> u.tableName(articles)
                                    .key(articleKey)
                                    .updateExpression("ADD ratingCount :one, ratingSum :stars, h" + stars + " :one")
                                    .conditionExpression("attribute_exists(pk)")
                                    .expressionAttributeValues(Map.of(":one", n(1), ":stars", n(stars))))
                            .build()));
        } catch (TransactionCanceledException e) {
            return Responses.problem(422, "Unprocessable", "The captcha or the vote was refused.");
        }
        Map<String, AttributeValue> item =
                dynamo.getItem(r -> r.tableName(articles).key(articleKey)).item();
        long count = num(item, "ratingCount");
        Map<String, Long> histogram = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            histogram.put(Integer.toString(i), num(item, "h" + i));
        }
        double average = count == 0 ? 0 : Math.round(num(item, "ratingSum") * 10.0 / count) / 10.0;
        return Responses.json(200, new Summary(average, count, histogram), Map.of());
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static long num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
