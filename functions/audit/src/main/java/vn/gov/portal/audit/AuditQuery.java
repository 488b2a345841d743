package vn.gov.portal.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.audit.AuditEntry;
import vn.gov.portal.common.audit.AuditStore;

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

    public AuditStore.Page page(Map<String, String> query, int limit) {
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new DomainException.Invalid(name, "is not a known parameter");
            }
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.VIETNAM);
        LocalDate to = query.containsKey("to") ? Dates.parseDay("to", query.get("to")) : today;
        LocalDate from = query.containsKey("from") ? Dates.parseDay("from", query.get("from")) : to.minusDays(DEFAULT_DAYS - 1);
        if (to.isBefore(from)) {
            throw new DomainException.Invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_RANGE_DAYS) {
            throw new DomainException.Invalid("to", "the range must cover at most " + MAX_RANGE_DAYS + " days");
        }
        String editor = query.get("editor");
        if (editor != null && !SUBJECT.matcher(editor).matches()) {
            throw new DomainException.Invalid("editor", "must be an editor's subject as the entries show it");
        }
        return table.between(from, to, editor, limit, query.get("cursor"));
    }

    /** The JSON item of the contract. */
    public static Map<String, Object> toJson(AuditEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("at", Dates.iso(e.at().atZone(Dates.VIETNAM).toOffsetDateTime()));
        out.put("editor", e.editor().toJson());
        out.put("action", e.action());
        out.put("target", e.target());
        out.put("outcome", e.outcome());
        out.put("details", e.details());
        return out;
    }
}
