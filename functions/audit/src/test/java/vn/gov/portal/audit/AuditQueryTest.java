package vn.gov.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.audit.AuditEntry;
import vn.gov.portal.common.audit.AuditStore;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.audit.InMemoryAuditStore;
import vn.gov.portal.common.http.Editor;

/** The audit list without the emulator: days in Vietnam time, default range, one editor, pages, bad queries. */
class AuditQueryTest {

    /** 2026-03-02 10:00 in Vietnam. */
    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    private static final Editor LAN = new Editor("sub-lan", "lan@example.vn", "Chị Lan");
    private static final Editor MINH = new Editor("sub-minh", null, "Anh Minh");

    private final InMemoryAuditStore store = new InMemoryAuditStore();
    private final AuditQuery query = new AuditQuery(store, Clock.fixed(NOW, ZoneOffset.UTC));

    private AuditEntry record(Editor editor, String at, String target) {
        return new AuditTrail(store, Clock.fixed(Instant.parse(at), ZoneOffset.UTC), Duration.ofDays(3653))
                .record(editor, "article.unpublish", target, "unpublished", Map.of("title", "Tin " + target));
    }

    private List<String> targets(Map<String, String> q) {
        return query.page(q).items().stream().map(AuditEntry::target).toList();
    }

    @Test
    void newestFirstWithinTheLastThirtyVietnamDaysByDefault() {
        record(LAN, "2026-01-31T16:59:59Z", "article/too-old"); // 2026-01-31 23:59 in Vietnam: day 31 before today
        record(LAN, "2026-01-31T17:00:00Z", "article/first-day"); // 2026-02-01 00:00 in Vietnam
        record(MINH, "2026-02-20T08:00:00Z", "article/b");
        record(LAN, "2026-03-02T02:00:00Z", "article/today");

        assertThat(targets(Map.of())).containsExactly("article/today", "article/b", "article/first-day");
    }

    @Test
    void aRangeOfDaysIncludesBothEnds() {
        record(LAN, "2026-02-09T17:00:00Z", "article/10th-start"); // 2026-02-10 00:00 in Vietnam
        record(LAN, "2026-02-11T16:59:00Z", "article/11th-end"); // 2026-02-11 23:59
        record(LAN, "2026-02-11T17:00:00Z", "article/12th");

        assertThat(targets(Map.of("from", "2026-02-10", "to", "2026-02-11")))
                .containsExactly("article/11th-end", "article/10th-start");
        assertThat(targets(Map.of("to", "2026-02-10"))).containsExactly("article/10th-start");
    }

    @Test
    void oneEditorsEntriesByTheirSubject() {
        record(LAN, "2026-03-01T01:00:00Z", "article/lan-1");
        record(MINH, "2026-03-01T02:00:00Z", "article/minh-1");
        record(LAN, "2026-03-01T03:00:00Z", "article/lan-2");

        assertThat(targets(Map.of("editor", "sub-minh"))).containsExactly("article/minh-1");
        assertThat(query.page(Map.of("editor", "sub-lan")).items())
                .extracting(AuditEntry::editor)
                .containsOnly(LAN);
        assertThat(targets(Map.of("editor", "sub-nobody"))).isEmpty();
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeat() {
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            recorded.addFirst(record(i % 2 == 0 ? LAN : MINH, "2026-02-2" + i + "T05:00:00Z", "article/" + i)
                    .target());
        }
        List<String> seen = new ArrayList<>();
        Map<String, String> q = new HashMap<>(Map.of("limit", "3"));
        int pages = 0;
        do {
            AuditStore.Page page = query.page(q);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
            page.items().forEach(e -> seen.add(e.target()));
            pages++;
            if (page.nextCursor() == null) {
                break;
            }
            q.put("cursor", page.nextCursor());
        } while (true);
        assertThat(seen).isEqualTo(recorded);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertInvalid(Map.of("since", "2026-01-01"), "since");
        assertInvalid(Map.of("from", "02/03/2026"), "from");
        assertInvalid(Map.of("to", "2026-02-30"), "to");
        assertInvalid(Map.of("from", "2026-03-02", "to", "2026-03-01"), "to");
        assertInvalid(Map.of("from", "2024-12-31", "to", "2026-01-01"), "to");
        assertInvalid(Map.of("editor", "sub lan; drop"), "editor");
        assertInvalid(Map.of("cursor", "bm90IGEgY3Vyc29y"), "cursor");
    }

    @Test
    void aYearAndADayIsTheLongestRange() {
        assertThat(query.page(Map.of("from", "2025-03-03", "to", "2026-03-03")).items())
                .isEmpty();
        assertInvalid(Map.of("from", "2025-03-02", "to", "2026-03-03"), "to");
    }

    @Test
    void anEntryShowsVietnamTimeAndWhoDidIt() {
        AuditEntry entry = record(MINH, "2026-03-01T17:30:00Z", "article/x");
        AuditResponses.Entry shown = AuditResponses.Entry.of(entry);
        assertThat(shown.at()).isEqualTo("2026-03-02T00:30:00+07:00");
        assertThat(shown.editor()).isEqualTo(MINH);
        assertThat(shown.action()).isEqualTo("article.unpublish");
        assertThat(shown.outcome()).isEqualTo("unpublished");
        assertThat(shown.details()).isEqualTo(Map.of("title", "Tin article/x"));
    }

    private void assertInvalid(Map<String, String> q, String field) {
        assertThatThrownBy(() -> query.page(q))
                .as("%s", q)
                .isInstanceOfSatisfying(
                        DomainException.Invalid.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly(field));
    }
}
