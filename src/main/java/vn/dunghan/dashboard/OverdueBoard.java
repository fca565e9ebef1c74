package vn.dunghan.dashboard;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.sla.OverdueRow;
import vn.dunghan.sla.SlaService;

/**
 * Open overdue dossiers as of today, from the overdue list of the API: its first page with the
 * accountable heads, and the units (holding the dossier) and fields with most of them, counted over
 * all its pages.
 */
@ApplicationScoped
class OverdueBoard {

  /** Overdue dossiers listed on the page (the API pages through all of them). */
  static final int LISTED = 20;

  /** Units and fields shown in the rankings. */
  static final int TOP = 10;

  /** The rankings count at most this many overdue dossiers (50 pages of the overdue list). */
  static final int COUNTED = 10_000;

  private final SlaService sla;

  OverdueBoard(SlaService sla) {
    this.sla = sla;
  }

  DashboardView.Overdue overdue(String unit, Map<String, String> fieldNames) {
    Page<OverdueRow> first = sla.open(true, null, null, unit, new PageRequest(0, LISTED));
    List<DashboardView.OverdueLine> rows = new ArrayList<>();
    for (OverdueRow r : first.items()) {
      rows.add(
          new DashboardView.OverdueLine(
              r.code(),
              r.procedureCode(),
              fieldNames.getOrDefault(r.fieldCode(), r.fieldCode()),
              VnFormat.level(r.level()),
              r.holdingUnitCode(),
              r.holdingUnitName(),
              r.accountableHead().name(),
              r.accountableHead().title(),
              r.accountableHead().email(),
              VnFormat.date(r.receivedAt().atZoneSameInstant(TimeSource.ZONE).toLocalDate()),
              VnFormat.date(r.dueDate()),
              VnFormat.count(r.overdueWorkingDays())));
    }
    Map<String, Long> byUnit = new HashMap<>();
    Map<String, String> unitNames = new HashMap<>();
    Map<String, Long> byField = new HashMap<>();
    long counted = 0;
    int size = PageRequest.MAX_SIZE;
    for (int page = 0; counted < Math.min(first.total(), COUNTED); page++) {
      List<OverdueRow> items =
          sla.open(true, null, null, unit, new PageRequest(page, size)).items();
      for (OverdueRow r : items) {
        byUnit.merge(r.holdingUnitCode(), 1L, Long::sum);
        unitNames.putIfAbsent(r.holdingUnitCode(), r.holdingUnitName());
        byField.merge(r.fieldCode(), 1L, Long::sum);
      }
      counted += items.size();
      if (items.size() < size) {
        break;
      }
    }
    List<DashboardView.CountLine> topUnits = top(byUnit, unitNames);
    List<DashboardView.CountLine> topFields = top(byField, fieldNames);
    String note =
        counted < first.total()
            ? "Xếp hạng tính trên "
                + VnFormat.count(counted)
                + " trong "
                + VnFormat.count(first.total())
                + " hồ sơ quá hạn (những hồ sơ quá hạn gần nhất)."
            : "Xếp hạng tính trên toàn bộ " + VnFormat.count(counted) + " hồ sơ quá hạn.";
    return new DashboardView.Overdue(
        VnFormat.count(first.total()),
        rows,
        first.total() > rows.size(),
        new RawString(
            SvgCharts.countBars(
                "top-units",
                "Đơn vị có nhiều hồ sơ quá hạn nhất",
                "hồ sơ quá hạn",
                SvgCharts.RED,
                countBars(topUnits, byUnit))),
        topUnits,
        new RawString(
            SvgCharts.countBars(
                "top-fields",
                "Lĩnh vực có nhiều hồ sơ quá hạn nhất",
                "hồ sơ quá hạn",
                SvgCharts.RED,
                countBars(topFields, byField))),
        topFields,
        note);
  }

  /** The largest counts first; ties by code so that the page is the same on every load. */
  private static List<DashboardView.CountLine> top(
      Map<String, Long> counts, Map<String, String> names) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .map(
            e ->
                new DashboardView.CountLine(
                    e.getKey(),
                    names.getOrDefault(e.getKey(), e.getKey()),
                    VnFormat.count(e.getValue())))
        .toList();
  }

  private static List<SvgCharts.CountBar> countBars(
      List<DashboardView.CountLine> lines, Map<String, Long> counts) {
    return lines.stream()
        .map(l -> new SvgCharts.CountBar(l.key(), l.name(), counts.get(l.key())))
        .toList();
  }
}
