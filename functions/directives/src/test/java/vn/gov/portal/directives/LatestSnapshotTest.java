package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.portal.directives.store.Directive;

class LatestSnapshotTest {

    private static Directive d(String id, String day) {
        return Directive.builder()
                .id(id)
                .title("t")
                .issuedOn(LocalDate.parse(day))
                .dedupKey("TTL#x")
                .createdAt(Instant.EPOCH)
                .createdBy("e")
                .build();
    }

    @Test
    void ownChangesCorrectALaggingIndexAndTheNewestTenRemain() {
        List<Directive> indexed = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            indexed.add(d("id" + (10 + i), "2020-01-" + (30 - i)));
        }
        // the index does not show the new one yet and still shows the deleted one
        List<Directive> merged = LatestSnapshot.merge(indexed, List.of(d("new", "2020-01-29")), Set.of("id10"));
        assertThat(merged)
                .extracting(Directive::id)
                .containsExactly("new", "id11", "id12", "id13", "id14", "id15", "id16", "id17", "id18", "id19");
    }

    @Test
    void sameDayIsOrderedLikeTheIndex() {
        assertThat(LatestSnapshot.merge(List.of(d("aaa", "2020-01-01")), List.of(d("bbb", "2020-01-01")), Set.of()))
                .extracting(Directive::id)
                .containsExactly("bbb", "aaa");
    }
}
