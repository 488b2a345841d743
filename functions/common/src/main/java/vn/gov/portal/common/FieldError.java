package vn.gov.portal.common;

/** One reason a field was refused, as shown to the client. */
public record FieldError(String field, String message) {}
