package vn.gov.portal.common.http;

import vn.gov.portal.common.DomainException;

/** Query parameters shared by the list routes. */
public final class Params {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Params() {}

    /** {@code limit}: 1..max, default 20. */
    public static int limit(ApiRequest request, int max) {
        return request.query("limit").map(v -> integer("limit", v, 1, max)).orElse(Math.min(DEFAULT_LIMIT, max));
    }

    public static int integer(String field, String value, int min, int max) {
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            throw new DomainException.Invalid(field, "must be an integer from " + min + " to " + max);
        }
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
            throw new DomainException.Invalid(field, "must be an integer from " + min + " to " + max);
        }
        return n;
    }
}
