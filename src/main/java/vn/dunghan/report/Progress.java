package vn.dunghan.report;

import java.math.BigDecimal;

/**
 * The Biểu 06 shares beside the report's columns, per unit and in total: resolved on time by the
 * legal rule (Decree 61/2018) over resolved, and new dossiers received online over new dossiers.
 * They are not Decision 766 points: the index judges on time by its own rule and weighs online
 * dossiers of eligible procedures only; its figures are in the report's {@code index766} section.
 */
public record Progress(String unitCode, String unitName, Share onTime, Share online) {

  public record Share(long numerator, long denominator, BigDecimal share) {

    static Share of(long numerator, long denominator) {
      return new Share(numerator, denominator, ReportRow.rate(numerator, denominator));
    }
  }

  static Progress of(String unitCode, String unitName, Figures f) {
    return new Progress(
        unitCode,
        unitName,
        Share.of(f.early() + f.onTime(), f.resolved()),
        Share.of(f.newOnline(), f.newOnline() + f.newDirect()));
  }
}
