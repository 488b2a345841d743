package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Env;
import vn.gov.portal.ratings.Caller;
import vn.gov.portal.ratings.RatingService;
import vn.gov.portal.ratings.RatingsModule;
import vn.gov.portal.ratings.store.RatingsTable;

/**
 * With RATING_SHARDS > 1 a hot article's aggregate is spread over N shard items (written at
 * random, merged at read): counts stay exact and no single item takes every write.
 */
class RatingShardingTest extends PortalTest {

    private static final int SHARDS = 8;
    private static RatingsModule module;
    private static String articleId;

    @BeforeAll
    static void start() {
        Map<String, String> env =
                new LinkedHashMap<>(portal.functionEnv("RateArticleFunction").values());
        env.put("RATING_SHARDS", Integer.toString(SHARDS));
        env.put("RATING_RATE_PER_MINUTE", "1000");
        module = new RatingsModule(Env.of(env));
        articleId = (String) editor.awaitDone(editor.uploadArticle(ArticlesApiTest.source(
                        "Bài nóng", "bai-nong", "2023-05-05T09:00:00+07:00", "Rất nhiều người đọc.")))
                .get("articleId");
    }

    private static RatingsTable table() {
        return new RatingsTable(
                portal.dynamo(),
                portal.deployment().physicalName("RatingsTable"),
                portal.deployment().physicalName("ArticlesTable"));
    }

    @Test
    void shardedVotesAreCountedExactlyAndSpreadOverTheShards() throws Exception {
        RatingService ratings = module.ratings();
        KnownCaptchas captchas = new KnownCaptchas(portal.functionEnv("CreateCaptchaFunction"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<RatingService.Summary>> results = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int n = i;
            String captcha = captchas.seed("ACEHJ");
            results.add(pool.submit(() -> ratings.rate(
                    articleId,
                    Map.of("stars", 1 + n % 5, "captchaId", captcha, "captchaAnswer", "ACEHJ"),
                    new Caller("192.0.2." + (n % 250), Optional.of("reader-token-" + n + "-abcdefghijkl"), false))));
        }
        for (Future<RatingService.Summary> r : results) {
            r.get();
        }
        pool.shutdown();

        RatingService.Summary summary = ratings.summary(articleId);
        assertThat(summary.count()).isEqualTo(120);
        assertThat(summary.average()).isEqualTo(3.0);
        assertThat(table().shardAggregate(articleId).count()).isEqualTo(120);
        assertThat(table().articleAggregate(articleId).orElseThrow().count())
                .as("the article item takes no vote writes")
                .isZero();
        assertThat(StoredVotes.of(portal, articleId)).hasSize(120);

        // listings carry a copy of the shards' total, refreshed at most once a second
        Thread.sleep(1100);
        ratings.rate(
                articleId,
                Map.of("stars", 3, "captchaId", captchas.seed("ACEHJ"), "captchaAnswer", "ACEHJ"),
                new Caller("192.0.2.251", Optional.of("reader-token-last-abcdefghijkl"), false));
        var listed =
                new Http(portal.baseUrl()).get("/api/articles/" + articleId).json();
        assertThat(listed.get("rating")).isEqualTo(Map.of("average", 3.0, "count", 121));
    }
}
