package vn.dunghan.shared;

import vn.dunghan.shared.problem.ProblemException;

/** Optimistic concurrency for writers that were told which version the caller read. */
public final class Versions {

  private Versions() {}

  /**
   * A 412 when the caller read {@code expected} and the stored {@code what} is now at {@code
   * actual}.
   */
  public static void check(String what, long actual, Long expected) {
    if (expected != null && expected != actual) {
      throw ProblemException.preconditionFailed(
          what + " is at version " + actual + ", not " + expected);
    }
  }
}
