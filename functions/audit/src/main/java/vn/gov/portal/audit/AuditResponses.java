package vn.gov.portal.audit;

import java.util.Map;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.audit.AuditEntry;
import vn.gov.portal.common.audit.AuditTable;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.http.PageBody;

/** The audit route's response body, as openapi.yaml shows it (field order included). */
public final class AuditResponses {

    private AuditResponses() {}

    /** {@code GET /api/audit}: newest first. */
    public static PageBody<Entry> page(AuditTable.Page page) {
        return PageBody.of(page.items(), page.nextCursor(), Entry::of);
    }

    /** One entry; {@code at} in +07:00. */
    public record Entry(
            String id,
            String at,
            Editor editor,
            String action,
            String target,
            String outcome,
            Map<String, String> details) {

        static Entry of(AuditEntry e) {
            return new Entry(
                    e.id(),
                    Dates.iso(e.at().atZone(Dates.VIETNAM).toOffsetDateTime()),
                    e.editor(),
                    e.action(),
                    e.target(),
                    e.outcome(),
                    e.details());
        }
    }
}
