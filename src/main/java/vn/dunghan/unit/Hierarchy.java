package vn.dunghan.unit;

import java.util.Locale;
import vn.dunghan.shared.problem.ProblemException;

/**
 * Which hierarchy a period's figures are grouped by (the {@code hierarchy} parameter): the one
 * valid on each day ({@code as-of-day}, the default: a commune's June figures stay under its
 * district) or today's ({@code as-now}: a 2024 report read as the province is now, closed units
 * under their successors).
 */
public enum Hierarchy {
  AS_OF_DAY,
  AS_NOW;

  /** The parameter's value; null or blank is {@link #AS_OF_DAY}; anything else a 422. */
  public static Hierarchy parse(String text) {
    if (text == null || text.isBlank()) {
      return AS_OF_DAY;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "as-of-day" -> AS_OF_DAY;
      case "as-now" -> AS_NOW;
      default -> throw ProblemException.invalid("hierarchy", "must be as-of-day or as-now");
    };
  }

  /** The parameter's spelling. */
  public String parameter() {
    return this == AS_OF_DAY ? "as-of-day" : "as-now";
  }
}
