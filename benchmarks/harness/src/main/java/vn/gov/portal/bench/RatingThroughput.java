package vn.gov.portal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.local.KnownCaptchas;
import vn.gov.portal.ratings.Caller;
import vn.gov.portal.ratings.RatingService;

/**
 * Votes per second on one article from 32 concurrent readers through {@link RatingService} (the
 * rate route's domain code: rate counter, article check, the vote transaction, the summary), each
 * with its own seeded captcha, address and reader token; against the same number of raw
 * UpdateItem ADDs on one item from 32 threads on the same emulator.
 */
final class RatingThroughput {

    static final int CLIENTS = 32;
    static final String ANSWER = "ACEHJ";

    record Round(double perSecond, int ok, int failed, double sdkCallsPerOp, Map<String, Integer> refusals) {}

    private final RatingService ratings;
    private final KnownCaptchas captchas;
    private final DynamoDbClient dynamo;
    private final String ratingsTable;
    private final String articleId;
    private final AtomicInteger readers = new AtomicInteger();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();

    RatingThroughput(
            RatingService ratings,
            KnownCaptchas captchas,
            DynamoDbClient dynamo,
            String ratingsTable,
            String articleId) {
        this.ratings = ratings;
        this.captchas = captchas;
        this.dynamo = dynamo;
        this.ratingsTable = ratingsTable;
        this.articleId = articleId;
    }

    Round votes(int perClient) {
        List<List<String>> seeded = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < perClient; i++) {
                ids.add(captchas.seed(ANSWER));
            }
            seeded.add(ids);
        }
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        refusals.clear();
        return timed(CLIENTS * perClient, ok, failed, c -> {
            for (String captcha : seeded.get(c)) {
                int n = readers.incrementAndGet();
                Caller reader = new Caller(
                        "198.18." + (n / 250) + "." + (n % 250 + 1),
                        Optional.of(String.format("benchreader%022d", n)),
                        true);
                try {
                    ratings.rate(
                            articleId,
                            Map.of("stars", 1 + n % 5, "captchaId", captcha, "captchaAnswer", ANSWER),
                            reader);
                    ok.incrementAndGet();
                } catch (DomainException e) {
                    failed.incrementAndGet();
                    refusals.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
                }
            }
        });
    }

    Round rawUpdates(int perClient) {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        refusals.clear();
        Map<String, AttributeValue> key =
                Map.of("pk", AttributeValue.fromS("BENCH#raw"), "sk", AttributeValue.fromS("0"));
        return timed(CLIENTS * perClient, ok, failed, c -> {
            for (int i = 0; i < perClient; i++) {
                dynamo.updateItem(r -> r.tableName(ratingsTable)
                        .key(key)
                        .updateExpression("ADD n :one")
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
                ok.incrementAndGet();
            }
        });
    }

    private interface PerClient {
        void run(int client) throws Exception;
    }

    private Round timed(int operations, AtomicInteger ok, AtomicInteger failed, PerClient work) {
        long[] before = EmulatorTimer.totals();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    work.run(client);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] after = EmulatorTimer.totals();
        return new Round(
                ok.get() / seconds,
                ok.get(),
                failed.get(),
                (double) (after[1] - before[1]) / operations,
                new TreeMap<>(refusals));
    }
}
