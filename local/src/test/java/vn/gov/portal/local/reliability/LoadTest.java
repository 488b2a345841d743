package vn.gov.portal.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.gov.portal.common.Json;
import vn.gov.portal.local.Http;
import vn.gov.portal.local.KnownCaptchas;
import vn.gov.portal.local.PortalTest;
import vn.gov.portal.local.StoredVotes;
import vn.gov.portal.ratings.RatingsModule;

/**
 * 32 concurrent clients send 10,000 mixed requests to one local portal over loopback: article
 * pages and API reads, day searches, rating summaries, captcha creations and (3%) votes from
 * distinct readers with seeded captchas. No 5xx; every accepted vote is counted exactly once.
 *
 * <p>The local moto answers one request at a time (local/moto_serial_server.py) and a vote's
 * transaction costs ~150 ms there, so the figures measure the local stack, not AWS.
 */
class LoadTest extends PortalTest {

    private static final int CLIENTS = 32;
    private static final int REQUESTS = 10_000;
    private static final int VOTE_EVERY = 33; // ~3% of the mix

    private static RatingsModule ratings;
    private static final List<String> articles = new ArrayList<>();
    private static final List<String> pages = new ArrayList<>();

    @BeforeAll
    static void start() {
        ratings = new RatingsModule(portal.functionEnv("CreateCaptchaFunction"));
        for (int d = 1; d <= 3; d++) {
            Map<String, Object> status =
                    editor.awaitDone(editor.uploadArticle("---\ntitle: Bài tải số " + d + "\nslug: bai-tai-" + d
                            + "\npublishedAt: 2022-03-0" + d + "T08:00:00+07:00\n---\nNội dung " + d + ".\n"));
            assertThat(status).containsEntry("status", "published");
            articles.add((String) status.get("articleId"));
            pages.add((String) status.get("url"));
        }
    }

    private enum Kind {
        PAGE,
        ARTICLE,
        DAY,
        SUMMARY,
        CAPTCHA,
        VOTE
    }

    private static Kind kindOf(int i) {
        if (i % VOTE_EVERY == 0) {
            return Kind.VOTE;
        }
        // captchas (a PNG and two writes) at 5%: the serial moto is the bottleneck, not the portal
        int slot = i % 20;
        return slot < 6
                ? Kind.PAGE
                : slot < 10 ? Kind.ARTICLE : slot < 14 ? Kind.DAY : slot < 19 ? Kind.SUMMARY : Kind.CAPTCHA;
    }

    /** Client n's address, as CloudFront forwards it, and its reader cookie. */
    private static String[] reader(int n) {
        String address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
        String cookie = "rid="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(("load-reader-" + n + "-xxxxxxxx").getBytes());
        return new String[] {"x-forwarded-for", "198.51.100.1, " + address, "cookie", cookie};
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void tenThousandMixedRequestsFromThirtyTwoClients() throws Exception {
        KnownCaptchas captchas = new KnownCaptchas(portal.functionEnv("CreateCaptchaFunction"));
        Map<Integer, String> seeded = new ConcurrentHashMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            if (kindOf(i) == Kind.VOTE) {
                seeded.put(i, captchas.seed("ACEHJ"));
            }
        }
        long[] latencies = new long[REQUESTS];
        Kind[] kinds = new Kind[REQUESTS];
        int[] statuses = new int[REQUESTS];
        AtomicLongArray acceptedVotes = new AtomicLongArray(articles.size());
        AtomicInteger next = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    Kind kind = kindOf(i);
                    int a = i % articles.size();
                    long t0 = System.nanoTime();
                    Http.Response r = switch (kind) {
                        case PAGE -> http.get(pages.get(a));
                        case ARTICLE -> http.get("/api/articles/" + articles.get(a));
                        case DAY -> http.get("/api/articles?date=2022-03-0" + (a + 1));
                        case SUMMARY -> http.get("/api/articles/" + articles.get(a) + "/ratings");
                        case CAPTCHA -> http.post("/api/captchas", "", reader(100_000 + i));
                        case VOTE ->
                            http.post(
                                    "/api/articles/" + articles.get(a) + "/ratings",
                                    Json.write(Map.of(
                                            "stars", 1 + i % 5, "captchaId", seeded.get(i), "captchaAnswer", "ACEHJ")),
                                    reader(i));
                    };
                    latencies[i] = System.nanoTime() - t0;
                    kinds[i] = kind;
                    statuses[i] = r.status();
                    if (kind == Kind.VOTE && r.status() == 200) {
                        acceptedVotes.incrementAndGet(a);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        Map<String, Integer> byStatus = new TreeMap<>();
        int serverErrors = 0;
        for (int s : statuses) {
            byStatus.merge(Integer.toString(s), 1, Integer::sum);
            serverErrors += s >= 500 ? 1 : 0;
        }
        Map<String, Object> perKind = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            long[] own = new long[REQUESTS];
            int n = 0;
            Map<String, Integer> own2 = new TreeMap<>();
            for (int i = 0; i < REQUESTS; i++) {
                if (kinds[i] == kind) {
                    own[n++] = latencies[i];
                    own2.merge(Integer.toString(statuses[i]), 1, Integer::sum);
                }
            }
            long[] sorted = Arrays.copyOf(own, n);
            Arrays.sort(sorted);
            perKind.put(
                    kind.name().toLowerCase(),
                    Map.of(
                            "requests",
                            n,
                            "statuses",
                            own2,
                            "p50ms",
                            millis(percentile(sorted, 50)),
                            "p99ms",
                            millis(percentile(sorted, 99))));
        }
        long[] all = latencies.clone();
        Arrays.sort(all);

        long accepted = 0;
        long counted = 0;
        long stored = 0;
        for (int a = 0; a < articles.size(); a++) {
            String id = articles.get(a);
            long summaryCount = ((Number)
                            http.get("/api/articles/" + id + "/ratings").json().get("count"))
                    .longValue();
            int votesStored = StoredVotes.of(portal, id).size();
            assertThat(summaryCount)
                    .as("summary of article " + a)
                    .isEqualTo(acceptedVotes.get(a))
                    .isEqualTo(votesStored);
            accepted += acceptedVotes.get(a);
            counted += summaryCount;
            stored += votesStored;
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", CLIENTS);
        figures.put("requests", REQUESTS);
        figures.put("seconds", Math.round(seconds * 10) / 10.0);
        figures.put("requestsPerSecond", Math.round(REQUESTS / seconds));
        figures.put("p50ms", millis(percentile(all, 50)));
        figures.put("p99ms", millis(percentile(all, 99)));
        figures.put("byStatus", byStatus);
        figures.put("serverErrors5xx", serverErrors);
        figures.put("votesSent", seeded.size());
        figures.put("votesAccepted", accepted);
        figures.put("votesCounted", counted);
        figures.put("votesStored", stored);
        figures.put("perKind", perKind);
        Figures.report("load", figures);

        assertThat(serverErrors).as("5xx under load: " + byStatus).isZero();
        assertThat(accepted)
                .as("every vote from a distinct reader with a valid captcha is accepted")
                .isEqualTo(seeded.size());
        assertThat(counted).isEqualTo(accepted).isEqualTo(stored);
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(statuses[i]).as(kinds[i] + " #" + i).isEqualTo(kinds[i] == Kind.CAPTCHA ? 201 : 200);
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0
                ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }
}
