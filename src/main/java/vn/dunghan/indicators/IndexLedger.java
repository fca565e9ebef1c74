package vn.dunghan.indicators;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.schedule.CalendarService;
import vn.dunghan.dossier.DossierRated;
import vn.dunghan.dossier.DossiersSettled;
import vn.dunghan.portal.PortalFactsChanged;

/**
 * Keeps the Decision 766 counters in step with the dossiers: when a dossier is settled, when the
 * portal tells more of it, when it is rated, its contributions ({@link DossierFacts}) are derived
 * again and the difference from the ones last recorded moves {@code index_counter}, in the same
 * transaction, in one statement per table.
 */
@ApplicationScoped
public class IndexLedger {

  private final EntityManager em;
  private final CalendarService calendars;
  private final vn.dunghan.dossier.DossierService dossiers;

  IndexLedger(
      EntityManager em, CalendarService calendars, vn.dunghan.dossier.DossierService dossiers) {
    this.em = em;
    this.calendars = calendars;
    this.dossiers = dossiers;
  }

  void onSettled(@Observes DossiersSettled settled) {
    refresh(settled.changedDossiers());
  }

  void onPortalFacts(@Observes PortalFactsChanged changed) {
    refresh(changed.dossierIds());
  }

  void onRated(@Observes DossierRated rated) {
    refresh(List.of(rated.dossierId()));
  }

  /**
   * Every dossier's contributions derived again, in batches of their own transactions: after a
   * change of a procedure's flags, or to start the counters for dossiers written before them.
   * Answers how many dossiers were read.
   */
  public long rebuild() {
    // Dossiers written before the index's verdict was kept get it first (a replay each).
    while (dossiers.backfillIndexVerdicts(1_000) > 0) {
      // each call its own transaction; the ones done no longer match
    }
    long done = 0;
    long after = 0;
    while (true) {
      long from = after;
      List<Long> ids =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    List<Long> batch = nextIds(from, 5_000);
                    refresh(batch);
                    return batch;
                  });
      if (ids.isEmpty()) {
        return done;
      }
      done += ids.size();
      after = ids.get(ids.size() - 1);
    }
  }

  private List<Long> nextIds(long after, int limit) {
    return work(
        c -> {
          List<Long> ids = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement("select id from dossier where id > ? order by id limit ?")) {
            s.setLong(1, after);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                ids.add(r.getLong(1));
              }
            }
          }
          return ids;
        });
  }

  /** Derives these dossiers' contributions again and moves the counters by the difference. */
  void refresh(Collection<Long> dossierIds) {
    if (dossierIds.isEmpty()) {
      return;
    }
    em.flush(); // the rows read below may still be in the session only
    WorkingCalendar calendar = calendars.calendar();
    work(
        c -> {
          Map<CounterKey, Long> deltas = new HashMap<>();
          List<Object[]> marks = new ArrayList<>();
          for (Read read : read(c, dossierIds)) {
            Map<DossierFacts.Key, Long> before = DossierFacts.decode(read.marks());
            Map<DossierFacts.Key, Long> after = read.facts().contributions(calendar);
            if (before.equals(after)) {
              continue;
            }
            for (Map.Entry<DossierFacts.Key, Long> e : after.entrySet()) {
              deltas.merge(key(read.facts(), e.getKey()), e.getValue(), Long::sum);
            }
            for (Map.Entry<DossierFacts.Key, Long> e : before.entrySet()) {
              deltas.merge(key(read.facts(), e.getKey()), -e.getValue(), Long::sum);
            }
            marks.add(new Object[] {read.facts().dossierId(), DossierFacts.encode(after)});
          }
          deltas.values().removeIf(n -> n == 0);
          writeCounters(c, deltas);
          writeMarks(c, marks);
          return null;
        });
  }

  private record CounterKey(String unit, String procedure, Metric metric, LocalDate day) {}

  private static CounterKey key(DossierFacts f, DossierFacts.Key k) {
    // Only 3.5b counts procedures; every other metric is one row per unit and day.
    boolean perProcedure = k.metric() == Metric.FEE_BEARING || k.metric() == Metric.PAID_ONLINE;
    return new CounterKey(f.unitCode(), perProcedure ? f.procedureCode() : "", k.metric(), k.day());
  }

  /** Whether a metric is a level of open dossiers (kept also per month, for as-of sums). */
  static boolean open(Metric m) {
    return m == Metric.OPEN_IN_TIME || m == Metric.OPEN_OVERDUE;
  }

  private record Read(DossierFacts facts, String marks) {}

  private static List<Read> read(Connection c, Collection<Long> ids) throws SQLException {
    List<Read> reads = new ArrayList<>(ids.size());
    try (PreparedStatement s =
        c.prepareStatement(
            "select d.id, d.handling_unit_code, d.procedure_code, d.received_on,"
                + " d.channel = 'ONLINE', d.status,"
                + " (d.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date,"
                + " (d.closed_at at time zone 'Asia/Ho_Chi_Minh')::date,"
                + " coalesce(d.index_verdict, case when d.resolved_at is not null then"
                + " case d.timeliness when 'LATE' then 'LATE' else 'ON_TIME' end"
                + " when d.closed_at is not null then 'ON_TIME' end),"
                + " d.index_effective_end, coalesce(d.index_appointment, d.appointment_date),"
                + " d.supplement_requests, p.eligible_full_online, p.paper_result, p.fee_bearing,"
                + " p.population_db_connected, f.dossier_id is not null,"
                + " coalesce(f.online_payment, 'NONE') <> 'NONE', coalesce(f.fee_total, 0),"
                + " coalesce(f.digitised_count, 0), coalesce(f.reused_count, 0),"
                + " coalesce(f.from_store_count, 0), coalesce(f.result_link_count, 0),"
                + " coalesce(f.vneid_authenticated, false),"
                + " exists (select 1 from dossier_rating r where r.dossier_id = d.id"
                + " and (r.rating = 'BAD' or r.liked = false or r.complaint)),"
                + " m.marks"
                + " from dossier d join procedure p on p.code = d.procedure_code"
                + " left join dossier_portal f on f.dossier_id = d.id"
                + " left join dossier_index_marks m on m.dossier_id = d.id"
                + " where d.id = any (?)")) {
      s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          reads.add(
              new Read(
                  new DossierFacts(
                      r.getLong(1),
                      r.getString(2),
                      r.getString(3),
                      r.getObject(4, LocalDate.class),
                      r.getBoolean(5),
                      r.getString(6),
                      r.getObject(7, LocalDate.class),
                      r.getObject(8, LocalDate.class),
                      r.getString(9),
                      r.getObject(10, LocalDate.class),
                      r.getObject(11, LocalDate.class),
                      r.getInt(12),
                      r.getBoolean(13),
                      r.getBoolean(14),
                      r.getBoolean(15),
                      r.getBoolean(16),
                      r.getBoolean(17),
                      r.getBoolean(18),
                      r.getBigDecimal(19),
                      r.getInt(20),
                      r.getInt(21),
                      r.getInt(22),
                      r.getInt(23),
                      r.getBoolean(24),
                      r.getBoolean(25)),
                  r.getString(26)));
        }
      }
    }
    return reads;
  }

  private static void writeCounters(Connection c, Map<CounterKey, Long> deltas)
      throws SQLException {
    if (deltas.isEmpty()) {
      return;
    }
    List<Map.Entry<CounterKey, Long>> ordered = new ArrayList<>(deltas.entrySet());
    // One order for every writer: two transactions moving the same counters never deadlock.
    ordered.sort(
        java.util.Comparator.comparing((Map.Entry<CounterKey, Long> e) -> e.getKey().metric().code)
            .thenComparing(e -> e.getKey().day())
            .thenComparing(e -> e.getKey().unit())
            .thenComparing(e -> e.getKey().procedure()));
    int n = ordered.size();
    String[] units = new String[n];
    String[] procedures = new String[n];
    Integer[] metrics = new Integer[n];
    java.sql.Date[] days = new java.sql.Date[n];
    Long[] counts = new Long[n];
    for (int i = 0; i < n; i++) {
      CounterKey k = ordered.get(i).getKey();
      units[i] = k.unit();
      procedures[i] = k.procedure();
      metrics[i] = k.metric().code;
      days[i] = java.sql.Date.valueOf(k.day());
      counts[i] = ordered.get(i).getValue();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into index_counter (unit_code, procedure_code, metric, day, n)"
                + " select * from unnest(?::varchar[], ?::varchar[], ?::smallint[], ?::date[],"
                + " ?::bigint[]) on conflict (metric, day, unit_code, procedure_code)"
                + " do update set n = index_counter.n + excluded.n")) {
      s.setArray(1, c.createArrayOf("varchar", units));
      s.setArray(2, c.createArrayOf("varchar", procedures));
      s.setArray(3, c.createArrayOf("int4", metrics));
      s.setArray(4, c.createArrayOf("date", days));
      s.setArray(5, c.createArrayOf("int8", counts));
      s.executeUpdate();
    }
    writeOpenMonths(c, ordered);
  }

  private record MonthKey(Metric metric, LocalDate month, String unit) {}

  /** The open levels' changes again, summed per month (index_open_month). */
  private static void writeOpenMonths(Connection c, List<Map.Entry<CounterKey, Long>> ordered)
      throws SQLException {
    Map<MonthKey, Long> months =
        new java.util.TreeMap<>(
            java.util.Comparator.comparing((MonthKey k) -> k.metric().code)
                .thenComparing(MonthKey::month)
                .thenComparing(MonthKey::unit));
    for (Map.Entry<CounterKey, Long> e : ordered) {
      CounterKey k = e.getKey();
      if (open(k.metric())) {
        months.merge(
            new MonthKey(k.metric(), k.day().withDayOfMonth(1), k.unit()), e.getValue(), Long::sum);
      }
    }
    months.values().removeIf(n -> n == 0);
    if (months.isEmpty()) {
      return;
    }
    int n = months.size();
    String[] units = new String[n];
    Integer[] metrics = new Integer[n];
    java.sql.Date[] firsts = new java.sql.Date[n];
    Long[] counts = new Long[n];
    int i = 0;
    for (Map.Entry<MonthKey, Long> e : months.entrySet()) {
      units[i] = e.getKey().unit();
      metrics[i] = e.getKey().metric().code;
      firsts[i] = java.sql.Date.valueOf(e.getKey().month());
      counts[i] = e.getValue();
      i++;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into index_open_month (unit_code, metric, month, n)"
                + " select * from unnest(?::varchar[], ?::smallint[], ?::date[], ?::bigint[])"
                + " on conflict (metric, month, unit_code)"
                + " do update set n = index_open_month.n + excluded.n")) {
      s.setArray(1, c.createArrayOf("varchar", units));
      s.setArray(2, c.createArrayOf("int4", metrics));
      s.setArray(3, c.createArrayOf("date", firsts));
      s.setArray(4, c.createArrayOf("int8", counts));
      s.executeUpdate();
    }
  }

  private static void writeMarks(Connection c, List<Object[]> marks) throws SQLException {
    if (marks.isEmpty()) {
      return;
    }
    Long[] ids = new Long[marks.size()];
    String[] texts = new String[marks.size()];
    for (int i = 0; i < marks.size(); i++) {
      ids[i] = (Long) marks.get(i)[0];
      texts[i] = (String) marks.get(i)[1];
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into dossier_index_marks (dossier_id, marks)"
                + " select * from unnest(?::bigint[], ?::text[]) order by 1"
                + " on conflict (dossier_id) do update set marks = excluded.marks")) {
      s.setArray(1, c.createArrayOf("int8", ids));
      s.setArray(2, c.createArrayOf("text", texts));
      s.executeUpdate();
    }
  }

  private <T> T work(vn.dunghan.shared.SessionSql.Work<T> work) {
    return vn.dunghan.shared.SessionSql.work(em, work);
  }
}
