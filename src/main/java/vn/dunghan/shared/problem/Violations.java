package vn.dunghan.shared.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects the field errors of one request so that a client learns all of them at once. */
public final class Violations {

  private final List<FieldError> errors = new ArrayList<>();

  public Violations add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /** Whether {@code field} already has an error. */
  public boolean has(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws a 422 problem listing every error collected, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(List.copyOf(errors));
    }
  }
}
