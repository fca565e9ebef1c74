package vn.dunghan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import vn.dunghan.dossier.ReportTimeline;

/**
 * Keeps {@code report_counter} in step with the dossiers, in the transaction that changed them: a
 * dossier's contributions before the change are taken back and those after it added. All changes of
 * a transaction go out as one upsert, in key order, so two transactions touching the same rows lock
 * them in the same order and cannot deadlock on them.
 */
@ApplicationScoped
public class ReportLedger {

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::unitCode).thenComparing(Key::fieldCode).thenComparing(Key::day);

  private final EntityManager em;

  ReportLedger(EntityManager em) {
    this.em = em;
  }

  public Changes changes() {
    return new Changes();
  }

  /** Changes collected during one transaction; {@link #write()} applies them. */
  public final class Changes {
    private final Map<Key, int[]> deltas = new TreeMap<>(ORDER);

    /** A dossier's timeline went from {@code before} (null for a new dossier) to {@code after}. */
    public void move(
        String unitCode,
        String fieldCode,
        boolean online,
        ReportTimeline before,
        ReportTimeline after) {
      if (before != null) {
        add(unitCode, fieldCode, Contributions.of(online, before), -1);
      }
      add(unitCode, fieldCode, Contributions.of(online, after), +1);
    }

    private void add(String unit, String field, Map<LocalDate, int[]> days, int sign) {
      for (Map.Entry<LocalDate, int[]> day : days.entrySet()) {
        int[] d =
            deltas.computeIfAbsent(new Key(unit, field, day.getKey()), k -> new int[Measure.COUNT]);
        int[] v = day.getValue();
        for (int i = 0; i < v.length; i++) {
          d[i] += sign * v[i];
        }
      }
    }

    public boolean isEmpty() {
      return deltas.values().stream().allMatch(Changes::zero);
    }

    /** Writes everything collected (one statement), after Hibernate has written the dossiers. */
    public void write() {
      List<Map.Entry<Key, int[]>> rows = new ArrayList<>();
      for (Map.Entry<Key, int[]> e : deltas.entrySet()) {
        if (!zero(e.getValue())) {
          rows.add(e);
        }
      }
      if (rows.isEmpty()) {
        return;
      }
      em.flush();
      em.unwrap(Session.class).doWork(connection -> upsert(connection, rows));
      deltas.clear();
    }

    private static boolean zero(int[] values) {
      for (int v : values) {
        if (v != 0) {
          return false;
        }
      }
      return true;
    }
  }

  private static void upsert(Connection connection, List<Map.Entry<Key, int[]>> rows)
      throws SQLException {
    StringBuilder columns = new StringBuilder("unit_code, field_code, day");
    StringBuilder arrays = new StringBuilder("?::varchar[], ?::varchar[], ?::date[]");
    StringBuilder sums = new StringBuilder();
    for (Measure m : Measure.values()) {
      columns.append(", ").append(m.column);
      arrays.append(", ?::int[]");
      sums.append(sums.length() == 0 ? "" : ", ")
          .append(m.column)
          .append(" = report_counter.")
          .append(m.column)
          .append(" + excluded.")
          .append(m.column);
    }
    String sql =
        "insert into report_counter ("
            + columns
            + ") select * from unnest("
            + arrays
            + ") on conflict (unit_code, field_code, day) do update set "
            + sums;
    int n = rows.size();
    String[] units = new String[n];
    String[] fields = new String[n];
    Date[] days = new Date[n];
    Integer[][] values = new Integer[Measure.COUNT][n];
    for (int i = 0; i < n; i++) {
      Key k = rows.get(i).getKey();
      units[i] = k.unitCode();
      fields[i] = k.fieldCode();
      days[i] = Date.valueOf(k.day());
      int[] v = rows.get(i).getValue();
      for (int m = 0; m < Measure.COUNT; m++) {
        values[m][i] = v[m];
      }
    }
    List<Array> arraysToFree = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int p = 1;
      statement.setArray(p++, array(connection, "varchar", units, arraysToFree));
      statement.setArray(p++, array(connection, "varchar", fields, arraysToFree));
      statement.setArray(p++, array(connection, "date", days, arraysToFree));
      for (Measure m : Measure.values()) {
        statement.setArray(p++, array(connection, "int4", values[m.ordinal()], arraysToFree));
      }
      statement.executeUpdate();
    } finally {
      for (Array a : arraysToFree) {
        a.free();
      }
    }
  }

  private static Array array(Connection c, String type, Object[] values, List<Array> created)
      throws SQLException {
    Array a = c.createArrayOf(type, values);
    created.add(a);
    return a;
  }

  private record Key(String unitCode, String fieldCode, LocalDate day) {}
}
