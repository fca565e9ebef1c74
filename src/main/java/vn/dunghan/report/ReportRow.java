package vn.dunghan.report;

import java.math.BigDecimal;
import vn.dunghan.shared.Numbers;
import vn.dunghan.unit.Level;

/**
 * One line of the report as the API shows it (docs/report.md). Subtotal lines leave {@code
 * unitCode} or {@code fieldCode} null: per unit (field null), per level and field (unit null), per
 * level (both null); the grand total has no level either.
 */
public record ReportRow(
    String unitCode,
    String unitName,
    Level level,
    String fieldCode,
    String fieldName,
    Received received,
    Resolved resolved,
    InProgress inProgress,
    long withdrawn,
    long rejected,
    long awaitingSupplement,
    long suspended,
    BigDecimal onTimeRate) {

  public record Received(long total, long newOnline, long newDirect, long carriedOver) {}

  public record Resolved(long total, long early, long onTime, long late) {}

  public record InProgress(long total, long notDue, long overdue) {}

  public static ReportRow of(
      String unitCode,
      String unitName,
      Level level,
      String fieldCode,
      String fieldName,
      Figures f) {
    return new ReportRow(
        unitCode,
        unitName,
        level,
        fieldCode,
        fieldName,
        new Received(f.received(), f.newOnline(), f.newDirect(), f.carriedOver()),
        new Resolved(f.resolved(), f.early(), f.onTime(), f.late()),
        new InProgress(f.inProgress(), f.notDue(), f.overdue()),
        f.withdrawn(),
        f.rejected(),
        f.awaitingSupplement(),
        f.suspended(),
        rate(f.early() + f.onTime(), f.resolved()));
  }

  /** The figures back from the row (for exports and checks). */
  public Figures figures() {
    return new Figures(
        received.newOnline,
        received.newDirect,
        received.carriedOver,
        resolved.early,
        resolved.onTime,
        resolved.late,
        inProgress.total,
        inProgress.overdue,
        withdrawn,
        rejected,
        awaitingSupplement,
        suspended);
  }

  /**
   * On-time rate = (early + on time) / resolved, the practice of provincial portals (docs/sla.md
   * "SLA definitions"; no circular fixes the formula); null when nothing was resolved.
   */
  static BigDecimal rate(long numerator, long denominator) {
    return Numbers.ratio(numerator, denominator);
  }
}
