package vn.gov.portal.directives;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.http.Params;
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
    record Range(LocalDate from, LocalDate to, String type, String issuer, int limit, String cursor,
                 String field, String status, boolean browsing) implements DirectiveQuery {

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

    static DirectiveQuery parse(Map<String, String> query) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : new TreeSet<>(query.keySet())) {
            if (!LATEST.contains(name) && !RANGE.contains(name) && !SYMBOL.contains(name)) {
                errors.add(new FieldError(name, "is not a known parameter"));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        if (query.containsKey("latest")) {
            only(query, "latest", LATEST);
            return new Latest(Params.integer("latest", query.get("latest"), 1, MAX_LATEST));
        }
        if (query.containsKey("symbol")) {
            only(query, "symbol", SYMBOL);
            String text = query.get("symbol");
            ParsedSymbol parsed = text.length() > 100 ? null : new DirectiveTitleParser().parseSymbol(text);
            if (parsed == null) {
                throw new DomainException.Invalid("symbol", "is not a document symbol such as 121/LĐTBXH-VP");
            }
            return new BySymbol(parsed.symbol());
        }
        if (query.isEmpty() || query.containsKey("from") != query.containsKey("to")) {
            throw new DomainException.Invalid("query", "give latest=N, from=YYYY-MM-DD&to=YYYY-MM-DD, symbol=, "
                    + "or the filters of the list (type, issuer, field, year, status, limit, cursor)");
        }
        return range(query);
    }

    /** Routes other than the list take no query parameters: any is refused, not ignored. */
    static void requireNone(Map<String, String> query) {
        if (!query.isEmpty()) {
            throw new DomainException.Invalid(new TreeSet<>(query.keySet()).stream()
                    .map(name -> new FieldError(name, "is not a known parameter")).toList());
        }
    }

    private static Range range(Map<String, String> query) {
        List<FieldError> errors = new ArrayList<>();
        boolean dated = query.containsKey("from");
        LocalDate from = dated ? day("from", query.get("from"), errors) : null;
        LocalDate to = dated ? day("to", query.get("to"), errors) : null;
        if (query.containsKey("year")) {
            if (dated) {
                errors.add(new FieldError("year", "cannot be combined with from and to"));
            } else {
                try {
                    int year = Params.integer("year", query.get("year"), 1945, 2100);
                    from = LocalDate.of(year, 1, 1);
                    to = LocalDate.of(year, 12, 31);
                } catch (DomainException.Invalid e) {
                    errors.addAll(e.errors());
                }
            }
        }
        String field = null;
        if (query.containsKey("field")) {
            field = VietnameseText.clean(query.get("field"));
            if (field.isEmpty() || field.length() > MAX_FIELD) {
                errors.add(new FieldError("field", "must be a field (lĩnh vực) such as " + DirectiveFields.KNOWN.getFirst()));
            }
        }
        String status = null;
        if (query.containsKey("status")) {
            status = DirectiveStatus.of(query.get("status")).map(DirectiveStatus::key).orElse(null);
            if (status == null) {
                errors.add(new FieldError("status", "must be one of: chua-co-hieu-luc, con-hieu-luc, het-hieu-luc"));
            }
        }
        boolean browsing = !dated || field != null || status != null;
        if (dated && from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(new FieldError("to", "must not be before from"));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_RANGE_DAYS) {
                errors.add(new FieldError("to", "the range must cover at most " + MAX_RANGE_DAYS + " days"));
            }
        }
        String type = null;
        if (query.containsKey("type")) {
            type = DirectiveRequest.knownType(query.get("type")).orElse(null);
            if (type == null) {
                errors.add(new FieldError("type", "must be one of: " + String.join(", ", DirectiveRequest.TYPE_NAMES)));
            }
        }
        String issuer = null;
        if (query.containsKey("issuer")) {
            issuer = VietnameseText.clean(query.get("issuer"));
            if (issuer.isEmpty() || issuer.length() > MAX_ISSUER) {
                errors.add(new FieldError("issuer", "must be an issuer code such as LĐTBXH"));
            }
        }
        int limit = Params.DEFAULT_LIMIT;
        if (query.containsKey("limit")) {
            try {
                limit = Params.integer("limit", query.get("limit"), 1, Params.MAX_LIMIT);
            } catch (DomainException.Invalid e) {
                errors.addAll(e.errors());
            }
        }
        String cursor = query.get("cursor");
        if (cursor != null && cursor.isEmpty()) {
            errors.add(new FieldError("cursor", "is not a cursor this API gave out"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        return new Range(from, to, type, issuer, limit, cursor, field, status, browsing);
    }

    private static void only(Map<String, String> query, String mode, Set<String> allowed) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : new TreeSet<>(query.keySet())) {
            if (!allowed.contains(name)) {
                errors.add(new FieldError(name, "cannot be combined with " + mode));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }

    private static LocalDate day(String field, String value, List<FieldError> errors) {
        try {
            return Dates.parseDay(field, value);
        } catch (DomainException.Invalid e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
