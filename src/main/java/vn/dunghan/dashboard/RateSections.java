package vn.dunghan.dashboard;

import io.quarkus.qute.RawString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dunghan.sla.RateRow;

/** The on-time rates of a window by level or by field, as a bar chart and a table. */
final class RateSections {

  private RateSections() {}

  static DashboardView.RateSection byLevel(List<RateRow> rows) {
    return section("by-level", "Tỷ lệ đúng hạn theo cấp", levelsInOrder(rows), true);
  }

  /** Fields with most resolved dossiers first. */
  static DashboardView.RateSection byField(List<RateRow> rows) {
    List<RateRow> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingLong(RateRow::resolved).reversed());
    return section("by-field", "Tỷ lệ đúng hạn theo lĩnh vực", sorted, false);
  }

  private static DashboardView.RateSection section(
      String id, String title, List<RateRow> rows, boolean levels) {
    List<DashboardView.RateLine> lines = new ArrayList<>();
    List<SvgCharts.RateBar> bars = new ArrayList<>();
    RateRow total = RateRow.of("TOTAL", "Tổng cộng", 0, 0, 0);
    for (RateRow r : rows) {
      String name = levels ? VnFormat.level(r.key()) : r.name();
      lines.add(line(r, name));
      bars.add(
          new SvgCharts.RateBar(
              r.key(),
              name,
              r.onTimeRate(),
              VnFormat.count(r.numerator())
                  + "/"
                  + VnFormat.count(r.denominator())
                  + " hồ sơ trước hạn và đúng hạn"));
      total = total.plus(r, "TOTAL", "Tổng cộng");
    }
    return new DashboardView.RateSection(
        new RawString(SvgCharts.rateBars(id, title, bars)), lines, line(total, "Tổng cộng"));
  }

  static DashboardView.RateLine line(RateRow r, String name) {
    return new DashboardView.RateLine(
        r.key(),
        name,
        VnFormat.count(r.resolved()),
        VnFormat.count(r.early()),
        VnFormat.count(r.onTime()),
        VnFormat.count(r.late()),
        VnFormat.percent(r.onTimeRate()),
        SvgCharts.colour(r.onTimeRate()));
  }

  private static List<RateRow> levelsInOrder(List<RateRow> rows) {
    List<String> order = List.of("PROVINCE", "DISTRICT", "COMMUNE");
    List<RateRow> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt(r -> order.indexOf(r.key())));
    return sorted;
  }
}
