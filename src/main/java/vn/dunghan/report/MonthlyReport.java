package vn.dunghan.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.dunghan.indicators.Report766;
import vn.dunghan.unit.Level;

/**
 * The periodic report of one unit (its subtree) for one period: docs/report.md. A closed period
 * with a snapshot shows the frozen figures ({@code source} SNAPSHOT) and lists what changed since
 * as adjustments; otherwise the figures are live, judged at the end of the window or today,
 * whichever comes first ({@code asOf}).
 */
public record MonthlyReport(
    String period,
    WindowView window,
    UnitRef unit,
    LocalDate asOf,
    boolean closed,
    Source source,
    ReportQueries.SnapshotInfo snapshot,
    List<ReportRow> rows,
    List<ReportRow> subtotals,
    ReportRow total,
    ProgressView progress,
    Report766 index766,
    Adjustments adjustments,
    /** The hierarchy the lines are grouped by: as-of-day (the default) or as-now. */
    String hierarchy,
    FormHeader form) {

  /**
   * What the printed form (Biểu số 06/VPCP/KSTT) says around the figures: the period in words, who
   * reports to whom, the place and day of signing and the head who signs.
   */
  public record FormHeader(
      String periodInWords,
      String reportingUnit,
      String receivingUnit,
      String place,
      LocalDate signedOn,
      Signer head) {}

  /** The head who signs the form (thủ trưởng đơn vị), as the unit record names them. */
  public record Signer(String name, String title) {}

  public enum Source {
    LIVE,
    SNAPSHOT
  }

  public record WindowView(ReportPeriod.Window kind, LocalDate from, LocalDate to) {}

  public record UnitRef(String code, String name) {}

  /**
   * The Biểu 06 shares per unit and in total (legal on-time share, online share of new dossiers);
   * the Decision 766 figures, by the index's own rules, are in {@code index766}: live from the
   * counters for the report's window and unit, whatever the snapshot.
   */
  public record ProgressView(List<Progress> units, Progress total) {}

  /**
   * How the live figures now differ from the snapshot: per row the columns that moved (live minus
   * frozen), the change of the total, and the dossiers and events recorded after the snapshot that
   * are dated inside the window.
   */
  public record Adjustments(
      OffsetDateTime comparedAt,
      List<Adjustment> rows,
      Map<String, Long> total,
      List<ReportQueries.Cause> causes,
      boolean causesTruncated) {}

  public record Adjustment(
      String unitCode,
      String unitName,
      Level level,
      String fieldCode,
      String fieldName,
      Map<String, Long> changes) {}
}
