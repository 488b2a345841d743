package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import vn.gov.portal.common.Ids;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesTable;

/**
 * The list page's queries are key-bounded Queries whose reads do not grow with the table: an
 * unfiltered or single-index page reads the page and one more item, with 10 or 10,000 documents
 * elsewhere; a page filtered on what no index keys (the status) evaluates at most the read budget.
 */
class DirectiveListCostTest extends PortalTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 6, 1);
    private static DirectivesTable directives;

    @BeforeAll
    static void start() {
        directives = new DirectivesTable(portal.dynamo(), portal.deployment().physicalName("DirectivesTable"));
    }

    private static DirectivesTable.Page browse(Integer year, String type, String field, String status) {
        LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
        return directives.browse(new DirectivesTable.Filter(from, to, type, null, field, status, TODAY), 20, null);
    }

    @Test
    void aListPageReadsTheSameWith10And10000DocumentsElsewhere() {
        // 2021: 30 decisions in "Việc làm", one in ten expired
        load(IntStream.range(0, 30)
                .mapToObj(i -> doc(
                        LocalDate.of(2021, 1 + i % 12, 1 + i),
                        "Quyết định",
                        "Việc làm",
                        i % 10 == 0 ? LocalDate.of(2022, 1, 1) : null))
                .toList());
        load(elsewhere(10));
        DirectivesTable.Page year = browse(2021, null, null, null);
        DirectivesTable.Page field = browse(2021, null, "việc làm", null);
        DirectivesTable.Page typeAndField = browse(null, "Quyết định", "Việc làm", null);

        load(elsewhere(9_990));
        DirectivesTable.Page yearLarge = browse(2021, null, null, null);
        DirectivesTable.Page fieldLarge = browse(2021, null, "việc làm", null);
        DirectivesTable.Page expired = browse(null, null, null, "het-hieu-luc");

        assertThat(year.items()).hasSize(20);
        assertThat(year.itemsRead()).isEqualTo(21);
        assertThat(yearLarge.itemsRead())
                .as("a year's page with 10,000 documents in other years")
                .isEqualTo(21);
        assertThat(yearLarge.items()).isEqualTo(year.items());
        assertThat(field.itemsRead()).isEqualTo(21);
        assertThat(fieldLarge.itemsRead()).isEqualTo(21);
        assertThat(typeAndField.items()).hasSize(20);
        assertThat(typeAndField.items()).allSatisfy(d -> assertThat(d.field()).isEqualTo("Việc làm"));

        // the status is no index key: the call stops at the budget, with a cursor to go on
        assertThat(expired.itemsRead()).isLessThanOrEqualTo(DirectivesTable.READ_BUDGET);
        assertThat(expired.nextCursor()).isNotNull();
        assertThat(expired.items())
                .hasSize(3)
                .allSatisfy(d -> assertThat(d.endsOn()).isBeforeOrEqualTo(TODAY));
    }

    /** Documents of other years (2000..2019), of other types and fields, none of them expired. */
    private static List<Directive> elsewhere(int count) {
        List<Directive> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(doc(
                    LocalDate.of(2000 + i % 20, 1 + i % 12, 1 + i % 28),
                    i % 2 == 0 ? "Công văn" : "Quyết định",
                    i % 3 == 0 ? "Thanh tra" : null,
                    null));
        }
        return out;
    }

    private static Directive doc(LocalDate issuedOn, String type, String field, LocalDate expiresOn) {
        String id = Ids.newId();
        return Directive.builder()
                .id(id)
                .title(type + " " + id)
                .type(type)
                .issuedOn(issuedOn)
                .dedupKey("TTL#" + id)
                .createdAt(Instant.EPOCH)
                .createdBy("test")
                .expiresOn(expiresOn)
                .field(field)
                .endsOn(expiresOn)
                .build();
    }

    private static void load(List<Directive> batch) {
        List<WriteRequest> writes = batch.stream()
                .map(d -> WriteRequest.builder()
                        .putRequest(PutRequest.builder()
                                .item(DirectivesTable.mainItem(d))
                                .build())
                        .build())
                .toList();
        String table = portal.deployment().physicalName("DirectivesTable");
        IntStream.range(0, (writes.size() + 24) / 25).parallel().forEach(chunk -> {
            Map<String, List<WriteRequest>> pending =
                    Map.of(table, writes.subList(chunk * 25, Math.min(writes.size(), chunk * 25 + 25)));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = portal.dynamo()
                        .batchWriteItem(r -> r.requestItems(request))
                        .unprocessedItems();
            }
        });
    }
}
