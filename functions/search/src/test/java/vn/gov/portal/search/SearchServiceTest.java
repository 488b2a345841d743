package vn.gov.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.portal.search.Docs.article;
import static vn.gov.portal.search.Docs.directive;
import static vn.gov.portal.search.Docs.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchServiceTest {

    private InMemorySearchStore store;
    private SearchIndexer indexer;
    private SearchService search;

    @BeforeEach
    void setUp() {
        store = new InMemorySearchStore();
        indexer = new SearchIndexer(store);
        search = new SearchService(store);
    }

    private List<String> ids(String q) {
        return ids(query(q));
    }

    private List<String> ids(SearchQuery q) {
        return search.search(q).items().stream().map(SearchService.Item::id).toList();
    }

    @Test
    void tonelessCapitalAndNfdQueriesFindTheTonedText() {
        indexer.index(article("bhxh", "2020-01-10", "Chính sách bảo hiểm xã hội mới", null, "Nội dung."));
        indexer.index(article("other", "2020-01-11", "Tin thể thao", null, "Bóng đá."));
        assertThat(ids("bao hiem xa hoi")).containsExactly("bhxh");
        assertThat(ids("BẢO HIỂM")).containsExactly("bhxh");
        assertThat(ids(Normalizer.normalize("bảo hiểm xã hội", Normalizer.Form.NFD)))
                .containsExactly("bhxh");
        assertThat(ids("Đá")).containsExactly("other");
        assertThat(ids("da")).containsExactly("other");
    }

    @Test
    void everyWordMustBeFound() {
        indexer.index(article("a", "2020-01-10", "Bảo hiểm xã hội", null, null));
        indexer.index(article("b", "2020-01-10", "Bảo hiểm y tế", null, null));
        assertThat(ids("bảo hiểm")).containsExactlyInAnyOrder("a", "b");
        assertThat(ids("bảo hiểm y tế")).containsExactly("b");
        assertThat(ids("bảo hiểm nông nghiệp")).isEmpty();
    }

    @Test
    void exactToneRanksAboveFolded() {
        indexer.index(article("dau", "2020-01-01", "Quy định về con dấu của cơ quan", null, null));
        indexer.index(article("dau2", "2020-03-01", "Chuyện con dâu và mẹ chồng", null, null));
        assertThat(ids("con dấu")).containsExactly("dau", "dau2");
        assertThat(ids("con dâu")).containsExactly("dau2", "dau");
        // without tone marks, the newer one comes first at equal score
        assertThat(ids("con dau")).containsExactly("dau2", "dau");
    }

    @Test
    void titleHitsOutweighBodyHitsThenNewerFirst() {
        indexer.index(article("body", "2021-05-01", "Hội nghị tổng kết", null, "Bàn về việc làm cho thanh niên."));
        indexer.index(article("title-old", "2019-05-01", "Việc làm cho thanh niên", null, null));
        indexer.index(article("title-new", "2020-05-01", "Việc làm cho thanh niên", null, null));
        assertThat(ids("việc làm thanh niên")).containsExactly("title-new", "title-old", "body");
    }

    @Test
    void aQuotedPhraseNeedsTheWordsAdjacentAndInOrder() {
        indexer.index(article("phrase", "2020-01-01", "Bảo hiểm thất nghiệp cho người lao động", null, null));
        indexer.index(article("apart", "2020-01-02", "Người lao động thất nghiệp được bảo hiểm", null, null));
        assertThat(ids("bảo hiểm thất nghiệp")).containsExactlyInAnyOrder("phrase", "apart");
        assertThat(ids("\"bảo hiểm thất nghiệp\"")).containsExactly("phrase");
        assertThat(ids("\"thất nghiệp được bảo\"")).containsExactly("apart");
        assertThat(ids("\"hiểm thất nghiệp người\"")).isEmpty(); // "cho" sits between
    }

    @Test
    void aPhraseNeverSpansTwoFields() {
        indexer.index(article("x", "2020-01-01", "Bảo hiểm", "xã hội", null));
        assertThat(ids("bảo hiểm xã hội")).containsExactly("x");
        assertThat(ids("\"bảo hiểm xã hội\"")).isEmpty();
    }

    @Test
    void directiveSymbolsMatchWholeOrByNumberInAnyForm() {
        indexer.index(directive(
                "cv",
                "2020-12-03",
                "Công văn số 5389/LĐTBXH-VPQGGN v/v hướng dẫn giảm nghèo",
                "5389/LĐTBXH-VPQGGN",
                "LĐTBXH",
                "hướng dẫn giảm nghèo"));
        indexer.index(article(
                "mentions", "2020-12-05", "Triển khai giảm nghèo", null, "Theo công văn 5389/LĐTBXH-VPQGGN của Bộ."));
        for (String q : List.of(
                "5389/ldtbxh",
                "5389 / LĐTBXH",
                "5389",
                "5389/LĐTBXH-VPQGGN",
                Normalizer.normalize("5389/LĐTBXH", Normalizer.Form.NFD))) {
            assertThat(ids(q)).as(q).first().isEqualTo("cv");
        }
        assertThat(ids(SearchQuery.parse(Map.of("q", "5389", "kind", "article"))))
                .containsExactly("mentions");
    }

    @Test
    void updatesRemoveExactlyTheOldPostings() {
        indexer.index(article("a", "2020-01-01", "Hội thảo đổi mới", null, "Nội dung cũ về nông nghiệp."));
        SearchDocument updated = article("a", "2020-02-01", "Hội thảo đổi mới", null, "Nội dung mới về công nghệ.");
        indexer.index(updated);
        assertThat(ids("nông nghiệp")).isEmpty();
        assertThat(ids("công nghệ")).containsExactly("a");
        assertThat(search.search(query("hội thảo")).items().getFirst().date()).isEqualTo("2020-02-01");
        InMemorySearchStore fresh = new InMemorySearchStore();
        new SearchIndexer(fresh).index(updated);
        assertThat(store.postingCount()).isEqualTo(fresh.postingCount());
    }

    @Test
    void aRemovedDocumentIsNeverFoundAgainAndLeavesNothing() {
        indexer.index(article("a", "2020-01-01", "Bảo hiểm xã hội", null, "Chính sách mới."));
        indexer.index(article("b", "2020-01-01", "Việc làm", null, null));
        indexer.remove(Kind.ARTICLE, "a");
        assertThat(ids("bảo hiểm")).isEmpty();
        assertThat(store.doc(Kind.ARTICLE, "a")).isEmpty();
        assertThat(store.terms(Kind.ARTICLE, "a")).isEmpty();
        assertThat(ids("việc làm")).containsExactly("b");
        indexer.index(article("b", "2020-01-01", "Việc làm", null, null));
        indexer.remove(Kind.ARTICLE, "b");
        assertThat(store.postingCount()).isZero();
        indexer.remove(Kind.ARTICLE, "never-indexed"); // nothing to do
    }

    @Test
    void aDocumentMarkedRemovedIsHiddenWhileItsPostingsGo() {
        indexer.index(article("a", "2020-01-01", "Bảo hiểm xã hội", null, null));
        store.markRemoved(Kind.ARTICLE, "a");
        assertThat(ids("bảo hiểm")).isEmpty();
    }

    @Test
    void kindAndDatesFilter() {
        indexer.index(article("a2019", "2019-06-01", "Giảm nghèo bền vững", null, null));
        indexer.index(article("a2020", "2020-06-01", "Giảm nghèo bền vững", null, null));
        indexer.index(directive("d", "2020-06-02", "Quyết định về giảm nghèo", "12/QĐ-LĐTBXH", "LĐTBXH", "giảm nghèo"));
        assertThat(ids(SearchQuery.parse(Map.of("q", "giảm nghèo", "kind", "directive"))))
                .containsExactly("d");
        assertThat(ids(SearchQuery.parse(Map.of("q", "giảm nghèo", "kind", "article"))))
                .containsExactly("a2020", "a2019");
        assertThat(ids(SearchQuery.parse(Map.of("q", "giảm nghèo", "from", "2020-01-01", "to", "2020-06-01"))))
                .containsExactly("a2020");
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        for (int i = 0; i < 25; i++) {
            indexer.index(article(
                    "a" + (100 + i),
                    "2020-01-" + String.format("%02d", 1 + i),
                    "Tin đào tạo nghề số " + i,
                    null,
                    null));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> params = new HashMap<>(Map.of("q", "đào tạo nghề", "limit", "10"));
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            SearchService.Result page = search.search(SearchQuery.parse(params));
            page.items().forEach(i -> seen.add(i.id()));
            cursor = page.cursor();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(seen.getFirst()).isEqualTo("a124"); // newest first at equal score
    }

    @Test
    void snippetsArePlainTextWithTheMatchedWordsMarked() {
        indexer.index(article(
                "a",
                "2020-01-01",
                "Tin",
                "Tóm tắt ngắn.",
                "Đoạn mở đầu dài dòng không liên quan gì cả, chỉ để kéo dài văn bản ra hơn sáu mươi ký tự. "
                        + "Sau đó mới nói về <b>Bảo hiểm</b> xã hội cho người lao động."));
        SearchService.Item item = search.search(query("bao hiem")).items().getFirst();
        assertThat(item.snippet()).startsWith("…").contains("Bảo hiểm");
        assertThat(item.highlights()).hasSize(2);
        assertThat(item.highlights())
                .map(h -> item.snippet().substring(h[0], h[1]))
                .containsExactly("Bảo", "hiểm");
    }
}
