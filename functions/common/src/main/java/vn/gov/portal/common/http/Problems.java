package vn.gov.portal.common.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Json;

/** RFC 9457 problem+json responses; the one place where domain errors become status codes. */
public final class Problems {

    private static final String TYPE_BASE = "https://portal.example.gov.vn/problems/";

    private Problems() {}

    public static ApiResponse from(DomainException error) {
        return switch (error) {
            case DomainException.Invalid e ->
                problem(400, "invalid-request", "Invalid request", e.getMessage(), e.errors(), null);
            case DomainException.TooLarge e ->
                problem(413, "too-large", "Request body too large", e.getMessage(), null, null);
            case DomainException.Unprocessable e ->
                problem(422, "unprocessable", "Request cannot be accepted", e.getMessage(), e.errors(), null);
            case DomainException.NotFound e -> problem(404, "not-found", "Not found", e.getMessage(), null, null);
            case DomainException.Conflict e -> problem(409, "conflict", "Conflict", e.getMessage(), null, null);
            case DomainException.Unauthorized e ->
                problem(401, "unauthorized", "Unauthorized", e.getMessage(), null, null);
            case DomainException.Forbidden e -> problem(403, "forbidden", "Forbidden", e.getMessage(), null, null);
            case DomainException.RateLimited e ->
                problem(429, "rate-limited", "Too many requests", e.getMessage(), null, e.retryAfter());
            case DomainException.Unavailable e ->
                problem(503, "unavailable", "Service unavailable", e.getMessage(), null, e.retryAfter());
        };
    }

    public static ApiResponse internalError(String requestId) {
        return problem(
                500,
                "internal",
                "Internal error",
                "The server could not complete the request. Reference: " + requestId,
                null,
                null);
    }

    public static ApiResponse problem(
            int status, String slug, String title, String detail, List<FieldError> errors, Duration retryAfter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors); // FieldError records: {"field", "message"}
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", ApiResponse.PROBLEM_JSON);
        headers.put("cache-control", "no-store");
        if (retryAfter != null) {
            headers.put("retry-after", Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        return new ApiResponse(status, headers, Json.write(body));
    }
}
