package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.ratings.RatingsModule;

/**
 * 500 readers rate one article at once through the HTTP stack: every vote is counted exactly once.
 * The local emulator answers one request at a time, so requests queue: the client waits longer.
 */
class RatingsConcurrencyTest extends PortalTest {

    private static RatingsModule ratings;
    private static KnownCaptchas captchas;
    private static String article;

    @BeforeAll
    static void start() {
        http = new Http(portal.baseUrl(), Duration.ofMinutes(3));
        ratings = new RatingsModule(portal.functionEnv("CreateCaptchaFunction"));
        captchas = new KnownCaptchas(portal.functionEnv("CreateCaptchaFunction"));
        article = (String) editor.awaitDone(editor.uploadArticle(ArticlesApiTest.source(
                        "Bài được nhiều người đánh giá", "bai-nhieu-danh-gia", "2023-04-04T09:00:00+07:00", "Nóng.")))
                .get("articleId");
    }

    @Test
    void fiveHundredConcurrentReadersAreCountedExactly() throws Exception {
        List<RatingsApiTest.Reader> readers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            readers.add(RatingsApiTest.Reader.next());
            ids.add(captchas.seed("ACEHJ"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int n = i;
            results.add(pool.submit(() -> readers.get(n)
                    .rate(http, article, 1 + n % 5, ids.get(n), "ACEHJ")
                    .status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        assertThat(statuses).containsOnly(200);

        // the same readers again, with fresh captchas: 409 each, and nothing changes
        List<Future<Integer>> duplicates = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            String captcha = captchas.seed("ACEHJ");
            duplicates.add(pool.submit(() ->
                    readers.get(n).rate(http, article, 5, captcha, "ACEHJ").status()));
        }
        for (Future<Integer> f : duplicates) {
            assertThat(f.get()).isEqualTo(409);
        }
        pool.shutdown();

        Map<String, Object> summary =
                http.get("/api/articles/" + article + "/ratings").json();
        assertThat(summary).containsEntry("count", 500).containsEntry("average", 3.0);
        @SuppressWarnings("unchecked")
        Map<String, Integer> histogram = (Map<String, Integer>) summary.get("histogram");
        assertThat(histogram.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(500);
        assertThat(histogram).containsEntry("1", 100).containsEntry("5", 100);
        assertThat(StoredVotes.of(portal, article)).hasSize(500);
    }
}
