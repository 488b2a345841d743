package vn.gov.portal.directives;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.http.Params;
import vn.gov.portal.common.http.QueryParameters;
import vn.gov.portal.common.text.VietnameseText;

/**
 * The three ways to list directives, read from the query string. Exactly one is used per
 * request; a parameter of another way, or one no way knows, is a 400 rather than ignored.
 */
public sealed interface DirectiveQuery {

    int MAX_LATEST = 50;
    int MAX_RANGE_DAYS = 366;
    int MAX_ISSUER = 50;

    /** {@code latest=N}: the newest N by issue date. */
    record Latest(int count) implements DirectiveQuery {}

    /**
     * {@code from=&to=[&type=][&issuer=][&limit=][&cursor=]}; type canonical, issuer as typed. Also
     * the browse of the list page: without {@code from}/{@code to} (the whole archive, or
     * {@code year=}), and with {@code field=} and {@code status=}; {@code from}/{@code to} are then null
     * for no bound.
     */
    record Range(
            LocalDate from,
            LocalDate to,
            String type,
            String issuer,
            int limit,
            String cursor,
            String field,
            String status,
            boolean browsing)
            implements DirectiveQuery {

        public Range(LocalDate from, LocalDate to, String type, String issuer, int limit, String cursor) {
            this(from, to, type, issuer, limit, cursor, null, null, false);
        }
    }

    /** {@code symbol=}: the normalized symbol (the look-up folds it). */
    record BySymbol(String symbol) implements DirectiveQuery {}

    Set<String> LATEST = Set.of("latest");
    Set<String> RANGE = Set.of("from", "to", "type", "issuer", "limit", "cursor", "field", "status", "year");
    int MAX_FIELD = 100;
    Set<String> SYMBOL = Set.of("symbol");
    Set<String> KNOWN =
            Set.of("latest", "from", "to", "type", "issuer", "limit", "cursor", "field", "status", "year", "symbol");

    static DirectiveQuery parse(Map<String, String> query) {
        QueryParameters q = QueryParameters.read(query, KNOWN);
        if (q.has("latest")) {
            q.refuseAllBut(LATEST, "cannot be combined with latest");
            q.validate();
            return new Latest(Params.integer("latest", q.text("latest"), 1, MAX_LATEST));
        }
        if (q.has("symbol")) {
            q.refuseAllBut(SYMBOL, "cannot be combined with symbol");
            q.validate();
            String text = q.text("symbol");
            ParsedSymbol parsed = text.length() > 100 ? null : new DirectiveTitleParser().parseSymbol(text);
            if (parsed == null) {
                throw new DomainException.Invalid("symbol", "is not a document symbol such as 121/LĐTBXH-VP");
            }
            return new BySymbol(parsed.symbol());
        }
        if (q.isEmpty() || q.has("from") != q.has("to")) {
            throw new DomainException.Invalid(
                    "query",
                    "give latest=N, from=YYYY-MM-DD&to=YYYY-MM-DD, symbol=, "
                            + "or the filters of the list (type, issuer, field, year, status, limit, cursor)");
        }
        return range(q);
    }

    private static Range range(QueryParameters q) {
        boolean dated = q.has("from");
        LocalDate from = q.day("from");
        LocalDate to = q.day("to");
        if (q.has("year")) {
            if (dated) {
                q.refuse("year", "cannot be combined with from and to");
            } else {
                Integer year = q.integer("year", 1945, 2100, null);
                if (year != null) {
                    from = LocalDate.of(year, 1, 1);
                    to = LocalDate.of(year, 12, 31);
                }
            }
        }
        String field = null;
        if (q.has("field")) {
            field = VietnameseText.clean(q.text("field"));
            if (field.isEmpty() || field.length() > MAX_FIELD) {
                q.refuse("field", "must be a field (lĩnh vực) such as " + DirectiveFields.KNOWN.getFirst());
            }
        }
        String status = null;
        if (q.has("status")) {
            status = DirectiveStatus.of(q.text("status"))
                    .map(DirectiveStatus::key)
                    .orElse(null);
            if (status == null) {
                q.refuse("status", "must be one of: chua-co-hieu-luc, con-hieu-luc, het-hieu-luc");
            }
        }
        boolean browsing = !dated || field != null || status != null;
        if (dated) {
            q.refuseLongRange(from, to, MAX_RANGE_DAYS);
        }
        String type = null;
        if (q.has("type")) {
            type = DirectiveRequest.knownType(q.text("type")).orElse(null);
            if (type == null) {
                q.refuse("type", "must be one of: " + String.join(", ", DirectiveRequest.TYPE_NAMES));
            }
        }
        String issuer = null;
        if (q.has("issuer")) {
            issuer = VietnameseText.clean(q.text("issuer"));
            if (issuer.isEmpty() || issuer.length() > MAX_ISSUER) {
                q.refuse("issuer", "must be an issuer code such as LĐTBXH");
            }
        }
        int limit = q.limit(Params.MAX_LIMIT);
        String cursor = q.text("cursor");
        if (cursor != null && cursor.isEmpty()) {
            q.refuse("cursor", "is not a cursor this API gave out");
        }
        q.validate();
        return new Range(from, to, type, issuer, limit, cursor, field, status, browsing);
    }
}
