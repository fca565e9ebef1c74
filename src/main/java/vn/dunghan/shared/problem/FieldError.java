package vn.dunghan.shared.problem;

/**
 * One invalid field of a request: {@code field} is the JSON path as the client wrote it (for
 * example {@code steps[2].allotment}).
 */
public record FieldError(String field, String message) {}
