package vn.dunghan.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import vn.dunghan.access.Caller;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.Violations;
import vn.dunghan.unit.UnitDirectory;
import vn.dunghan.unit.UnitFacts;

/**
 * Decision 766 indicators from the counters ({@link IndexLedger}): one pass over the counters of
 * the period's days for the scope (and its units), one over the open dossiers' changes up to its
 * last day, one for the procedures of 3.5b and one for the synced dossiers of 1.4.
 */
@ApplicationScoped
public class IndicatorService {

  private final EntityManager em;
  private final Caller caller;
  private final UnitDirectory units;

  IndicatorService(EntityManager em, Caller caller, UnitDirectory units) {
    this.em = em;
    this.caller = caller;
    this.units = units;
  }

  /** The window asked: {@code period} (a calendar month, 2025-03) or [from, to]. */
  record Window(LocalDate from, LocalDate to) {}

  static Window window(LocalDate from, LocalDate to, String period) {
    Violations v = new Violations();
    if (period != null && !period.isBlank()) {
      if (from != null || to != null) {
        v.add("period", "give a period or from and to, not both");
        v.throwIfAny();
      }
      try {
        YearMonth month = YearMonth.parse(period.strip());
        if (month.getYear() < 1900 || month.getYear() > 2199) {
          throw ProblemException.invalid("period", "must be a month of 1900-2199");
        }
        return new Window(month.atDay(1), month.atEndOfMonth());
      } catch (DateTimeParseException e) {
        throw ProblemException.invalid("period", "must be a calendar month such as 2025-03");
      }
    }
    if (from == null) {
      v.add("from", "is required (YYYY-MM-DD), or give period");
    }
    if (to == null) {
      v.add("to", "is required (YYYY-MM-DD), or give period");
    }
    if (from != null && to != null && (to.isBefore(from) || from.plusYears(10).isBefore(to))) {
      v.add("to", "must be on or after from, and within 10 years of it");
    }
    v.throwIfAny();
    return new Window(from, to);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Report766 report(
      LocalDate from, LocalDate to, String period, String requestedUnit, String groupBy) {
    Window w = window(from, to, period);
    if (groupBy != null && !groupBy.isBlank() && !groupBy.equals("unit")) {
      throw ProblemException.invalid("groupBy", "must be unit (or absent for the total only)");
    }
    boolean byUnit = "unit".equals(groupBy);
    String unit = caller.figuresScope(requestedUnit);
    String scopePath = pathOf(unit);
    Map<String, Sums> groups = sums(w, scopePath, byUnit);
    List<Report766.Row> rows = new ArrayList<>();
    Report766.Row total = null;
    for (Map.Entry<String, Sums> e : groups.entrySet()) {
      String code = e.getKey();
      if (code.isEmpty()) {
        total = row(unit, unit == null ? null : name(unit), e.getValue());
      } else {
        rows.add(row(code, name(code), e.getValue()));
      }
    }
    if (total == null) {
      total = row(unit, unit == null ? null : name(unit), new Sums());
    }
    rows.sort(java.util.Comparator.comparing(Report766.Row::unitCode));
    List<Report766.NotAvailable> missing = new ArrayList<>();
    for (Indicator.Unavailable u : Indicator.Unavailable.values()) {
      missing.add(new Report766.NotAvailable(u.id, u.maxPoints, u.heldBy));
    }
    return new Report766(w.from(), w.to(), unit, byUnit ? "unit" : null, rows, total, missing);
  }

  /**
   * Binds a per-group query over [from, to]: the grouping join's scope (rows per unit only), the
   * window, then the scope of the counted rows.
   */
  private static void bindWindow(PreparedStatement s, boolean total, String scopePath, Window w)
      throws java.sql.SQLException {
    int i = 1;
    if (!total && scopePath != null) {
      s.setString(i++, scopePath);
    }
    s.setDate(i++, Date.valueOf(w.from()));
    s.setDate(i++, Date.valueOf(w.to()));
    if (scopePath != null) {
      s.setString(i, scopePath);
    }
  }

  /** The codes of the metrics summed over the period's days (all but the open levels). */
  private static String inPeriodMetrics() {
    return java.util.Arrays.stream(Metric.values())
        .filter(m -> !IndexLedger.open(m))
        .map(m -> Integer.toString(m.code))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private String name(String code) {
    return units.find(code).map(UnitFacts::name).orElse(code);
  }

  private String pathOf(String unit) {
    return pathOf(units, unit);
  }

  /** The path of the scope unit (null for the whole province); an unknown one is a 422. */
  static String pathOf(UnitDirectory units, String unit) {
    return units.scopePath(unit);
  }

  static Report766.Row row(String code, String name, Sums s) {
    List<Report766.Value> values = new ArrayList<>();
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (Indicator i : Indicator.values()) {
      long[] f = i.fraction(s);
      BigDecimal ratio =
          f[1] == 0
              ? null
              : BigDecimal.valueOf(f[0])
                  .divide(
                      BigDecimal.valueOf(f[1]),
                      i == Indicator.PROCESSING_TIME ? 2 : 4,
                      RoundingMode.HALF_UP);
      BigDecimal p = null;
      if (ratio != null && i.fullAt != null && i.maxPoints.signum() > 0) {
        p =
            ratio
                .multiply(i.maxPoints)
                .divide(i.fullAt, 2, RoundingMode.HALF_UP)
                .min(i.maxPoints.setScale(2));
        points = points.add(p);
        max = max.add(i.maxPoints);
      }
      values.add(
          new Report766.Value(
              i.id, i.title, f[0], f[1], ratio, p, i.maxPoints, i.fullAt, i.formula));
    }
    return new Report766.Row(code, name, values, points.setScale(2), max);
  }

  /**
   * The sums per group: the scope itself under its code ("" for the whole province), and with
   * {@code byUnit} every unit of the scope with the units below it.
   */
  private Map<String, Sums> sums(Window w, String scopePath, boolean byUnit) {
    Map<String, Sums> groups = new LinkedHashMap<>();
    String group =
        byUnit
            ? " join administrative_unit a on starts_with(u.path, a.path)"
                + (scopePath == null ? "" : " and starts_with(a.path, ?)")
            : "";
    String key = byUnit ? "a.code" : "''";
    String scope = scopePath == null ? "" : " and starts_with(u.path, ?)";
    String scopeKey = "''"; // the whole scope, under the empty key
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              // Every metric over the period's days; the open ones' changes up to its last day.
              // Every metric but the open levels over the period's days (the key starts with the
              // metric and the day). The open levels up to its last day: whole months from their
              // monthly sums, the last month's days from the daily counters.
              String inPeriod = inPeriodMetrics();
              String counters =
                  "select %s, c.metric, sum(c.n) from %s c"
                      + " join administrative_unit u on u.code = c.unit_code%s"
                      + " where true%s group by 1, 2";
              String periodRows =
                  "(select unit_code, metric, n from index_counter where metric in ("
                      + inPeriod
                      + ") and day between ? and ?)";
              String openRows =
                  "(select unit_code, metric, n from index_open_month where metric in (14, 15)"
                      + " and month < ? union all select unit_code, metric, n from index_counter"
                      + " where metric in (14, 15) and day between ? and ?)";
              java.time.LocalDate monthStart = w.to().withDayOfMonth(1);
              for (boolean asOf : new boolean[] {false, true}) {
                for (boolean total : byUnit ? new boolean[] {true, false} : new boolean[] {true}) {
                  String sql =
                      String.format(
                          counters,
                          total ? scopeKey : key,
                          asOf ? openRows : periodRows,
                          total ? "" : group,
                          scope);
                  try (PreparedStatement s = c.prepareStatement(sql)) {
                    int i = 1;
                    if (asOf) {
                      s.setDate(i++, Date.valueOf(monthStart));
                      s.setDate(i++, Date.valueOf(monthStart));
                      s.setDate(i++, Date.valueOf(w.to()));
                    } else {
                      s.setDate(i++, Date.valueOf(w.from()));
                      s.setDate(i++, Date.valueOf(w.to()));
                    }
                    if (!total && scopePath != null) {
                      s.setString(i++, scopePath);
                    }
                    if (scopePath != null) {
                      s.setString(i, scopePath);
                    }
                    try (ResultSet r = s.executeQuery()) {
                      while (r.next()) {
                        Sums sums = groups.computeIfAbsent(r.getString(1), k -> new Sums());
                        Metric m = Metric.of(r.getInt(2));
                        if (asOf) {
                          sums.addAsOf(m, r.getLong(3));
                        } else {
                          sums.addIn(m, r.getLong(3));
                        }
                      }
                    }
                  }
                }
              }
              for (boolean total : byUnit ? new boolean[] {true, false} : new boolean[] {true}) {
                // 3.5b: fee-bearing procedures with dossiers, and those paid online at least once.
                String sql =
                    "select g, count(*) filter (where fee > 0), count(*) filter (where paid > 0)"
                        + " from (select "
                        + (total ? scopeKey : key)
                        + " g, c.procedure_code, sum(c.n) filter (where c.metric = 5) fee,"
                        + " sum(c.n) filter (where c.metric = 6) paid from index_counter c"
                        + " join administrative_unit u on u.code = c.unit_code"
                        + (total ? "" : group)
                        + " where c.metric in (5, 6) and c.day between ? and ?"
                        + scope
                        + " group by 1, 2) p group by g";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                  bindWindow(s, total, scopePath, w);
                  try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                      groups
                          .computeIfAbsent(r.getString(1), k -> new Sums())
                          .procedures(r.getLong(2), r.getLong(3));
                    }
                  }
                }
                // 1.4: dossiers received in the period that the portal acknowledged.
                String synced =
                    "select "
                        + (total ? scopeKey : key)
                        + ", count(*) from dossier d join portal_sync ps on ps.dossier_id = d.id"
                        + " join administrative_unit u on u.code = d.handling_unit_code"
                        + (total ? "" : group)
                        + " where d.received_on between ? and ?"
                        + scope
                        + " group by 1";
                try (PreparedStatement s = c.prepareStatement(synced)) {
                  bindWindow(s, total, scopePath, w);
                  try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                      groups.computeIfAbsent(r.getString(1), k -> new Sums()).synced(r.getLong(2));
                    }
                  }
                }
              }
              return groups;
            });
  }
}
