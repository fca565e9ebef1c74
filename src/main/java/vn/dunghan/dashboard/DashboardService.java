package vn.dunghan.dashboard;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dunghan.indicators.IndicatorService;
import vn.dunghan.indicators.Report766;
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

  /** Units shown in the delay attribution. */
  static final int TOP = 10;

  static final int MONTHS = 12;

  private static final String ALL = "Toàn tỉnh";

  private final vn.dunghan.access.Caller caller;

  private final SlaService sla;
  private final OverdueBoard overdueBoard;
  private final ReportService reports;
  private final FieldService fields;
  private final UnitService units;
  private final Clock clock;
  private final IndicatorService indicators;

  DashboardService(
      SlaService sla,
      OverdueBoard overdueBoard,
      ReportService reports,
      FieldService fields,
      UnitService units,
      Clock clock,
      IndicatorService indicators,
      vn.dunghan.access.Caller caller) {
    this.caller = caller;
    this.indicators = indicators;
    this.sla = sla;
    this.overdueBoard = overdueBoard;
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
    // Without a unit the page shows what the caller may read: a head's own unit, not the province.
    String shown = unit == null ? caller.figuresScope(null) : unit;
    Optional<AdministrativeUnit> scope = shown == null ? Optional.empty() : units.find(shown);
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
          null,
          null,
          List.of());
    }
    Map<String, String> fieldNames = fieldNames();
    SlaService.Rates byLevel =
        sla.rates(window.from(), window.to(), Grouping.LEVEL, null, null, unit);
    SlaService.Rates byField =
        sla.rates(window.from(), window.to(), Grouping.FIELD, null, null, unit);
    DashboardView.Overdue overdue = overdueBoard.overdue(unit, fieldNames);
    return new DashboardView(
        form,
        scope.map(AdministrativeUnit::name).orElse(ALL),
        window.label(),
        VnFormat.moment(now),
        VnFormat.date(today),
        List.of(),
        tiles(window, unit, byLevel.total(), overdue.total(), today),
        RateSections.byLevel(byLevel.rows()),
        RateSections.byField(byField.rows()),
        trend(window, unit, today),
        overdue,
        attribution(window, unit),
        index(window, unit),
        downloads(scope.map(AdministrativeUnit::code).orElse(null), today));
  }

  /**
   * Links to Biểu 06 of the current reporting month and of the one before, in each format: page
   * paths the browser's cookie opens (Bieu06Download), not the API.
   */
  private static List<DashboardView.Download> downloads(String unit, LocalDate today) {
    ReportPeriod current =
        ReportPeriod.containing(ReportPeriod.Kind.MONTH, today, ReportPeriod.Window.REGULATORY);
    List<DashboardView.Download> links = new ArrayList<>();
    for (ReportPeriod p : List.of(current, current.previous())) {
      String base =
          "/bao-cao/bieu-06?period="
              + p.name()
              + (unit == null
                  ? ""
                  : "&unit="
                      + java.net.URLEncoder.encode(unit, java.nio.charset.StandardCharsets.UTF_8))
              + "&format=";
      links.add(
          new DashboardView.Download(
              p.name(),
              (p == current ? "Kỳ hiện tại, " : "Kỳ trước, ") + p.inWords().toLowerCase(),
              base + "xlsx",
              base + "pdf",
              base + "csv"));
    }
    return links;
  }

  /** Decision 766 for the window, the units that lost most points first (GET /indicators/766). */
  private DashboardView.Index index(DashboardWindow window, String unit) {
    Report766 report = indicators.report(window.from(), window.to(), null, unit, "unit");
    List<Report766.Row> below = new ArrayList<>();
    for (Report766.Row row : report.rows()) {
      if (!row.unitCode().equals(unit)) {
        below.add(row);
      }
    }
    below.sort(
        java.util.Comparator.comparing((Report766.Row r) -> r.maxPoints().subtract(r.points()))
            .reversed()
            .thenComparing(Report766.Row::unitCode));
    String more =
        below.size() > TOP ? "và " + (below.size() - TOP) + " đơn vị khác (xem API)." : null;
    return new DashboardView.Index(
        below.subList(0, Math.min(TOP, below.size())).stream()
            .map(DashboardService::indexLine)
            .toList(),
        indexLine(report.total()),
        more);
  }

  private static DashboardView.IndexLine indexLine(Report766.Row row) {
    Report766.Value onTime =
        row.indicators().stream().filter(v -> v.id().equals("2.1")).findFirst().orElseThrow();
    java.math.BigDecimal lost = row.maxPoints().subtract(row.points());
    return new DashboardView.IndexLine(
        row.unitCode() == null ? "" : row.unitCode(),
        row.unitName() == null ? ALL : row.unitName(),
        VnFormat.decimal(row.points()),
        VnFormat.decimal(row.maxPoints()),
        VnFormat.decimal(lost),
        onTime.ratio() == null ? "không có" : VnFormat.percent(onTime.ratio()));
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
