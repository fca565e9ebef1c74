package vn.dunghan.shared.problem;

import java.net.URI;

/** The problem types this service answers with; their URIs are stable and listed in docs/api.md. */
public enum ProblemType {
  MALFORMED_REQUEST(400, "malformed-request", "The request could not be read"),
  UNAUTHORIZED(401, "unauthorized", "Authentication is required"),
  FORBIDDEN(403, "forbidden", "Not allowed"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
  CONFLICT(409, "conflict", "Conflict with the current state"),
  ILLEGAL_TRANSITION(409, "illegal-transition", "The event is not allowed in the current status"),
  IDEMPOTENCY_MISMATCH(409, "idempotency-mismatch", "Same code, different content"),
  PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed since it was read"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
  URI_TOO_LONG(414, "uri-too-long", "The URL is too long"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  VALIDATION(422, "validation", "The request is not valid"),
  NOT_RECEIVED(422, "not-received", "The dossier has not been received yet"),
  TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
  HEADERS_TOO_LARGE(431, "headers-too-large", "The request headers are too large"),
  INTERNAL(500, "internal", "Internal error"),
  DATABASE_UNAVAILABLE(503, "database-unavailable", "The database is not reachable right now");

  private static final String BASE = "https://dunghan.vn/problems/";

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public URI uri() {
    return URI.create(BASE + slug);
  }

  /** The type whose status is {@code status}, for errors raised by the HTTP layer itself. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
  }
}
