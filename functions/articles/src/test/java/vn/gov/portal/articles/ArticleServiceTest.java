package vn.gov.portal.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.http.PageBody;

/** The list's query: refused before any read, so no table is needed. */
class ArticleServiceTest {

    private final ArticleService service = new ArticleService(null);

    private List<FieldError> refused(Map<String, String> query) {
        try {
            service.list(query);
        } catch (DomainException.Invalid e) {
            return e.errors();
        }
        throw new AssertionError("accepted " + query);
    }

    @Test
    void everyRefusalOfTheQueryIsReportedAtOnce() {
        assertThat(refused(Map.of("from", "2026-02-30", "to", "2026-13-01", "limit", "0")))
                .containsExactly(
                        new FieldError("limit", "must be an integer from 1 to 100"),
                        new FieldError("from", "must be a real date YYYY-MM-DD"),
                        new FieldError("to", "must be a real date YYYY-MM-DD"));
        assertThat(refused(Map.of("date", "2026-1-1", "from", "2026-01-01")))
                .containsExactly(
                        new FieldError("date", "cannot be combined with from and to"),
                        new FieldError("date", "must be a date YYYY-MM-DD"));
    }

    @Test
    void aSingleRefusalIsAsBefore() {
        assertThat(refused(Map.of())).containsExactly(new FieldError("date", "give date=YYYY-MM-DD, or from= and to="));
        assertThat(refused(Map.of("from", "2026-01-02", "to", "2026-01-01")))
                .containsExactly(new FieldError("to", "must not be before from"));
        assertThat(refused(Map.of("from", "2024-01-01", "to", "2025-01-01")))
                .containsExactly(new FieldError("to", "the range must cover at most 366 days"));
        assertThat(refused(Map.of("date", "2026-01-01", "sort", "asc", "page", "2")))
                .containsExactly(
                        new FieldError("page", "is not a known parameter"),
                        new FieldError("sort", "is not a known parameter"));
    }

    @Test
    void theBodyOfAnArticleIsInContractOrder() {
        var item = new ArticleResponses.Item(
                "id",
                "slug",
                "Tiêu đề",
                null,
                "tin-tuc",
                "2026-01-01T08:00:00+07:00",
                "2026-01-01",
                "/a.html",
                new ArticleResponses.Rating(4.5, 2));
        assertThat(Json.write(new PageBody<>(List.of(item), null)))
                .isEqualTo(
                        "{\"items\":[{\"id\":\"id\",\"slug\":\"slug\",\"title\":\"Tiêu đề\",\"summary\":null,\"category\":\"tin-tuc\","
                                + "\"publishedAt\":\"2026-01-01T08:00:00+07:00\",\"date\":\"2026-01-01\",\"url\":\"/a.html\","
                                + "\"rating\":{\"average\":4.5,\"count\":2}}],\"nextCursor\":null}");
    }
}
