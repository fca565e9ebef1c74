package vn.dunghan.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hibernate.Session;
import vn.dunghan.unit.Level;
import vn.dunghan.unit.UnitDirectory;
import vn.dunghan.unit.UnitFacts;

/**
 * Keeps the SLA tables in step with the dossiers, in the transaction that changed them: resolution
 * counters move by the difference between a dossier's resolution before and after an event, and a
 * late dossier's overrun rows are replaced. A batch of changes is written with JDBC batches.
 */
@ApplicationScoped
public class SlaLedger {

  private final EntityManager em;
  private final UnitDirectory units;

  SlaLedger(EntityManager em, UnitDirectory units) {
    this.em = em;
    this.units = units;
  }

  /** Changes collected during one transaction; {@link #write()} applies them. */
  public final class Changes {
    // Sorted by the counter's key: two transactions moving the same counters lock them in one
    // order and never deadlock (insertion order did, under parallel syncs: a 500 in the bench).
    private final Map<CounterKey, int[]> deltas = new TreeMap<>(CounterKey.ORDER);
    // In key order, so that two transactions take the (few, busy) month rows in the same order.
    private final Map<MonthKey, int[]> months = new TreeMap<>(MonthKey.ORDER);
    private final Map<Long, OverrunSet> overruns = new LinkedHashMap<>();
    private final Map<String, Level> levels = new HashMap<>();

    /**
     * Records that a dossier's resolution went from {@code before} to {@code after} (either null).
     */
    public void resolution(
        Long dossierId, ResolutionFact before, ResolutionFact after, List<Overrun> afterOverruns) {
      if (Objects.equals(before, after) && !isLate(after)) {
        return;
      }
      if (before != null) {
        add(before, -1);
      }
      if (after != null) {
        add(after, +1);
      }
      if (isLate(before) || isLate(after)) {
        overruns.put(dossierId, new OverrunSet(after, isLate(after) ? afterOverruns : List.of()));
      }
    }

    private void add(ResolutionFact fact, int sign) {
      Level level = levels.computeIfAbsent(fact.unitCode(), SlaLedger.this::levelOf);
      CounterKey key =
          new CounterKey(
              fact.day(), fact.unitCode(), fact.procedureCode(), fact.fieldCode(), level);
      int[] d = deltas.computeIfAbsent(key, k -> new int[3]);
      d[fact.timeliness().ordinal()] += sign;
      MonthKey month =
          new MonthKey(fact.day().withDayOfMonth(1), fact.unitCode(), fact.fieldCode(), level);
      months.computeIfAbsent(month, k -> new int[3])[fact.timeliness().ordinal()] += sign;
    }

    /** Writes everything collected, after Hibernate has written the dossiers themselves. */
    public void write() {
      if (deltas.isEmpty() && overruns.isEmpty()) {
        return;
      }
      em.flush();
      em.unwrap(Session.class)
          .doWork(
              connection -> {
                writeCounters(connection);
                writeOverruns(connection);
              });
    }

    /**
     * Increments go through an upsert; a delta with a decrement goes through an update, because the
     * row it takes from must exist (and PostgreSQL checks constraints on the proposed insert row
     * before it considers the conflict).
     */
    private void writeCounters(java.sql.Connection connection) throws SQLException {
      try (PreparedStatement upsert =
              connection.prepareStatement(
                  "insert into sla_resolution_counter"
                      + " (day, unit_code, procedure_code, field_code, level, early, on_time, late)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?)"
                      + " on conflict (day, unit_code, procedure_code) do update set"
                      + " early = sla_resolution_counter.early + excluded.early,"
                      + " on_time = sla_resolution_counter.on_time + excluded.on_time,"
                      + " late = sla_resolution_counter.late + excluded.late");
          PreparedStatement update =
              connection.prepareStatement(
                  "update sla_resolution_counter set early = early + ?, on_time = on_time + ?,"
                      + " late = late + ? where day = ? and unit_code = ? and procedure_code = ?")) {
        for (Map.Entry<CounterKey, int[]> e : deltas.entrySet()) {
          int[] d = e.getValue();
          CounterKey k = e.getKey();
          if (d[0] < 0 || d[1] < 0 || d[2] < 0) {
            update.setInt(1, d[Timeliness.EARLY.ordinal()]);
            update.setInt(2, d[Timeliness.ON_TIME.ordinal()]);
            update.setInt(3, d[Timeliness.LATE.ordinal()]);
            update.setDate(4, Date.valueOf(k.day()));
            update.setString(5, k.unitCode());
            update.setString(6, k.procedureCode());
            update.addBatch();
          } else if (d[0] > 0 || d[1] > 0 || d[2] > 0) {
            upsert.setDate(1, Date.valueOf(k.day()));
            upsert.setString(2, k.unitCode());
            upsert.setString(3, k.procedureCode());
            upsert.setString(4, k.fieldCode());
            upsert.setString(5, k.level().name());
            upsert.setInt(6, d[Timeliness.EARLY.ordinal()]);
            upsert.setInt(7, d[Timeliness.ON_TIME.ordinal()]);
            upsert.setInt(8, d[Timeliness.LATE.ordinal()]);
            upsert.addBatch();
          }
        }
        upsert.executeBatch();
        update.executeBatch();
      }
      writeMonths(connection);
    }

    /** The monthly rollup, on the same rule: decrements update a row that must exist. */
    private void writeMonths(java.sql.Connection connection) throws SQLException {
      try (PreparedStatement upsert =
              connection.prepareStatement(
                  "insert into sla_resolution_month"
                      + " (month, unit_code, field_code, level, early, on_time, late)"
                      + " values (?, ?, ?, ?, ?, ?, ?)"
                      + " on conflict (month, unit_code, field_code, level) do update set"
                      + " early = sla_resolution_month.early + excluded.early,"
                      + " on_time = sla_resolution_month.on_time + excluded.on_time,"
                      + " late = sla_resolution_month.late + excluded.late");
          PreparedStatement update =
              connection.prepareStatement(
                  "update sla_resolution_month set early = early + ?, on_time = on_time + ?,"
                      + " late = late + ? where month = ? and unit_code = ? and field_code = ?"
                      + " and level = ?")) {
        for (Map.Entry<MonthKey, int[]> e : months.entrySet()) {
          int[] d = e.getValue();
          MonthKey k = e.getKey();
          PreparedStatement target;
          if (d[0] < 0 || d[1] < 0 || d[2] < 0) {
            target = update;
            update.setInt(1, d[Timeliness.EARLY.ordinal()]);
            update.setInt(2, d[Timeliness.ON_TIME.ordinal()]);
            update.setInt(3, d[Timeliness.LATE.ordinal()]);
            update.setDate(4, Date.valueOf(k.month()));
            update.setString(5, k.unitCode());
            update.setString(6, k.fieldCode());
            update.setString(7, k.level().name());
          } else if (d[0] > 0 || d[1] > 0 || d[2] > 0) {
            target = upsert;
            upsert.setDate(1, Date.valueOf(k.month()));
            upsert.setString(2, k.unitCode());
            upsert.setString(3, k.fieldCode());
            upsert.setString(4, k.level().name());
            upsert.setInt(5, d[Timeliness.EARLY.ordinal()]);
            upsert.setInt(6, d[Timeliness.ON_TIME.ordinal()]);
            upsert.setInt(7, d[Timeliness.LATE.ordinal()]);
          } else {
            continue;
          }
          target.addBatch();
        }
        upsert.executeBatch();
        update.executeBatch();
      }
    }

    private void writeOverruns(java.sql.Connection connection) throws SQLException {
      if (overruns.isEmpty()) {
        return;
      }
      try (PreparedStatement delete =
              connection.prepareStatement("delete from sla_overrun where dossier_id = ?");
          PreparedStatement insert =
              connection.prepareStatement(
                  "insert into sla_overrun (dossier_id, ordinal, unit_code, procedure_code,"
                      + " field_code, level, resolved_on, overrun_days, fallback, share, officer,"
                      + " officer_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Map.Entry<Long, OverrunSet> e : overruns.entrySet()) {
          delete.setLong(1, e.getKey());
          delete.addBatch();
          ResolutionFact fact = e.getValue().fact();
          Map<Integer, Integer> shares = new java.util.HashMap<>();
          for (Overrun o : e.getValue().rows()) {
            Level level = levels.computeIfAbsent(o.unitCode(), SlaLedger.this::levelOf);
            insert.setLong(1, e.getKey());
            insert.setInt(2, o.ordinal());
            insert.setString(3, o.unitCode());
            insert.setString(4, fact.procedureCode());
            insert.setString(5, fact.fieldCode());
            insert.setString(6, level.name());
            insert.setDate(7, Date.valueOf(fact.day()));
            insert.setInt(8, o.days());
            insert.setBoolean(9, o.fallback());
            insert.setInt(10, shares.merge(o.ordinal(), 1, Integer::sum) - 1);
            insert.setString(11, o.officer());
            insert.setString(12, o.officerName());
            insert.addBatch();
          }
        }
        delete.executeBatch();
        insert.executeBatch();
      }
    }
  }

  public Changes changes() {
    return new Changes();
  }

  private Level levelOf(String unitCode) {
    return units.find(unitCode).map(UnitFacts::level).orElse(Level.PROVINCE);
  }

  private static boolean isLate(ResolutionFact fact) {
    return fact != null && fact.timeliness() == Timeliness.LATE;
  }

  private record MonthKey(LocalDate month, String unitCode, String fieldCode, Level level) {
    static final java.util.Comparator<MonthKey> ORDER =
        java.util.Comparator.comparing(MonthKey::month)
            .thenComparing(MonthKey::unitCode)
            .thenComparing(MonthKey::fieldCode)
            .thenComparing(MonthKey::level);
  }

  private record CounterKey(
      LocalDate day, String unitCode, String procedureCode, String fieldCode, Level level) {

    static final java.util.Comparator<CounterKey> ORDER =
        java.util.Comparator.comparing(CounterKey::day)
            .thenComparing(CounterKey::unitCode)
            .thenComparing(CounterKey::procedureCode);
  }

  private record OverrunSet(ResolutionFact fact, List<Overrun> rows) {
    OverrunSet {
      rows = new ArrayList<>(rows);
    }
  }
}
