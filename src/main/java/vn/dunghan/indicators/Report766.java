package vn.dunghan.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/indicators/766}: the indicators per unit and for the whole scope. */
public record Report766(
    LocalDate from,
    LocalDate to,
    String unit,
    String groupBy,
    List<Row> rows,
    Row total,
    List<NotAvailable> notAvailable) {

  /** One unit with the units below it (or the whole scope, in {@code total}). */
  public record Row(
      String unitCode,
      String unitName,
      List<Value> indicators,
      BigDecimal points,
      BigDecimal maxPoints) {}

  /**
   * One indicator: {@code ratio} null when the denominator is 0 (N/A); {@code points} null then,
   * and for the indicators shown without points (2.2 is an average in working days).
   */
  public record Value(
      String id,
      String name,
      long numerator,
      long denominator,
      BigDecimal ratio,
      BigDecimal points,
      BigDecimal maxPoints,
      BigDecimal fullAt,
      String formula) {}

  /** An indicator of the decision this service cannot compute, and the system that holds it. */
  public record NotAvailable(String id, int maxPoints, String heldBy) {}
}
