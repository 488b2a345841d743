package vn.gov.portal.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;

class QueryParametersTest {

    private static final Set<String> KNOWN = Set.of("from", "to", "limit", "cursor");

    private static DomainException.Invalid refusal(Runnable parse) {
        try {
            parse.run();
        } catch (DomainException.Invalid e) {
            return e;
        }
        throw new AssertionError("the query was accepted");
    }

    @Test
    void everyUnknownNameIsRefusedAtOnceSortedBeforeAnyValueIsRead() {
        var e = refusal(() -> QueryParameters.read(Map.of("zeta", "1", "limit", "x", "alpha", ""), KNOWN));
        assertThat(e.errors())
                .containsExactly(
                        new FieldError("alpha", "is not a known parameter"),
                        new FieldError("zeta", "is not a known parameter"));
    }

    @Test
    void valuesAreReadAndAbsentOnesHaveTheirDefault() {
        QueryParameters q = QueryParameters.read(Map.of("from", "2026-01-31", "limit", "7", "cursor", "abc"), KNOWN);
        assertThat(q.day("from")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(q.day("to")).isNull();
        assertThat(q.limit(100)).isEqualTo(7);
        assertThat(q.text("cursor")).isEqualTo("abc");
        assertThat(q.has("to")).isFalse();
        q.validate();
        assertThat(QueryParameters.read(Map.of(), KNOWN).limit(100)).isEqualTo(Params.DEFAULT_LIMIT);
        assertThat(QueryParameters.read(Map.of(), KNOWN).limit(10)).isEqualTo(10);
    }

    @Test
    void everyRefusedValueIsReportedInOneInvalidInTheOrderFound() {
        QueryParameters q = QueryParameters.read(Map.of("from", "2026-02-30", "to", "yesterday", "limit", "0"), KNOWN);
        assertThat(q.day("from")).isNull();
        assertThat(q.day("to")).isNull();
        q.limit(100);
        q.refuse("cursor", "is not a cursor this API gave out");
        var e = refusal(q::validate);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("from", "to", "limit", "cursor");
        assertThat(e.getMessage()).isEqualTo("from: must be a real date YYYY-MM-DD (and 3 more)");
    }

    @Test
    void oneRefusalReadsAsBefore() {
        QueryParameters q = QueryParameters.read(Map.of("limit", "101"), KNOWN);
        q.limit(100);
        var e = refusal(q::validate);
        assertThat(e.errors()).containsExactly(new FieldError("limit", "must be an integer from 1 to 100"));
        assertThat(e.getMessage()).isEqualTo("limit: must be an integer from 1 to 100");
    }

    @Test
    void aRangeIsForwardsAndAtMostTheGivenDays() {
        LocalDate day = LocalDate.of(2024, 1, 1);
        QueryParameters q = QueryParameters.read(Map.of(), KNOWN);
        q.refuseLongRange(day, day, 1);
        q.refuseLongRange(day, day.plusDays(365), 366);
        q.refuseLongRange(null, day, 1);
        q.validate();
        q.refuseLongRange(day, day.minusDays(1), 366);
        q.refuseLongRange(day, day.plusDays(366), 366);
        assertThat(refusal(q::validate).errors())
                .containsExactly(
                        new FieldError("to", "must not be before from"),
                        new FieldError("to", "the range must cover at most 366 days"));
    }

    @Test
    void theNamesOfAnotherModeAreRefused() {
        QueryParameters q = QueryParameters.read(Map.of("from", "x", "to", "y", "limit", "3"), KNOWN);
        q.refuseAllBut(Set.of("limit"), "cannot be combined with limit");
        assertThat(refusal(q::validate).errors()).extracting(FieldError::field).containsExactly("from", "to");
    }

    @Test
    void routesWithoutParametersRefuseAny() {
        QueryParameters.requireNone(Map.of());
        assertThatThrownBy(() -> QueryParameters.requireNone(Map.of("b", "", "a", "")))
                .isInstanceOfSatisfying(
                        DomainException.Invalid.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("a", "b"));
    }
}
