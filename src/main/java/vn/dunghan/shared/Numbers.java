package vn.dunghan.shared;

import java.math.BigDecimal;

/** How amounts of working days and rates are shown: 10 not 10.0 or 1E+1, 0.5 not 0.50. */
public final class Numbers {

  private Numbers() {}

  public static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** numerator / denominator to 4 decimals, shown plain; null when the denominator is 0. */
  public static BigDecimal ratio(long numerator, long denominator) {
    if (denominator == 0) {
      return null;
    }
    return plain(
        BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), 4, java.math.RoundingMode.HALF_UP));
  }
}
