package vn.dunghan.shared.problem;

import java.util.List;

/**
 * A failure that has a problem response. Domain code throws the factory results; the mapper in
 * {@link ProblemMappers} writes them. No stack trace or class name ever reaches a client.
 */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.getDetail(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException notFound(String what, String key) {
    return new ProblemException(
        Problem.of(ProblemType.NOT_FOUND, what + " '" + key + "' not found"));
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(Problem.of(ProblemType.CONFLICT, detail));
  }

  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  public static ProblemException invalid(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid";
    return new ProblemException(Problem.of(ProblemType.VALIDATION, detail).with("errors", errors));
  }

  public static ProblemException malformed(String detail) {
    return new ProblemException(Problem.of(ProblemType.MALFORMED_REQUEST, detail));
  }

  public static ProblemException preconditionFailed(String detail) {
    return new ProblemException(Problem.of(ProblemType.PRECONDITION_FAILED, detail));
  }
}
