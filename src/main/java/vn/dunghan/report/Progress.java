package vn.dunghan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.dunghan.shared.Numbers;

/**
 * Decision 766/QĐ-TTg progress figures of one unit (or the total): the on-time share of resolved
 * dossiers and the share of new dossiers received online, each with its raw numerator and
 * denominator so that a province can apply whatever formula it is given (docs/report.md "Decision
 * 766": the exact formula was not found).
 */
public record Progress(String unitCode, String unitName, Share onTime, Share online) {

  public record Share(
      long numerator, long denominator, BigDecimal share, BigDecimal points, BigDecimal maxPoints) {

    static Share of(long numerator, long denominator, BigDecimal maxPoints) {
      BigDecimal share = ReportRow.rate(numerator, denominator);
      BigDecimal points =
          share == null
              ? null
              : Numbers.plain(share.multiply(maxPoints).setScale(2, RoundingMode.HALF_UP));
      return new Share(numerator, denominator, share, points, Numbers.plain(maxPoints));
    }
  }

  static Progress of(String unitCode, String unitName, Figures f, ReportConfig.Progress weights) {
    return new Progress(
        unitCode,
        unitName,
        Share.of(f.early() + f.onTime(), f.resolved(), weights.onTimePoints()),
        Share.of(f.newOnline(), f.newOnline() + f.newDirect(), weights.onlinePoints()));
  }
}
