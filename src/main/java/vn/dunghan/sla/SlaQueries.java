package vn.dunghan.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dunghan.shared.Like;

/**
 * The SLA reads, as SQL over the ledger tables (sums of daily counters, overrun rows) and over the
 * open-dossier index, never a scan of every dossier. Only bind parameters carry values: the SQL
 * text is built from fixed fragments.
 */
@ApplicationScoped
public class SlaQueries {

  private final EntityManager em;

  SlaQueries(EntityManager em) {
    this.em = em;
  }

  List<RateRow> rates(SlaFilter filter, Grouping grouping) {
    if (grouping != Grouping.PROCEDURE) {
      return monthlyRates(filter, grouping);
    }
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        "select "
            + grouping.keyColumn
            + ", min("
            + grouping.nameColumn
            + "), sum(c.early), sum(c.on_time), sum(c.late)"
            + " from sla_resolution_counter c"
            + " join administrative_unit u on u.code = c.unit_code"
            + versionOn(filter, "c.day")
            + " join field f on f.code = c.field_code"
            + " join procedure p on p.code = c.procedure_code"
            + where(filter, "c.day", params)
            + " group by "
            + grouping.keyColumn
            + " order by "
            + grouping.keyColumn;
    return rateRows(sql, params);
  }

  /**
   * Rates by level, field or unit: whole months of the window from {@code sla_resolution_month},
   * the days before the first and after the last whole month from the daily counters (the bench
   * measured the daily-only read at about 500 ms for 24 months of 1M dossiers; docs/scaling.md). A
   * month the window covers mostly is read as the whole month minus the days outside the window, so
   * no edge reads more than half a month of daily rows (a window of 24 months ending today starts
   * on the second of a month: one day to take away instead of thirty to add).
   */
  private List<RateRow> monthlyRates(SlaFilter filter, Grouping grouping) {
    LocalDate from = filter.from();
    LocalDate to = filter.to();
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> parts = new ArrayList<>();
    LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate lastWhole = to.plusDays(1).withDayOfMonth(1).minusMonths(1);
    if (!firstWhole.isAfter(lastWhole)) {
      parts.add(months(firstWhole, lastWhole, params));
    }
    LocalDate headMonth = from.withDayOfMonth(1);
    if (!headMonth.equals(from) || from.plusMonths(1).minusDays(1).isAfter(to)) {
      edge(headMonth, from, to, parts, params);
    }
    LocalDate tailMonth = to.withDayOfMonth(1);
    if (!tailMonth.equals(headMonth) && !to.equals(tailMonth.plusMonths(1).minusDays(1))) {
      edge(tailMonth, from, to, parts, params);
    }
    String counters = String.join(" union all ", parts);
    StringBuilder where = new StringBuilder(" where true");
    filters(filter, "c", where, params);
    String sql =
        "select "
            + grouping.keyColumn
            + ", min("
            + grouping.nameColumn
            + "), sum(c.early), sum(c.on_time), sum(c.late)"
            + " from ("
            + counters
            + ") c"
            + " join administrative_unit u on u.code = c.unit_code"
            + versionOn(filter, "c.day")
            + " join field f on f.code = c.field_code"
            + where
            + " group by "
            + grouping.keyColumn
            // Days taken away from a month can leave a group with nothing resolved in the window.
            + " having sum(c.early) + sum(c.on_time) + sum(c.late) > 0"
            + " order by "
            + grouping.keyColumn;
    return rateRows(sql, params);
  }

  /** Rows of (key, name, early, on time, late) as rate rows. */
  private List<RateRow> rateRows(String sql, Map<String, Object> params) {
    List<RateRow> rows = new ArrayList<>();
    for (Object[] r : list(sql, params)) {
      rows.add(RateRow.of((String) r[0], (String) r[1], num(r[2]), num(r[3]), num(r[4])));
    }
    return rows;
  }

  /** A month only partly inside [from, to]: its days inside, or the month minus the rest. */
  private static void edge(
      LocalDate month, LocalDate from, LocalDate to, List<String> parts, Map<String, Object> p) {
    LocalDate monthEnd = month.plusMonths(1).minusDays(1);
    LocalDate insideFrom = from.isAfter(month) ? from : month;
    LocalDate insideTo = to.isBefore(monthEnd) ? to : monthEnd;
    long inside = ChronoUnit.DAYS.between(insideFrom, insideTo) + 1;
    long outside = ChronoUnit.DAYS.between(month, monthEnd) + 1 - inside;
    if (inside <= outside) {
      parts.add(days(insideFrom, insideTo, 1, p));
      return;
    }
    parts.add(months(month, month, p));
    if (insideFrom.isAfter(month)) {
      parts.add(days(month, insideFrom.minusDays(1), -1, p));
    }
    if (insideTo.isBefore(monthEnd)) {
      parts.add(days(insideTo.plusDays(1), monthEnd, -1, p));
    }
  }

  private static String months(LocalDate first, LocalDate last, Map<String, Object> p) {
    String a = bound(p, first);
    String b = bound(p, last);
    return "select unit_code, field_code, level, early, on_time, late, month as day"
        + " from sla_resolution_month"
        + " where month between :"
        + a
        + " and :"
        + b;
  }

  private static String days(LocalDate first, LocalDate last, int sign, Map<String, Object> p) {
    String a = bound(p, first);
    String b = bound(p, last);
    String s = sign < 0 ? "-" : "";
    return "select unit_code, field_code, level, "
        + s
        + "early, "
        + s
        + "on_time, "
        + s
        + "late, day from sla_resolution_counter where day between :"
        + a
        + " and :"
        + b;
  }

  /** Adds a date parameter under a fresh name and answers the name. */
  private static String bound(Map<String, Object> p, LocalDate day) {
    String name = "d" + p.size();
    p.put(name, Date.valueOf(day));
    return name;
  }

  /** The name of the days of delay no officer was assigned to. */
  static final String UNASSIGNED = "Chưa phân công cán bộ";

  List<AttributionRow> attribution(SlaFilter filter, Grouping grouping) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        "select "
            + grouping.keyColumn
            + ", min("
            + grouping.nameColumn
            + "), count(distinct c.dossier_id), sum(c.overrun_days),"
            + " sum(case when c.fallback then c.overrun_days else 0 end)"
            + " from sla_overrun c"
            + " join administrative_unit u on u.code = c.unit_code"
            + versionOn(filter, "c.resolved_on")
            + " join field f on f.code = c.field_code"
            + " join procedure p on p.code = c.procedure_code"
            + where(filter, "c.resolved_on", params)
            + " group by "
            + grouping.keyColumn
            + " order by sum(c.overrun_days) desc, "
            + grouping.keyColumn;
    List<AttributionRow> rows = new ArrayList<>();
    for (Object[] r : list(sql, params)) {
      String name = r[0] == null && grouping == Grouping.OFFICER ? UNASSIGNED : (String) r[1];
      rows.add(new AttributionRow((String) r[0], name, num(r[2]), num(r[3]), num(r[4])));
    }
    return rows;
  }

  /**
   * Open dossiers past due ({@code overdue}) or due by {@code soonLimit}, with the holding unit.
   */
  List<Object[]> open(
      SlaFilter filter, LocalDate today, LocalDate soonLimit, boolean overdue, int page, int size) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        "select d.code, d.procedure_code, d.field_code, d.level, d.holding_unit_code, u.name,"
            + " u.head_name, u.head_title, u.head_email, d.due_date, d.received_at, d.status,"
            + " (select s.officer from dossier_step s where s.dossier_id = d.id"
            + " order by s.ordinal desc limit 1),"
            + " (select s.officer_name from dossier_step s where s.dossier_id = d.id"
            + " order by s.ordinal desc limit 1)"
            + openFrom(filter, today, soonLimit, overdue, params)
            + (overdue ? " order by d.due_date desc, d.id desc" : " order by d.due_date, d.id");
    Query query = bind(em.createNativeQuery(sql), params);
    query.setFirstResult(page * size).setMaxResults(size);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
  }

  long countOpen(SlaFilter filter, LocalDate today, LocalDate soonLimit, boolean overdue) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql = "select count(*)" + openFrom(filter, today, soonLimit, overdue, params);
    return num(bind(em.createNativeQuery(sql), params).getSingleResult());
  }

  /** The path of a unit, to include everything below it. */
  private static final String DISAGREEMENTS =
      " from dossier d join administrative_unit u on u.code = d.handling_unit_code"
          + " where d.index_verdict is not null and d.index_effective_end between :from and :to"
          + " and ((d.timeliness is null and d.index_verdict = 'LATE')"
          + " or (d.timeliness = 'LATE') <> (d.index_verdict = 'LATE'))";

  /** The dossiers on which the two verdicts differ (SlaService.disagreements), a page of them. */
  @SuppressWarnings("unchecked")
  List<Object[]> disagreements(SlaFilter filter, int page, int size) {
    Query rows =
        em.createNativeQuery(
            "select d.code, d.procedure_code, d.handling_unit_code, d.holding_unit_code,"
                + " d.timeliness, d.due_date, d.index_verdict, d.index_appointment,"
                + " d.index_effective_end, d.status, d.supplement_requests, d.clock_restarts,"
                + " d.reappointed, d.index_reason"
                + DISAGREEMENTS
                + scope(filter)
                + " order by d.index_effective_end desc, d.code limit :size offset :offset");
    bindDisagreements(rows, filter);
    rows.setParameter("size", size);
    rows.setParameter("offset", page * size);
    return rows.getResultList();
  }

  long countDisagreements(SlaFilter filter) {
    Query count = em.createNativeQuery("select count(*)" + DISAGREEMENTS + scope(filter));
    bindDisagreements(count, filter);
    return ((Number) count.getSingleResult()).longValue();
  }

  private static String scope(SlaFilter filter) {
    return filter.unitPath() == null ? "" : " and u.path like :path " + Like.ESCAPE;
  }

  private static void bindDisagreements(Query q, SlaFilter filter) {
    q.setParameter("from", filter.from());
    q.setParameter("to", filter.to());
    if (filter.unitPath() != null) {
      q.setParameter("path", Like.prefix(filter.unitPath()));
    }
  }

  String pathOf(String unitCode) {
    @SuppressWarnings("unchecked")
    List<String> paths =
        em.createNativeQuery("select path from administrative_unit where code = :code")
            .setParameter("code", unitCode)
            .getResultList();
    return paths.isEmpty() ? null : paths.get(0);
  }

  private static String openFrom(
      SlaFilter filter,
      LocalDate today,
      LocalDate soonLimit,
      boolean overdue,
      Map<String, Object> params) {
    params.put("today", Date.valueOf(today));
    String due;
    if (overdue) {
      due = " and d.due_date < :today";
    } else {
      params.put("soon", Date.valueOf(soonLimit));
      due = " and d.due_date >= :today and d.due_date <= :soon";
    }
    StringBuilder sql =
        new StringBuilder(
            " from dossier d join administrative_unit u on u.code = d.holding_unit_code"
                + " where d.status = 'IN_PROGRESS'"
                + due);
    filters(filter, "d", sql, params);
    return sql.toString();
  }

  private static String where(SlaFilter filter, String dayColumn, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder(" where " + dayColumn + " between :from and :to");
    params.put("from", Date.valueOf(filter.from()));
    params.put("to", Date.valueOf(filter.to()));
    filters(filter, "c", sql, params);
    return sql.toString();
  }

  /** Level, field and unit subtree; {@code table} is the alias holding level and field_code. */
  private static void filters(
      SlaFilter filter, String table, StringBuilder sql, Map<String, Object> params) {
    if (filter.level() != null) {
      sql.append(" and ").append(table).append(".level = :level");
      params.put("level", filter.level().name());
    }
    if (filter.fieldCode() != null) {
      sql.append(" and ").append(table).append(".field_code = :field");
      params.put("field", filter.fieldCode());
    }
    if (filter.unitPath() == null) {
      return;
    }
    if (filter.byDay()) {
      // Below the unit on the row's own day: its code is a segment of that day's path.
      sql.append(" and strpos(coalesce(v.path, u.path), :segment) > 0");
      params.put("segment", "/" + filter.unitCode() + "/");
      return;
    }
    sql.append(" and (u.path like :path ").append(Like.ESCAPE);
    params.put("path", Like.prefix(filter.unitPath()));
    if (!filter.merged().isEmpty()) {
      // As now: the units merged into one below it count with their successor.
      sql.append(" or ").append(table).append(".unit_code in (:merged)");
      params.put("merged", filter.merged());
    }
    sql.append(")");
  }

  /** The unit's version on {@code dayColumn}'s day, for a filter by the hierarchy of each day. */
  private static String versionOn(SlaFilter filter, String dayColumn) {
    if (!filter.byDay()) {
      return "";
    }
    return " left join unit_version v on v.unit_code = c.unit_code and "
        + dayColumn
        + " >= v.valid_from and (v.valid_to is null or "
        + dayColumn
        + " <= v.valid_to)";
  }

  private List<Object[]> list(String sql, Map<String, Object> params) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = bind(em.createNativeQuery(sql), params).getResultList();
    return rows;
  }

  private static Query bind(Query query, Map<String, Object> params) {
    params.forEach(query::setParameter);
    return query;
  }

  private static long num(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
