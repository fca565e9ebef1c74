package vn.dunghan.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem body. Bad input is a 400 or a 422 naming the field;
 * only a genuine bug is a 500, and then the body carries an id to find the logged stack trace,
 * never the trace itself.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.problem(), uri);
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return respond(ProblemException.invalid(errors).problem(), uri);
  }

  /** Declared for the subclasses too: Quarkus REST has built-in mappers for them otherwise. */
  @ServerExceptionMapper
  public Response mismatchedInput(
      com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
    return unreadableJson(e, uri);
  }

  @ServerExceptionMapper
  public Response unmappable(com.fasterxml.jackson.databind.JsonMappingException e, UriInfo uri) {
    return unreadableJson(e, uri);
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    Problem problem = JsonProblems.of(e);
    if (problem.getDetail().startsWith("not valid JSON")) {
      problem =
          Problem.of(ProblemType.MALFORMED_REQUEST, "the request body is " + problem.getDetail());
    }
    return respond(problem, uri);
  }

  @ServerExceptionMapper
  public Response malformedUtf8(vn.dunghan.shared.web.Utf8.Malformed e, UriInfo uri) {
    return respond(Problem.of(ProblemType.MALFORMED_REQUEST, e.getMessage()), uri);
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    Throwable cause = e.getCause();
    if (cause instanceof vn.dunghan.shared.web.Utf8.Malformed) {
      return malformedUtf8((vn.dunghan.shared.web.Utf8.Malformed) cause, uri);
    }
    if (cause instanceof ProblemException) {
      // a parameter converter refused the value with its own problem (shared.web.DateParams)
      return respond(((ProblemException) cause).problem(), uri);
    }
    if (status == 404 && cause != null && cause != e && isConversionFailure(cause)) {
      // JAX-RS answers 404 when a query parameter does not convert; the client sent bad input.
      return respond(
          Problem.of(ProblemType.MALFORMED_REQUEST, "a query or path parameter has the wrong type"),
          uri);
    }
    if (cause instanceof JsonProcessingException) {
      return unreadableJson((JsonProcessingException) cause, uri);
    }
    ProblemType type = ProblemType.forStatus(status);
    String detail = status == 404 ? "no resource at " + uri.getPath() : e.getMessage();
    return respond(Problem.of(type, detail).withStatus(status), uri);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    if (DatabaseUnavailable.is(e)) {
      // Not a bug: the database is restarting or failing over. Nothing was committed.
      LOG.warnf("database unavailable on %s: %s", uri.getPath(), e.getMessage());
      Response problem =
          respond(
              Problem.of(
                  ProblemType.DATABASE_UNAVAILABLE,
                  "the database cannot be reached or cannot write at the moment (restart or"
                      + " failover); nothing was written, try again after "
                      + DatabaseUnavailable.RETRY_AFTER_SECONDS
                      + " seconds"),
              uri);
      return Response.fromResponse(problem)
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
          .build();
    }
    String id = UUID.randomUUID().toString();
    LOG.errorf(e, "unexpected failure %s on %s", id, uri.getPath());
    return respond(
        Problem.of(ProblemType.INTERNAL, "an unexpected error occurred; reference " + id)
            .with("errorId", id),
        uri);
  }

  private static boolean isConversionFailure(Throwable cause) {
    return cause instanceof NumberFormatException
        || cause instanceof IllegalArgumentException
        || cause instanceof java.time.format.DateTimeParseException;
  }

  /**
   * The answer for {@code problem}: its status, {@code application/problem+json}, and the request
   * path as its instance when it names none. For mappers and resources outside this class too.
   */
  public static Response respond(Problem problem, UriInfo uri) {
    Problem body = problem.getInstance() == null ? problem.withInstance(uri.getPath()) : problem;
    return Response.status(body.getStatus()).type(Problem.MEDIA_TYPE).entity(body).build();
  }

  /**
   * The request field a violation is about, as the client wrote it: {@code create.request.steps[1]
   * .allotment} becomes {@code steps[1].allotment}; a violated query parameter keeps its name.
   */
  private static String fieldOf(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = new ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    nodes.removeIf(
        n -> n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.CONSTRUCTOR);
    if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
      nodes.remove(0);
    }
    StringBuilder field = new StringBuilder();
    for (Path.Node node : nodes) {
      if (node.getIndex() != null && field.length() > 0) {
        field.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        continue;
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
    }
    return field.toString();
  }
}
