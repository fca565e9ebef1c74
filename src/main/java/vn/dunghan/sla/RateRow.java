package vn.dunghan.sla;

import java.math.BigDecimal;
import vn.dunghan.shared.Numbers;

/**
 * On-time figures of one group of dossiers resolved in a window. On-time rate = (early + on time) /
 * resolved, the usual practice of provincial portals (docs/sla.md "SLA definitions": the formula is
 * not fixed by the circulars, so numerator and denominator are returned for anyone to check).
 */
public record RateRow(
    String key,
    String name,
    long resolved,
    long early,
    long onTime,
    long late,
    long numerator,
    long denominator,
    BigDecimal onTimeRate) {

  public static RateRow of(String key, String name, long early, long onTime, long late) {
    long resolved = early + onTime + late;
    long numerator = early + onTime;
    BigDecimal rate = Numbers.ratio(numerator, resolved);
    return new RateRow(key, name, resolved, early, onTime, late, numerator, resolved, rate);
  }

  /** The sum of two groups, as one row. */
  public RateRow plus(RateRow other, String newKey, String newName) {
    return of(newKey, newName, early + other.early, onTime + other.onTime, late + other.late);
  }
}
