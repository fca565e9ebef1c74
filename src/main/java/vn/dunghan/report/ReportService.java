package vn.dunghan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import vn.dunghan.access.Caller;
import vn.dunghan.indicators.IndicatorService;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.unit.AdministrativeUnit;
import vn.dunghan.unit.UnitService;

/**
 * The periodic report (Biểu 06, Circular 01/2020/TT-VPCP) from the report counters, its snapshots
 * of closed periods, and their adjustments.
 */
@ApplicationScoped
public class ReportService {

  private static final Logger LOG = Logger.getLogger(ReportService.class);
  private static final int MAX_CAUSES = 200;
  static final String JOB = "report-snapshot job";

  private final ReportQueries queries;
  private final UnitService units;
  private final ReportConfig config;
  private final Clock clock;
  private final Caller caller;
  private final IndicatorService indicators;
  private final vn.dunghan.unit.UnitDirectory directory;

  ReportService(
      ReportQueries queries,
      UnitService units,
      ReportConfig config,
      Clock clock,
      Caller caller,
      IndicatorService indicators,
      vn.dunghan.unit.UnitDirectory directory) {
    this.directory = directory;
    this.indicators = indicators;
    this.queries = queries;
    this.units = units;
    this.config = config;
    this.clock = clock;
    this.caller = caller;
  }

  /** The report of {@code unitCode}'s subtree (the whole province when null). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MonthlyReport report(String periodText, String unitCode, String windowText) {
    return report(periodText, unitCode, windowText, null);
  }

  /**
   * The same, grouped by the hierarchy {@code hierarchyText} names (as-of-day, the default, or
   * as-now; {@link vn.dunghan.unit.Hierarchy}).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MonthlyReport report(
      String periodText, String unitCode, String windowText, String hierarchyText) {
    vn.dunghan.unit.Hierarchy hierarchy = vn.dunghan.unit.Hierarchy.parse(hierarchyText);
    ReportPeriod period = period(periodText);
    ReportPeriod.Window window = window(windowText);
    ReportPeriod.Days days = period.days(window);
    LocalDate today = LocalDate.now(clock);
    if (days.from().isAfter(today)) {
      throw ProblemException.invalid(
          "period", period.name() + " starts on " + days.from() + ", after today");
    }
    Scope scope = scope(caller.figuresScope(unitCode));
    boolean closed = days.to().isBefore(today);
    LocalDate asOf = closed ? days.to() : today;
    Map<String, String> fields = queries.fieldNames();
    Optional<ReportQueries.SnapshotInfo> snapshot =
        closed ? latest(period.name(), window) : Optional.empty();
    String scopeCode = scope.unit == null ? null : scope.unit.code();
    Map<ReportQueries.Key, Figures> live = queries.live(scopeCode, days.from(), asOf, hierarchy);
    Map<ReportQueries.Key, Figures> shown =
        snapshot.isPresent()
            ? queries.placed(
                queries.snapshotRows(snapshot.get().id()), scopeCode, days.to(), hierarchy)
            : live;
    ReportLayout.Laid laid = ReportLayout.lay(lines(shown, scope.units, fields));
    MonthlyReport.Adjustments adjustments =
        snapshot.map(s -> adjustments(s, shown, live, scope, fields, days.to())).orElse(null);
    return new MonthlyReport(
        period.name(),
        new MonthlyReport.WindowView(window, days.from(), days.to()),
        scope.unit == null ? null : new MonthlyReport.UnitRef(scope.unit.code(), scope.unit.name()),
        asOf,
        closed,
        snapshot.isPresent() ? MonthlyReport.Source.SNAPSHOT : MonthlyReport.Source.LIVE,
        snapshot.orElse(null),
        laid.rows(),
        laid.subtotals(),
        laid.total(),
        new MonthlyReport.ProgressView(laid.progress(), laid.progressTotal()),
        indicators.report(days.from(), days.to(), null, unitCode, "unit"),
        adjustments,
        hierarchy.parameter(),
        form(period, scope.unit, today));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReportQueries.SnapshotInfo> snapshots(String periodText, String windowText) {
    return queries.snapshots(period(periodText).name(), window(windowText));
  }

  /**
   * A new version of a closed period's snapshot, frozen from the figures as they stand now, with
   * the operator's reason. Earlier versions stay as they were.
   */
  @Transactional
  public ReportQueries.SnapshotInfo freeze(String periodText, String windowText, String reason) {
    String by = caller.name();
    ReportPeriod period = period(periodText);
    ReportPeriod.Window window = window(windowText);
    if (reason == null || reason.isBlank()) {
      throw ProblemException.invalid("reason", "must say why a new version is made");
    }
    if (!period.days(window).to().isBefore(LocalDate.now(clock))) {
      throw new ProblemException(
          Problem.of(
              ProblemType.CONFLICT,
              "period "
                  + period.name()
                  + " ends on "
                  + period.days(window).to()
                  + ": only a closed period can be frozen"));
    }
    return write(period, window, by, reason.strip());
  }

  /**
   * The snapshot job: freezes every closed period of the configured kinds and windows that ended
   * within the look-back and has no snapshot yet. Answers what it froze.
   */
  @Transactional
  public Map<String, Object> freezeClosedPeriods() {
    LocalDate today = LocalDate.now(clock);
    LocalDate horizon = today.minusMonths(config.snapshotLookbackMonths());
    List<String> frozen = new ArrayList<>();
    for (ReportPeriod.Window window : config.snapshotWindows()) {
      for (ReportPeriod.Kind kind : config.snapshotKinds()) {
        ReportPeriod p = ReportPeriod.containing(kind, today, window);
        while (!p.days(window).to().isBefore(horizon)) {
          if (p.days(window).to().isBefore(today)) {
            queries.lockSnapshots(p.name(), window);
            if (queries.snapshots(p.name(), window).isEmpty()) {
              write(p, window, JOB, "Chốt số liệu khi kỳ báo cáo kết thúc");
              frozen.add(p.name() + " " + window);
            }
          }
          p = p.previous();
        }
      }
    }
    if (!frozen.isEmpty()) {
      LOG.infof("report snapshots frozen: %s", frozen);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("frozen", frozen);
    return result;
  }

  private ReportQueries.SnapshotInfo write(
      ReportPeriod period, ReportPeriod.Window window, String by, String reason) {
    queries.lockSnapshots(period.name(), window);
    ReportPeriod.Days days = period.days(window);
    int version =
        queries.snapshots(period.name(), window).stream()
                .mapToInt(ReportQueries.SnapshotInfo::version)
                .max()
                .orElse(0)
            + 1;
    Instant now = clock.instant();
    return queries.insertSnapshot(
        period, window, version, now, by, reason, queries.live(days.from(), days.to()));
  }

  private Optional<ReportQueries.SnapshotInfo> latest(String period, ReportPeriod.Window window) {
    List<ReportQueries.SnapshotInfo> all = queries.snapshots(period, window);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private MonthlyReport.Adjustments adjustments(
      ReportQueries.SnapshotInfo snapshot,
      Map<ReportQueries.Key, Figures> frozen,
      Map<ReportQueries.Key, Figures> live,
      Scope scope,
      Map<String, String> fields,
      LocalDate to) {
    Map<ReportQueries.Key, Figures> all = new TreeMap<>(KEY_ORDER);
    for (ReportQueries.Key k : union(frozen, live)) {
      Figures change =
          live.getOrDefault(k, Figures.ZERO).minus(frozen.getOrDefault(k, Figures.ZERO));
      if (!change.isZero()) {
        all.put(k, change);
      }
    }
    List<MonthlyReport.Adjustment> rows = new ArrayList<>();
    Figures sum = Figures.ZERO;
    for (Map.Entry<ReportQueries.Key, Figures> e : all.entrySet()) {
      ReportQueries.UnitInfo u = scope.units.get(e.getKey().unitCode());
      rows.add(
          new MonthlyReport.Adjustment(
              e.getKey().unitCode(),
              u == null ? null : u.name(),
              u == null ? null : u.level(),
              e.getKey().fieldCode(),
              fields.get(e.getKey().fieldCode()),
              changes(e.getValue())));
      sum = sum.plus(e.getValue());
    }
    List<ReportQueries.Cause> causes =
        queries.causes(scope.prefix, snapshot.generatedAt().toInstant(), to, MAX_CAUSES + 1);
    boolean truncated = causes.size() > MAX_CAUSES;
    return new MonthlyReport.Adjustments(
        clock.instant().atZone(vn.dunghan.shared.TimeSource.ZONE).toOffsetDateTime(),
        rows,
        changes(sum),
        truncated ? causes.subList(0, MAX_CAUSES) : causes,
        truncated);
  }

  private static final java.util.Comparator<ReportQueries.Key> KEY_ORDER =
      java.util.Comparator.comparing(ReportQueries.Key::unitCode)
          .thenComparing(ReportQueries.Key::fieldCode);

  private static java.util.Set<ReportQueries.Key> union(
      Map<ReportQueries.Key, Figures> a, Map<ReportQueries.Key, Figures> b) {
    java.util.Set<ReportQueries.Key> keys = new java.util.TreeSet<>(KEY_ORDER);
    keys.addAll(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  /** The columns that moved, named as in the JSON rows. */
  static Map<String, Long> changes(Figures change) {
    String[] names = {
      "received.newOnline",
      "received.newDirect",
      "received.carriedOver",
      "resolved.early",
      "resolved.onTime",
      "resolved.late",
      "inProgress.total",
      "inProgress.overdue",
      "withdrawn",
      "rejected",
      "awaitingSupplement",
      "suspended"
    };
    long[] v = change.toArray();
    Map<String, Long> moved = new LinkedHashMap<>();
    for (int i = 0; i < v.length; i++) {
      if (v[i] != 0) {
        moved.put(names[i], v[i]);
      }
    }
    return moved;
  }

  private static List<ReportLayout.Line> lines(
      Map<ReportQueries.Key, Figures> figures,
      Map<String, ReportQueries.UnitInfo> units,
      Map<String, String> fields) {
    List<ReportLayout.Line> lines = new ArrayList<>(figures.size());
    for (Map.Entry<ReportQueries.Key, Figures> e : figures.entrySet()) {
      ReportQueries.UnitInfo u = units.get(e.getKey().unitCode());
      if (u == null) {
        continue; // a unit outside the subtree (snapshot rows are province-wide)
      }
      lines.add(
          new ReportLayout.Line(
              u.code(),
              u.name(),
              u.level(),
              e.getKey().fieldCode(),
              fields.getOrDefault(e.getKey().fieldCode(), e.getKey().fieldCode()),
              e.getValue()));
    }
    return lines;
  }

  private record Scope(
      AdministrativeUnit unit, String prefix, Map<String, ReportQueries.UnitInfo> units) {}

  /**
   * The form's frame: a unit reports to the office of its province's people's committee, the
   * province (or the whole scope) to the Government Office (Circular 01/2020/TT-VPCP); the place is
   * the province's name; the head who signs is the reporting unit's.
   */
  private MonthlyReport.FormHeader form(
      ReportPeriod period, AdministrativeUnit unit, LocalDate today) {
    List<vn.dunghan.unit.UnitFacts> chain =
        unit == null ? List.of() : directory.withAncestors(unit.code());
    vn.dunghan.unit.UnitFacts province =
        chain.isEmpty() ? directory.onlyProvince().orElse(null) : chain.get(chain.size() - 1);
    String provinceName = province == null ? null : province.name();
    boolean provinceLevel = unit == null || unit.kind() == vn.dunghan.unit.UnitKind.PROVINCE;
    String reporting =
        unit != null && !provinceLevel
            ? unit.name()
            : provinceName == null
                ? "Ủy ban nhân dân tỉnh"
                : "Ủy ban nhân dân " + lowerFirst(provinceName);
    String receiving =
        provinceLevel || provinceName == null
            ? "Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính)"
            : "Văn phòng Ủy ban nhân dân " + lowerFirst(provinceName);
    vn.dunghan.unit.Head head =
        unit != null ? unit.head() : province == null ? null : province.head();
    return new MonthlyReport.FormHeader(
        period.inWords(),
        reporting,
        receiving,
        provinceName == null ? null : placeOf(provinceName),
        today,
        head == null ? null : new MonthlyReport.Signer(head.name(), head.title()));
  }

  /** "Tỉnh Quảng Ninh" → "tỉnh Quảng Ninh", as the name reads inside a sentence. */
  private static String lowerFirst(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** "Tỉnh Quảng Ninh" → "Quảng Ninh": the place written before the date of signing. */
  static String placeOf(String provinceName) {
    for (String prefix : List.of("Tỉnh ", "tỉnh ", "Thành phố ", "thành phố ")) {
      if (provinceName.startsWith(prefix)) {
        return provinceName.substring(prefix.length());
      }
    }
    return provinceName;
  }

  /** The unit reported on, its path today (for the causes) and every unit, for the lines. */
  private Scope scope(String unitCode) {
    if (unitCode == null || unitCode.isBlank()) {
      return new Scope(null, "/", queries.units("/"));
    }
    AdministrativeUnit unit =
        units.find(unitCode).orElseThrow(() -> ProblemException.notFound("unit", unitCode));
    // Units placed under it on some day may stand elsewhere today: every unit can be a line.
    return new Scope(unit, unit.path(), queries.units("/"));
  }

  static ReportPeriod period(String text) {
    if (text == null || text.isBlank()) {
      throw ProblemException.invalid("period", "is required: YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY");
    }
    try {
      return ReportPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("period", e.getMessage());
    }
  }

  static ReportPeriod.Window window(String text) {
    if (text == null || text.isBlank()) {
      return ReportPeriod.Window.REGULATORY;
    }
    try {
      return ReportPeriod.Window.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("window", "must be regulatory or calendar");
    }
  }
}
