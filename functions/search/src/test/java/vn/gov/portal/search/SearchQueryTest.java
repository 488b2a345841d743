package vn.gov.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;

class SearchQueryTest {

    private static Map<String, String> params(String... kv) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put(kv[i], kv[i + 1]);
        }
        return out;
    }

    private static void rejects(Map<String, String> params, String field) {
        assertThatThrownBy(() -> SearchQuery.parse(params))
                .isInstanceOfSatisfying(
                        DomainException.Invalid.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .contains(field));
    }

    @Test
    void quotedTextIsAPhrase() {
        SearchQuery q = SearchQuery.parse(params("q", "chính sách \"bảo hiểm xã hội\" “việc làm”"));
        assertThat(q.words())
                .extracting(SearchQuery.Word::folded)
                .containsExactly("chinh", "sach", "bao", "hiem", "xa", "hoi", "viec", "lam");
        assertThat(q.words()).extracting(SearchQuery.Word::phrase).containsExactly(-1, -1, 0, 0, 0, 0, 1, 1);
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertThat(SearchQuery.parse(params("q", "lao \"động việc")).words())
                .extracting(SearchQuery.Word::phrase)
                .containsExactly(-1, 0, 0);
    }

    @Test
    void badInputIsRefusedWithTheField() {
        rejects(params(), "q");
        rejects(params("q", "   "), "q");
        rejects(params("q", "?!…"), "q");
        rejects(params("q", "a".repeat(201)), "q");
        rejects(params("q", "a b c d e f g h i j k l m"), "q");
        rejects(params("q", "x", "kind", "video"), "kind");
        rejects(params("q", "x", "from", "2020-13-01"), "from");
        rejects(params("q", "x", "from", "2020-02-01", "to", "2020-01-01"), "to");
        rejects(params("q", "x", "limit", "0"), "limit");
        rejects(params("q", "x", "limit", "51"), "limit");
        rejects(params("q", "x", "cursor", "not-a-cursor"), "cursor");
        rejects(params("q", "x", "page", "2"), "page");
    }

    @Test
    void aCursorBelongsToItsQuery() {
        SearchQuery q = SearchQuery.parse(params("q", "bảo hiểm"));
        String cursor = q.cursorAt(10);
        assertThat(SearchQuery.parse(params("q", "bảo hiểm", "cursor", cursor)).offset())
                .isEqualTo(10);
        rejects(params("q", "việc làm", "cursor", cursor), "cursor");
    }
}
