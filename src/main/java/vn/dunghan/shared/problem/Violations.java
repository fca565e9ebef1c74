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
