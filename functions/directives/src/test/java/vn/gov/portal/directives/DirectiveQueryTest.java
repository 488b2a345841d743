package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;

class DirectiveQueryTest {

    private static void refused(Map<String, String> query, String field) {
        assertThatThrownBy(() -> DirectiveQuery.parse(query))
                .as(query.toString())
                .isInstanceOfSatisfying(
                        DomainException.Invalid.class,
                        e -> assertThat(e.errors()).anyMatch(f -> f.field().equals(field)));
    }

    @Test
    void latestTakesOneToFifty() {
        assertThat(DirectiveQuery.parse(Map.of("latest", "10"))).isEqualTo(new DirectiveQuery.Latest(10));
        assertThat(DirectiveQuery.parse(Map.of("latest", "50"))).isEqualTo(new DirectiveQuery.Latest(50));
        for (String bad : new String[] {"0", "51", "-1", "x", "", "1.5", "10,11"}) {
            refused(Map.of("latest", bad), "latest");
        }
        refused(Map.of("latest", "10", "limit", "5"), "limit");
    }

    @Test
    void aRangeWithFiltersAndDefaults() {
        var q = (DirectiveQuery.Range) DirectiveQuery.parse(Map.of(
                "from",
                "2020-01-01",
                "to",
                "2020-12-31",
                "type",
                Normalizer.normalize("quyết định", Normalizer.Form.NFD),
                "issuer",
                " lđtbxh "));
        assertThat(q)
                .isEqualTo(new DirectiveQuery.Range(
                        LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "Quyết định", "lđtbxh", 20, null));
    }

    @Test
    void aRangeIsAtMost366DaysForwards() {
        assertThat(DirectiveQuery.parse(Map.of("from", "2020-01-01", "to", "2020-12-31")))
                .isInstanceOf(DirectiveQuery.Range.class);
        refused(Map.of("from", "2020-01-01", "to", "2021-01-01"), "to");
        refused(Map.of("from", "2020-01-02", "to", "2020-01-01"), "to");
        refused(Map.of("from", "2018-02-30", "to", "2018-03-01"), "from");
        refused(Map.of("from", "2020-01-01"), "query");
        refused(Map.of("from", "2020-01-01", "to", "2020-01-31", "limit", "101"), "limit");
        refused(Map.of("from", "2020-01-01", "to", "2020-01-31", "type", "Luật"), "type");
        refused(Map.of("from", "2020-01-01", "to", "2020-01-31", "issuer", ""), "issuer");
    }

    @Test
    void aSymbolIsNormalizedOrRefused() {
        assertThat(DirectiveQuery.parse(Map.of("symbol", " 121 / lđtbxh - vp ")))
                .isEqualTo(new DirectiveQuery.BySymbol("121/LĐTBXH-VP"));
        refused(Map.of("symbol", "hello"), "symbol");
        refused(Map.of("symbol", "121/LĐTBXH-VP", "latest", "3"), "symbol");
    }

    @Test
    void unknownOrMissingParametersAreRefused() {
        refused(Map.of("latest", "3", "sort", "asc"), "sort");
        refused(Map.of(), "query");
    }

    @Test
    void everyRefusalIsReportedAtOnceAsForArticles() {
        assertThatThrownBy(() -> DirectiveQuery.parse(
                        Map.of("from", "2020-02-30", "to", "2020-03-01", "type", "Luật", "limit", "0", "status", "x")))
                .isInstanceOfSatisfying(
                        DomainException.Invalid.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("from", "status", "type", "limit"));
        assertThatThrownBy(() -> DirectiveQuery.parse(Map.of("latest", "3", "symbol", "1/QĐ", "year", "2020")))
                .isInstanceOfSatisfying(
                        DomainException.Invalid.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new FieldError("symbol", "cannot be combined with latest"),
                                        new FieldError("year", "cannot be combined with latest")));
    }
}
