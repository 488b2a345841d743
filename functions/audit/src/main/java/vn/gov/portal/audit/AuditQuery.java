package vn.gov.portal.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.audit.AuditStore;
import vn.gov.portal.common.http.Params;
import vn.gov.portal.common.http.QueryParameters;

/**
 * {@code GET /api/audit?from=&to=&editor=&limit=&cursor=}: Vietnam days {@code from..to}
 * (inclusive, at most 366; default the last 30 days), optionally of one editor (the token
 * subject the entries show), newest first.
 */
public final class AuditQuery {

    public static final int MAX_RANGE_DAYS = 366;
    static final int DEFAULT_DAYS = 30;
    private static final Set<String> PARAMETERS = Set.of("from", "to", "editor", "limit", "cursor");
    /** A Cognito subject is a UUID; other issuers' subjects are short printable strings. */
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9@._:+-]{1,128}");

    private final AuditStore table;
    private final Clock clock;

    public AuditQuery(AuditStore table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /** Every refusal of the query is reported at once. */
    public AuditStore.Page page(Map<String, String> query) {
        QueryParameters q = QueryParameters.read(query, PARAMETERS);
        int limit = q.limit(Params.MAX_LIMIT);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.VIETNAM);
        LocalDate to = q.has("to") ? q.day("to") : today;
        LocalDate from = q.has("from") ? q.day("from") : to == null ? null : to.minusDays(DEFAULT_DAYS - 1);
        q.refuseLongRange(from, to, MAX_RANGE_DAYS);
        String editor = q.text("editor");
        if (editor != null && !SUBJECT.matcher(editor).matches()) {
            q.refuse("editor", "must be an editor's subject as the entries show it");
        }
        q.validate();
        return table.between(from, to, editor, limit, q.text("cursor"));
    }
}
