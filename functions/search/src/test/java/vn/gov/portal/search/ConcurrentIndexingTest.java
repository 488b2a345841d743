package vn.gov.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.portal.search.Docs.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two uploads of one slug published at once: the index ends with exactly one version's postings, all listed. */
class ConcurrentIndexingTest {

    @Test
    void concurrentIndexersOfOneDocumentLeaveNoUnlistedPosting() throws Exception {
        InMemorySearchStore store = new InMemorySearchStore();
        SearchIndexer indexer = new SearchIndexer(store);
        SearchDocument[] versions = {
            article("a", "2020-01-01", "Hội thảo nông nghiệp", null, "Giống lúa mới cho đồng bằng."),
            article("a", "2020-02-01", "Hội thảo công nghệ", null, "Chuyển đổi số trong doanh nghiệp."),
            article("a", "2020-03-01", "Hội nghị việc làm", "Thanh niên.", "Sàn giao dịch việc làm."),
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int round = 0; round < 30; round++) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                SearchDocument doc = versions[(round + t) % versions.length];
                runs.add(pool.submit(() -> {
                    start.await();
                    return indexer.index(doc);
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
            Set<String> listed =
                    new TreeSet<>(store.terms(Kind.ARTICLE, "a").orElseThrow().entries());
            assertThat(store.postingsOf(Kind.ARTICLE, "a")).as("round " + round).isEqualTo(listed);
            assertThat(List.of(versions)).as("the list is one version's, whole").anySatisfy(v -> {
                Set<String> expected = new TreeSet<>();
                DocumentTerms.of(v).forEach(p -> expected.add(p.listEntry()));
                assertThat(listed).isEqualTo(expected);
            });
        }
        pool.shutdown();
    }
}
