package vn.dunghan.dashboard;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dunghan.procedure.FieldService;
import vn.dunghan.procedure.FieldView;
import vn.dunghan.report.MonthlyReport;
import vn.dunghan.report.ReportPeriod;
import vn.dunghan.report.ReportRow;
import vn.dunghan.report.ReportService;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.sla.AttributionRow;
import vn.dunghan.sla.Grouping;
import vn.dunghan.sla.OverdueRow;
import vn.dunghan.sla.RateRow;
import vn.dunghan.sla.SlaService;
import vn.dunghan.unit.AdministrativeUnit;
import vn.dunghan.unit.UnitService;

/**
 * The leaders' dashboard, put together from the same reads the API serves (on-time rates, overdue
 * list, delay attribution, the periodic report): every figure on the page is one an integrator can
 * fetch and check. It reads nothing of its own.
 */
@ApplicationScoped
public class DashboardService {

  /** Overdue dossiers listed on the page (the API pages through all of them). */
  static final int OVERDUE_LISTED = 20;

  /** Units, fields and attribution rows shown in the rankings. */
  static final int TOP = 10;

  /** The rankings count at most this many overdue dossiers (50 pages of the overdue list). */
  static final int OVERDUE_COUNTED = 10_000;

  static final int MONTHS = 12;

  private static final String ALL = "Toàn tỉnh";

  private final SlaService sla;
  private final ReportService reports;
  private final FieldService fields;
  private final UnitService units;
  private final Clock clock;

  DashboardService(
      SlaService sla, ReportService reports, FieldService fields, UnitService units, Clock clock) {
    this.sla = sla;
    this.reports = reports;
    this.fields = fields;
    this.units = units;
    this.clock = clock;
  }

  /** The query parameters of the page, as typed. */
  public record Query(String period, String window, String from, String to, String unit) {}

  public DashboardView view(Query q) {
    OffsetDateTime now = clock.instant().atZone(TimeSource.ZONE).toOffsetDateTime();
    LocalDate today = now.toLocalDate();
    DashboardView.Form form = new DashboardView.Form(q.period, q.window, q.from, q.to, q.unit);
    String unit = q.unit == null || q.unit.isBlank() ? null : q.unit.strip();
    Optional<AdministrativeUnit> scope = unit == null ? Optional.empty() : units.find(unit);
    DashboardWindow window;
    try {
      if (unit != null && scope.isEmpty()) {
        throw new DashboardWindow.Invalid(List.of("Không có đơn vị mã “" + unit + "”."));
      }
      window = DashboardWindow.of(q.period, q.window, q.from, q.to, today);
    } catch (DashboardWindow.Invalid e) {
      return new DashboardView(
          form,
          scope.map(AdministrativeUnit::name).orElse(ALL),
          null,
          VnFormat.moment(now),
          VnFormat.date(today),
          e.messages(),
          null,
          null,
          null,
          null,
          null,
          null);
    }
    Map<String, String> fieldNames = fieldNames();
    SlaService.Rates byLevel =
        sla.rates(window.from(), window.to(), Grouping.LEVEL, null, null, unit);
    SlaService.Rates byField =
        sla.rates(window.from(), window.to(), Grouping.FIELD, null, null, unit);
    DashboardView.Overdue overdue = overdue(unit, fieldNames);
    return new DashboardView(
        form,
        scope.map(AdministrativeUnit::name).orElse(ALL),
        window.label(),
        VnFormat.moment(now),
        VnFormat.date(today),
        List.of(),
        tiles(window, unit, byLevel.total(), overdue.total(), today),
        rateSection("by-level", "Tỷ lệ đúng hạn theo cấp", levelsInOrder(byLevel.rows()), true),
        rateSection(
            "by-field", "Tỷ lệ đúng hạn theo lĩnh vực", biggestFirst(byField.rows()), false),
        trend(window, unit, today),
        overdue,
        attribution(window, unit));
  }

  private DashboardView.Tiles tiles(
      DashboardWindow window, String unit, RateRow total, String overdueNow, LocalDate today) {
    String received = null;
    String online = null;
    String carried = null;
    String inProgress = null;
    String asOf = null;
    if (window.isPeriod()) {
      MonthlyReport report = reports.report(window.period().name(), unit, window.kind().name());
      ReportRow t = report.total();
      received = VnFormat.count(t.received().newOnline() + t.received().newDirect());
      online = VnFormat.count(t.received().newOnline());
      carried = VnFormat.count(t.received().carriedOver());
      inProgress = VnFormat.count(t.inProgress().total());
      asOf = VnFormat.date(report.asOf());
    }
    return new DashboardView.Tiles(
        VnFormat.percent(total.onTimeRate()),
        SvgCharts.colour(total.onTimeRate()),
        VnFormat.count(total.numerator()),
        VnFormat.count(total.denominator()),
        VnFormat.count(total.resolved()),
        VnFormat.count(total.late()),
        received,
        online,
        carried,
        inProgress,
        asOf,
        overdueNow);
  }

  private static DashboardView.RateSection rateSection(
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

  private static DashboardView.RateLine line(RateRow r, String name) {
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

  private static List<RateRow> biggestFirst(List<RateRow> rows) {
    List<RateRow> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingLong(RateRow::resolved).reversed());
    return sorted;
  }

  /** The twelve months up to the one that holds the end of the window (or today). */
  private DashboardView.Trend trend(DashboardWindow window, String unit, LocalDate today) {
    ReportPeriod.Window kind = window.kind();
    ReportPeriod month =
        ReportPeriod.containing(ReportPeriod.Kind.MONTH, window.lastDay(today), kind);
    List<ReportPeriod> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      months.add(0, month);
      month = month.previous();
    }
    List<DashboardView.TrendLine> lines = new ArrayList<>();
    List<SvgCharts.Point> points = new ArrayList<>();
    for (ReportPeriod p : months) {
      ReportPeriod.Days days = p.days(kind);
      RateRow total = sla.rates(days.from(), days.to(), Grouping.LEVEL, null, null, unit).total();
      String name = DashboardWindow.name(p);
      String span = VnFormat.date(days.from()) + " – " + VnFormat.date(days.to());
      boolean running = !days.to().isBefore(today);
      lines.add(
          new DashboardView.TrendLine(
              p.name(),
              name + (running ? " (đang diễn ra)" : ""),
              span,
              VnFormat.count(total.resolved()),
              VnFormat.percent(total.onTimeRate())));
      points.add(
          new SvgCharts.Point(
              p.name(),
              "T" + p.index(),
              Integer.toString(p.year()),
              total.onTimeRate(),
              name
                  + " ("
                  + span
                  + "): "
                  + VnFormat.percent(total.onTimeRate())
                  + ", "
                  + VnFormat.count(total.numerator())
                  + "/"
                  + VnFormat.count(total.denominator())
                  + " hồ sơ"));
    }
    String note =
        kind == ReportPeriod.Window.REGULATORY
            ? "Mỗi tháng là một kỳ báo cáo: từ ngày 15 tháng trước đến ngày 14 (Nghị định 09/2019)."
            : "Mỗi tháng tính theo tháng dương lịch.";
    return new DashboardView.Trend(
        new RawString(
            SvgCharts.trend("trend", "Tỷ lệ đúng hạn theo tháng, 12 tháng gần nhất", points)),
        lines,
        note);
  }

  private DashboardView.Overdue overdue(String unit, Map<String, String> fieldNames) {
    Page<OverdueRow> first = sla.open(true, null, null, unit, new PageRequest(0, OVERDUE_LISTED));
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
    for (int page = 0; counted < Math.min(first.total(), OVERDUE_COUNTED); page++) {
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

  private DashboardView.Attribution attribution(DashboardWindow window, String unit) {
    List<AttributionRow> rows =
        sla.attribution(window.from(), window.to(), Grouping.UNIT, null, null, unit).rows();
    List<AttributionRow> shown = rows.subList(0, Math.min(TOP, rows.size()));
    List<DashboardView.AttributionLine> lines = new ArrayList<>();
    List<SvgCharts.CountBar> bars = new ArrayList<>();
    for (AttributionRow r : shown) {
      lines.add(
          new DashboardView.AttributionLine(
              r.key(),
              r.name(),
              VnFormat.count(r.lateDossiers()),
              VnFormat.count(r.overrunWorkingDays()),
              VnFormat.count(r.fallbackDays())));
      bars.add(new SvgCharts.CountBar(r.key(), r.name(), r.overrunWorkingDays()));
    }
    String more =
        rows.size() > shown.size()
            ? "và " + VnFormat.count(rows.size() - shown.size()) + " đơn vị khác"
            : null;
    return new DashboardView.Attribution(
        new RawString(
            SvgCharts.countBars(
                "attribution",
                "Ngày làm việc chậm muộn theo đơn vị gây ra",
                "ngày làm việc chậm",
                SvgCharts.AMBER,
                bars)),
        lines,
        more);
  }

  private Map<String, String> fieldNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (int page = 0; ; page++) {
      Page<FieldView> p = fields.list(new PageRequest(page, PageRequest.MAX_SIZE));
      p.items().forEach(f -> names.put(f.code(), f.name()));
      if ((long) (page + 1) * PageRequest.MAX_SIZE >= p.total()) {
        return names;
      }
    }
  }
}
