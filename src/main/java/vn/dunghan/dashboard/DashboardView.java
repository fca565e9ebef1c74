package vn.dunghan.dashboard;

import io.quarkus.qute.RawString;
import java.util.List;

/**
 * What the dashboard template shows, already worded and formatted in Vietnamese: the template only
 * lays it out. {@code errors} is set (and the sections null) when the query could not be answered.
 */
public record DashboardView(
    Form form,
    String scope,
    String windowLabel,
    String generatedAt,
    String today,
    List<String> errors,
    Tiles tiles,
    RateSection byLevel,
    RateSection byField,
    Trend trend,
    Overdue overdue,
    Attribution attribution,
    Index index,
    List<Download> downloads) {

  /** Biểu 06 of one period in the three files a unit can print or re-use. */
  public record Download(String period, String label, String xlsx, String pdf, String csv) {}

  /** The filter form as the user filled it (to show it again). */
  public record Form(String period, String window, String from, String to, String unit) {}

  /**
   * The headline figures. Received and in progress come from the periodic report (Biểu 06) and
   * exist only when the window is a reporting period ({@code received} null otherwise).
   */
  public record Tiles(
      String onTimeRate,
      String onTimeColour,
      String numerator,
      String denominator,
      String resolved,
      String late,
      String received,
      String receivedOnline,
      String carriedOver,
      String inProgress,
      String inProgressAsOf,
      String overdueNow) {}

  /** One group of resolved dossiers: a level or a field. */
  public record RateLine(
      String key,
      String name,
      String resolved,
      String early,
      String onTime,
      String late,
      String onTimeRate,
      String colour) {}

  public record RateSection(RawString chart, List<RateLine> rows, RateLine total) {}

  public record TrendLine(
      String key, String label, String window, String resolved, String onTimeRate) {}

  public record Trend(RawString chart, List<TrendLine> months, String axisNote) {}

  /** A unit or field and its open overdue dossiers. */
  public record CountLine(String key, String name, String count) {}

  public record OverdueLine(
      String code,
      String procedureCode,
      String field,
      String level,
      String unitCode,
      String unitName,
      String headName,
      String headTitle,
      String headEmail,
      String receivedAt,
      String dueDate,
      String overdueWorkingDays) {}

  /**
   * Open overdue dossiers as of today: the first {@code rows} of {@code total} (newest breach
   * first) and the units and fields holding most of them, counted over {@code counted} dossiers.
   */
  public record Overdue(
      String total,
      List<OverdueLine> rows,
      boolean more,
      RawString unitChart,
      List<CountLine> topUnits,
      RawString fieldChart,
      List<CountLine> topFields,
      String countNote) {}

  public record AttributionLine(
      String key, String name, String lateDossiers, String workingDays, String fallbackDays) {}

  public record Attribution(RawString chart, List<AttributionLine> rows, String more) {}

  /**
   * Decision 766 over the window (the indicators computable from dossier data): per unit of the
   * scope the points, the maximum they could give and the points lost, most lost first; the on-time
   * share of indicator 2.1 by the index's own rule.
   */
  public record IndexLine(
      String key, String name, String points, String maxPoints, String lost, String onTime) {}

  public record Index(List<IndexLine> rows, IndexLine total, String more) {}
}
