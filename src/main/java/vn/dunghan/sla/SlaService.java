package vn.dunghan.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dunghan.access.Caller;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.schedule.CalendarService;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.SqlValues;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.Violations;
import vn.dunghan.unit.Level;

/** On-time rates, overdue and due-soon lists, and delay attribution. Reads only. */
@ApplicationScoped
public class SlaService {

  private static final long MAX_WINDOW_DAYS = 3660;

  private final SlaQueries queries;
  private final CalendarService calendars;
  private final SlaConfig config;
  private final Clock clock;
  private final Caller caller;
  private final vn.dunghan.unit.UnitDirectory units;

  SlaService(
      SlaQueries queries,
      CalendarService calendars,
      SlaConfig config,
      Clock clock,
      Caller caller,
      vn.dunghan.unit.UnitDirectory units) {
    this.units = units;
    this.queries = queries;
    this.calendars = calendars;
    this.config = config;
    this.clock = clock;
    this.caller = caller;
  }

  /** Rates per group and the total over all groups. */
  public record Rates(
      LocalDate from, LocalDate to, Grouping groupBy, List<RateRow> rows, RateRow total) {}

  public record Attribution(
      LocalDate from, LocalDate to, Grouping groupBy, List<AttributionRow> rows) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Rates rates(
      LocalDate from, LocalDate to, Grouping groupBy, Level level, String field, String unit) {
    return rates(from, to, groupBy, level, field, unit, null);
  }

  /** The same, {@code unit}'s subtree taken in {@code hierarchy} (as-of-day or as-now). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Rates rates(
      LocalDate from,
      LocalDate to,
      Grouping groupBy,
      Level level,
      String field,
      String unit,
      String hierarchy) {
    Grouping grouping = groupBy == null ? Grouping.LEVEL : groupBy;
    if (grouping == Grouping.STEP || grouping == Grouping.OFFICER) {
      throw ProblemException.invalid(
          "groupBy", "on-time rates group by level, field, unit or procedure");
    }
    SlaFilter filter = filter(from, to, level, field, unit, hierarchy);
    List<RateRow> rows = queries.rates(filter, grouping);
    RateRow total = RateRow.of("TOTAL", "Tổng cộng", 0, 0, 0);
    for (RateRow row : rows) {
      total = total.plus(row, "TOTAL", "Tổng cộng");
    }
    return new Rates(from, to, grouping, rows, total);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Attribution attribution(
      LocalDate from, LocalDate to, Grouping groupBy, Level level, String field, String unit) {
    return attribution(from, to, groupBy, level, field, unit, null);
  }

  /** The same, {@code unit}'s subtree taken in {@code hierarchy} (as-of-day or as-now). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Attribution attribution(
      LocalDate from,
      LocalDate to,
      Grouping groupBy,
      Level level,
      String field,
      String unit,
      String hierarchy) {
    Grouping grouping = groupBy == null ? Grouping.UNIT : groupBy;
    if (grouping == Grouping.LEVEL || grouping == Grouping.PROCEDURE) {
      throw ProblemException.invalid(
          "groupBy", "attribution groups by unit, step, field or officer");
    }
    if (grouping == Grouping.OFFICER && !caller.readsOfficers()) {
      // A person's delays are for whoever answers for them: the head of the unit and above.
      throw vn.dunghan.access.Caller.forbidden(
          "delay per officer is read by the heads of units, the province and auditors only");
    }
    return new Attribution(
        from,
        to,
        grouping,
        queries.attribution(filter(from, to, level, field, unit, hierarchy), grouping));
  }

  /**
   * Dossiers whose processing counts as ended for the index in [from, to] (the day after
   * subtracting supplement waits) on which the legal verdict and the index's differ: legally on
   * time and late for the index or the reverse, and those the law does not judge (withdrawn,
   * stopped, an unanswered supplement request) that the index counts late. Newest first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Disagreement> disagreements(
      LocalDate from, LocalDate to, String unit, PageRequest paging) {
    SlaFilter filter = filter(from, to, null, null, unit);
    List<Object[]> rows = queries.disagreements(filter, paging.page(), paging.size());
    List<Disagreement> found = new ArrayList<>();
    for (Object[] r : rows) {
      String legal = (String) r[4];
      LocalDate due = SqlValues.localDate(r[5]);
      Disagreement.Cause cause =
          Disagreement.causeOf(
              (String) r[9],
              ((Number) r[10]).intValue(),
              ((Number) r[11]).intValue(),
              Boolean.TRUE.equals(r[12]));
      String legalReason =
          legal == null
              ? "the law does not judge it (" + r[9] + ")"
              : "legally " + legal + " against the due date " + due;
      found.add(
          new Disagreement(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              legal == null ? null : Timeliness.valueOf(legal),
              due,
              IndexPolicy.Verdict.valueOf((String) r[6]),
              SqlValues.localDate(r[7]),
              SqlValues.localDate(r[8]),
              cause,
              legalReason + "; for the index " + r[6] + ": " + r[13]));
    }
    return new Page<>(found, paging.page(), paging.size(), queries.countDisagreements(filter));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<OverdueRow> open(
      boolean overdue, Level level, String field, String unit, PageRequest paging) {
    WorkingCalendar calendar = calendars.calendar();
    LocalDate today = LocalDate.now(clock);
    LocalDate soon = SlaPolicy.dueSoonLimit(today, config.dueSoonWorkingDays(), calendar);
    SlaFilter filter = new SlaFilter(today, today, level, field, unitPath(unit));
    List<OverdueRow> rows = new ArrayList<>();
    for (Object[] r : queries.open(filter, today, soon, overdue, paging.page(), paging.size())) {
      LocalDate due = SqlValues.localDate(r[9]);
      rows.add(
          new OverdueRow(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              new OverdueRow.Accountable((String) r[6], (String) r[7], (String) r[8]),
              r[12] == null ? null : new OverdueRow.Officer((String) r[12], (String) r[13]),
              SqlValues.vietnamTime(r[10]),
              due,
              overdue ? calendar.countWorkingDays(due, today) : 0,
              overdue ? 0 : Math.max(0, calendar.countWorkingDays(today, due))));
    }
    return new Page<>(
        rows, paging.page(), paging.size(), queries.countOpen(filter, today, soon, overdue));
  }

  /** The same filter with {@code unit}'s subtree taken in {@code hierarchyText}. */
  private SlaFilter filter(
      LocalDate from, LocalDate to, Level level, String field, String unit, String hierarchyText) {
    vn.dunghan.unit.Hierarchy hierarchy = vn.dunghan.unit.Hierarchy.parse(hierarchyText);
    SlaFilter plain = filter(from, to, level, field, unit);
    if (plain.unitPath() == null) {
      return plain;
    }
    String code = caller.figuresScope(unit);
    java.util.Set<String> merged =
        hierarchy == vn.dunghan.unit.Hierarchy.AS_NOW
            ? units.predecessorsWithin(plain.unitPath())
            : java.util.Set.of();
    return new SlaFilter(from, to, level, field, plain.unitPath(), code, hierarchy, merged);
  }

  private SlaFilter filter(LocalDate from, LocalDate to, Level level, String field, String unit) {
    Violations violations = new Violations();
    if (from == null) {
      violations.add("from", "is required (YYYY-MM-DD)");
    }
    if (to == null) {
      violations.add("to", "is required (YYYY-MM-DD)");
    }
    if (from != null
        && to != null
        && (to.isBefore(from) || from.plusDays(MAX_WINDOW_DAYS).isBefore(to))) {
      violations.add("to", "must be on or after from, and within 10 years of it");
    }
    violations.throwIfAny();
    return new SlaFilter(from, to, level, field, unitPath(unit));
  }

  /** The path the figures are limited to: the requested unit if the caller may read it. */
  private String unitPath(String requested) {
    String unit = caller.figuresScope(requested);
    if (unit == null) {
      return null;
    }
    String path = queries.pathOf(unit);
    if (path == null) {
      throw ProblemException.invalid("unit", "no unit with code '" + unit + "'");
    }
    return path;
  }
}
