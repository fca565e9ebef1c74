package vn.dunghan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dunghan.unit.Level;

/**
 * Lays figures per unit and field out as the report shows them: rows grouped by level (provincial
 * departments, districts, communes, as the form groups them) then field; subtotals per level and
 * field, per level, and per unit; a grand total. Plain Java: the same code lays out live figures
 * and snapshots.
 */
public final class ReportLayout {

  private ReportLayout() {}

  /** Figures of one unit and field, with the names to show. */
  public record Line(
      String unitCode,
      String unitName,
      Level level,
      String fieldCode,
      String fieldName,
      Figures figures) {}

  public record Laid(
      List<ReportRow> rows,
      List<ReportRow> subtotals,
      ReportRow total,
      List<Progress> progress,
      Progress progressTotal) {}

  private static final Comparator<Line> ORDER =
      Comparator.comparing(Line::level)
          .thenComparing(Line::fieldCode)
          .thenComparing(Line::unitCode);

  public static Laid lay(List<Line> input) {
    List<Line> lines = new ArrayList<>(input);
    lines.removeIf(l -> l.figures().isZero());
    lines.sort(ORDER);
    List<ReportRow> rows = new ArrayList<>(lines.size());
    Map<Level, Map<String, Figures>> byLevelField = new TreeMap<>();
    Map<String, String> fieldNames = new LinkedHashMap<>();
    Map<Level, Figures> byLevel = new TreeMap<>();
    Map<String, Line> byUnit = new TreeMap<>();
    Figures total = Figures.ZERO;
    for (Line l : lines) {
      Figures f = l.figures();
      rows.add(
          ReportRow.of(l.unitCode(), l.unitName(), l.level(), l.fieldCode(), l.fieldName(), f));
      byLevelField
          .computeIfAbsent(l.level(), k -> new TreeMap<>())
          .merge(l.fieldCode(), f, Figures::plus);
      fieldNames.putIfAbsent(l.fieldCode(), l.fieldName());
      byLevel.merge(l.level(), f, Figures::plus);
      byUnit.merge(
          l.unitCode(),
          new Line(l.unitCode(), l.unitName(), l.level(), null, null, f),
          (a, b) ->
              new Line(
                  a.unitCode(),
                  a.unitName(),
                  a.level(),
                  null,
                  null,
                  a.figures().plus(b.figures())));
      total = total.plus(f);
    }
    List<ReportRow> subtotals = new ArrayList<>();
    for (Map.Entry<Level, Map<String, Figures>> level : byLevelField.entrySet()) {
      for (Map.Entry<String, Figures> field : level.getValue().entrySet()) {
        subtotals.add(
            ReportRow.of(
                null,
                null,
                level.getKey(),
                field.getKey(),
                fieldNames.get(field.getKey()),
                field.getValue()));
      }
      subtotals.add(
          ReportRow.of(null, null, level.getKey(), null, null, byLevel.get(level.getKey())));
    }
    List<Line> units = new ArrayList<>(byUnit.values());
    units.sort(Comparator.comparing(Line::level).thenComparing(Line::unitCode));
    List<Progress> progress = new ArrayList<>();
    for (Line u : units) {
      subtotals.add(ReportRow.of(u.unitCode(), u.unitName(), u.level(), null, null, u.figures()));
      progress.add(Progress.of(u.unitCode(), u.unitName(), u.figures()));
    }
    return new Laid(
        rows,
        subtotals,
        ReportRow.of(null, null, null, null, null, total),
        progress,
        Progress.of(null, null, total));
  }
}
