package vn.gov.portal.common.http;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;

/**
 * Reads a list route's query string and collects every refusal, so a client learns all that is
 * wrong in one 400 rather than one field per round trip. A name the route does not know is refused
 * before any value is read (all such names at once, sorted): the rest of the query may mean
 * something else than the client thinks.
 */
public final class QueryParameters {

    private final Map<String, String> query;
    private final List<FieldError> errors = new ArrayList<>();

    private QueryParameters(Map<String, String> query) {
        this.query = query;
    }

    /** The query, after refusing every name not in {@code known}. */
    public static QueryParameters read(Map<String, String> query, Set<String> known) {
        List<FieldError> unknown = new TreeSet<>(query.keySet())
                .stream()
                        .filter(name -> !known.contains(name))
                        .map(name -> new FieldError(name, "is not a known parameter"))
                        .toList();
        if (!unknown.isEmpty()) {
            throw new DomainException.Invalid(unknown);
        }
        return new QueryParameters(query);
    }

    /** Routes other than a list take no query parameters: any is refused, not ignored. */
    public static void requireNone(Map<String, String> query) {
        read(query, Set.of());
    }

    public boolean has(String name) {
        return query.containsKey(name);
    }

    public boolean isEmpty() {
        return query.isEmpty();
    }

    /** The value as given, or null when absent. */
    public String text(String name) {
        return query.get(name);
    }

    /** A Vietnam calendar day {@code YYYY-MM-DD}; null when absent or refused. */
    public LocalDate day(String name) {
        return has(name) ? collect(() -> Dates.parseDay(name, query.get(name))) : null;
    }

    /** An integer in {@code min..max}; {@code absent} when not given, null when refused. */
    public Integer integer(String name, int min, int max, Integer absent) {
        return has(name) ? collect(() -> Params.integer(name, query.get(name), min, max)) : absent;
    }

    /** {@code limit}: 1..max, default {@link Params#DEFAULT_LIMIT}; the default when refused (the query fails anyway). */
    public int limit(int max) {
        Integer limit = integer("limit", 1, max, Math.min(Params.DEFAULT_LIMIT, max));
        return limit == null ? Params.DEFAULT_LIMIT : limit;
    }

    /** Refuses {@code to} before {@code from}, or a range of more than {@code maxDays} days (inclusive); nothing when either is null. */
    public void refuseLongRange(LocalDate from, LocalDate to, int maxDays) {
        if (from == null || to == null) {
            return;
        }
        if (to.isBefore(from)) {
            refuse("to", "must not be before from");
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
            refuse("to", "the range must cover at most " + maxDays + " days");
        }
    }

    /** Refuses a field; the query fails at {@link #validate()} with every other refusal. */
    public void refuse(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Refuses each given name but {@code allowed} (sorted): the parameters of one mode do not mix with another's. */
    public void refuseAllBut(Set<String> allowed, String message) {
        new TreeSet<>(query.keySet())
                .stream().filter(name -> !allowed.contains(name)).forEach(name -> refuse(name, message));
    }

    /** Throws one 400 listing every refusal so far, in the order they were found. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }

    private <T> T collect(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainException.Invalid e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
