package vn.gov.portal.common;

import java.time.Duration;
import java.util.List;

/**
 * The small, closed set of ways a domain operation can refuse. Domain classes throw these; the
 * HTTP layer maps each to one problem+json status in one place ({@code http.Problems}).
 */
public abstract sealed class DomainException extends RuntimeException {

    protected DomainException(String detail) {
        super(detail, null, false, false);
    }

    /** The request is malformed or a field is invalid (400). */
    public static final class Invalid extends DomainException {
        private final List<FieldError> errors;

        public Invalid(List<FieldError> errors) {
            super(errors.isEmpty() ? "The request is invalid." : summary(errors));
            this.errors = List.copyOf(errors);
        }

        public Invalid(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }

        public List<FieldError> errors() {
            return errors;
        }

        private static String summary(List<FieldError> errors) {
            FieldError first = errors.getFirst();
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
            return first.field() + ": " + first.message() + more;
        }
    }

    /** The body is larger than the route accepts (413). */
    public static final class TooLarge extends DomainException {
        public TooLarge(String detail) {
            super(detail);
        }
    }

    /** The request is well formed but cannot be accepted as it stands, e.g. a wrong captcha (422). */
    public static final class Unprocessable extends DomainException {
        private final List<FieldError> errors;

        public Unprocessable(String field, String message) {
            super(message);
            this.errors = List.of(new FieldError(field, message));
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    /** Nothing by that id (404). */
    public static final class NotFound extends DomainException {
        public NotFound(String detail) {
            super(detail);
        }
    }

    /** The state forbids it, e.g. a second vote (409). */
    public static final class Conflict extends DomainException {
        public Conflict(String detail) {
            super(detail);
        }
    }

    /** No valid credentials (401). */
    public static final class Unauthorized extends DomainException {
        public Unauthorized(String detail) {
            super(detail);
        }
    }

    /** Valid credentials without the right to do this (403). */
    public static final class Forbidden extends DomainException {
        public Forbidden(String detail) {
            super(detail);
        }
    }

    /** Too many requests from one client (429). */
    public static final class RateLimited extends DomainException {
        private final Duration retryAfter;

        public RateLimited(String detail, Duration retryAfter) {
            super(detail);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** A dependency is down; the client may retry (503). */
    public static final class Unavailable extends DomainException {
        private final Duration retryAfter;

        public Unavailable(String detail, Duration retryAfter) {
            super(detail);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
