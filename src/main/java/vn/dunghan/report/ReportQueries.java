package vn.dunghan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import vn.dunghan.shared.SqlValues;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.unit.Hierarchy;
import vn.dunghan.unit.Level;
import vn.dunghan.unit.UnitDirectory;

/**
 * The report reads: sums of {@code report_counter} over a window (never a scan of dossiers), the
 * snapshot tables, and what changed a closed window after its snapshot. Only bind parameters carry
 * values.
 */
@ApplicationScoped
public class ReportQueries {

  private final EntityManager em;
  private final UnitDirectory directory;

  ReportQueries(EntityManager em, UnitDirectory directory) {
    this.em = em;
    this.directory = directory;
  }

  /** A unit and field: the key of a report line. */
  public record Key(String unitCode, String fieldCode) {}

  public record UnitInfo(String code, String name, Level level) {}

  /** The units under (and including) the one whose path is {@code pathPrefix}, by code. */
  Map<String, UnitInfo> units(String pathPrefix) {
    Map<String, UnitInfo> units = new LinkedHashMap<>();
    for (Object[] r :
        list(
            "select code, name, level from administrative_unit where starts_with(path, :p)"
                + " order by code",
            Map.of("p", pathPrefix))) {
      units.put(
          (String) r[0], new UnitInfo((String) r[0], (String) r[1], Level.valueOf((String) r[2])));
    }
    return units;
  }

  Map<String, String> fieldNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Object[] r : list("select code, name from field order by code", Map.of())) {
      names.put((String) r[0], (String) r[1]);
    }
    return names;
  }

  /**
   * Figures per unit and field as counted, province-wide, unplaced: flows from {@code from} to
   * {@code asOf}, carried over = open at the end of the day before {@code from}, levels at the end
   * of {@code asOf}. What a snapshot freezes.
   */
  Map<Key, Figures> live(LocalDate from, LocalDate asOf) {
    Map<Key, long[][]> sums = new LinkedHashMap<>();
    for (Part part : parts(from, asOf, null, Segments.NONE)) {
      Key key = new Key(part.unitCode, part.fieldCode);
      add(sums, key, part);
    }
    return figures(sums);
  }

  /**
   * The same, each part placed in the hierarchy ({@link Hierarchy}) and limited to the subtree of
   * unit {@code scopeCode} (null: the province). As of each day, flows count where their unit stood
   * on the day they happened, the carried-over stock where it stood on {@code from} and the levels
   * where it stands on {@code asOf}; a unit's figures after it merged count at its successor. As
   * now, everything counts where the unit (or its successor) stands today.
   */
  Map<Key, Figures> live(String scopeCode, LocalDate from, LocalDate asOf, Hierarchy hierarchy) {
    Map<Key, long[][]> sums = new LinkedHashMap<>();
    UnitDirectory.Tree directory = this.directory.tree();
    Segments segments = hierarchy == Hierarchy.AS_NOW ? Segments.NONE : Segments.of(directory);
    for (Part part : parts(from, asOf, candidates(directory, scopeCode, hierarchy), segments)) {
      UnitDirectory.Placement before;
      UnitDirectory.Placement end;
      if (hierarchy == Hierarchy.AS_NOW) {
        before = directory.placeNow(part.unitCode);
        end = before;
      } else {
        before = directory.placeOn(part.unitCode, from);
        end = directory.placeOn(part.unitCode, asOf);
      }
      for (int k = 0; k < part.flows.length; k++) {
        LocalDate day = segments.firstDay(part.unitCode, k, directory);
        if (day == null) {
          continue; // a unit with fewer cuts than the most cut one: nothing in this segment
        }
        UnitDirectory.Placement flows =
            hierarchy == Hierarchy.AS_NOW ? before : directory.placeOn(part.unitCode, day);
        if (flows.within(scopeCode)) {
          addInto(sum(sums, new Key(flows.unitCode(), part.fieldCode))[0], part.flows[k]);
        }
      }
      if (before.within(scopeCode)) {
        addInto(sum(sums, new Key(before.unitCode(), part.fieldCode))[1], part.before);
      }
      if (end.within(scopeCode)) {
        addInto(sum(sums, new Key(end.unitCode(), part.fieldCode))[2], part.end);
      }
    }
    return figures(sums);
  }

  /**
   * The frozen rows of a snapshot placed like {@link #live(String, LocalDate, LocalDate,
   * Hierarchy)}: a frozen row keeps no days, so all its figures count where its unit stood on the
   * window's last day {@code to} (or stands now).
   */
  Map<Key, Figures> placed(
      Map<Key, Figures> frozen, String scopeCode, LocalDate to, Hierarchy hierarchy) {
    Map<Key, Figures> placed = new LinkedHashMap<>();
    UnitDirectory.Tree directory = this.directory.tree();
    for (Map.Entry<Key, Figures> e : frozen.entrySet()) {
      UnitDirectory.Placement at =
          hierarchy == Hierarchy.AS_NOW
              ? directory.placeNow(e.getKey().unitCode())
              : directory.placeOn(e.getKey().unitCode(), to);
      if (at.within(scopeCode)) {
        placed.merge(new Key(at.unitCode(), e.getKey().fieldCode()), e.getValue(), Figures::plus);
      }
    }
    return placed;
  }

  /**
   * The counters of one unit and field: the flows in the window per segment of the unit's life
   * ({@link Segments}), the open level before the window and the levels at its end.
   */
  private record Part(
      String unitCode, String fieldCode, long[][] flows, long[] before, long[] end) {}

  /**
   * Where units' lives are cut: the first day of each version after the first, and the day after a
   * unit ended (from which its figures count at its successor). A unit without cuts has one
   * segment. Sent to the database as arrays (a unit's k-th cut in {@code cuts[k-1]}), so the
   * counters are summed per segment in one pass grouped by unit and field only: a join with the
   * versions made the planner give up the parallel hash aggregate (docs/scaling.md).
   */
  private record Segments(Map<String, List<LocalDate>> cuts, int count) {

    static final Segments NONE = new Segments(Map.of(), 1);

    static Segments of(UnitDirectory.Tree tree) {
      Map<String, List<LocalDate>> cuts = new LinkedHashMap<>();
      int count = 1;
      for (vn.dunghan.unit.UnitFacts u : tree.byCode().values()) {
        List<LocalDate> mine = new ArrayList<>();
        List<UnitDirectory.Version> versions = tree.versions(u.code());
        for (int i = 1; i < versions.size(); i++) {
          mine.add(versions.get(i).validFrom());
        }
        if (u.validTo() != null) {
          mine.add(u.validTo().plusDays(1));
        }
        if (!mine.isEmpty()) {
          cuts.put(u.code(), mine);
          count = Math.max(count, mine.size() + 1);
        }
      }
      return new Segments(cuts, count);
    }

    /** A day of segment {@code k} of the unit's life (its first; the unit's start for k = 0). */
    LocalDate firstDay(String unit, int k, UnitDirectory.Tree tree) {
      if (k == 0) {
        vn.dunghan.unit.UnitFacts facts = tree.get(unit);
        return facts == null ? LocalDate.MIN : facts.validFrom();
      }
      List<LocalDate> mine = cuts.get(unit);
      return mine == null || k > mine.size() ? null : mine.get(k - 1);
    }

    Object[] units() {
      return cuts.keySet().toArray();
    }

    /** The k-th cut of every unit in {@link #units}, null where a unit has fewer. */
    Object[] cut(int k) {
      return cuts.values().stream()
          .map(mine -> k <= mine.size() ? Date.valueOf(mine.get(k - 1)) : null)
          .toArray();
    }
  }

  /**
   * The units whose counters can fall in the scope of unit {@code scopeCode}: those that stood in
   * it on some day, and the units merged into them; null for the province (no limit).
   */
  private static List<String> candidates(
      UnitDirectory.Tree directory, String scopeCode, Hierarchy hierarchy) {
    if (scopeCode == null) {
      return null;
    }
    java.util.Set<String> found = new java.util.LinkedHashSet<>();
    for (String code : directory.byCode().keySet()) {
      boolean inside =
          hierarchy == Hierarchy.AS_NOW
              ? directory.placeNow(code).within(scopeCode)
              : directory.versions(code).stream()
                      .anyMatch(v -> v.path().contains("/" + scopeCode + "/"))
                  || directory.get(code).path().contains("/" + scopeCode + "/");
      if (inside) {
        found.add(code);
        found.addAll(directory.predecessors(code));
      }
    }
    return new ArrayList<>(found);
  }

  private List<Part> parts(LocalDate from, LocalDate asOf, List<String> units, Segments segments) {
    int count = segments.count();
    StringBuilder select = new StringBuilder("select c.unit_code, c.field_code");
    for (Measure m : Measure.values()) {
      if (!m.level) {
        for (int k = 0; k < count; k++) {
          select
              .append(", sum(c.")
              .append(m.column)
              .append(") filter (where c.day >= ?")
              .append(k == 0 ? "" : " and c.day >= s.b" + k)
              .append(
                  k + 1 < count
                      ? " and (s.b" + (k + 1) + " is null or c.day < s.b" + (k + 1) + ")"
                      : "")
              .append(")");
        }
      }
    }
    select.append(", sum(c.open_change) filter (where c.day < ?)");
    for (Measure m : Measure.values()) {
      if (m.level) {
        select.append(", sum(c.").append(m.column).append(")");
      }
    }
    StringBuilder cuts = new StringBuilder();
    StringBuilder columns = new StringBuilder("code");
    for (int k = 1; k < count; k++) {
      cuts.append(", cast(? as date[])");
      columns.append(", b").append(k);
    }
    String sql =
        select
            + " from report_counter c"
            + (count > 1
                ? " left join unnest(cast(? as varchar[])"
                    + cuts
                    + ") as s("
                    + columns
                    + ") on s.code = c.unit_code"
                : "")
            + " where c.day <= ?"
            + (units == null ? "" : " and c.unit_code = any(?)")
            + " group by c.unit_code, c.field_code";
    return vn.dunghan.shared.SessionSql.query(
        em,
        sql,
        statement -> {
          int i = 1;
          for (Measure m : Measure.values()) {
            if (!m.level) {
              for (int k = 0; k < count; k++) {
                statement.setDate(i++, Date.valueOf(from));
              }
            }
          }
          statement.setDate(i++, Date.valueOf(from));
          java.sql.Connection connection = statement.getConnection();
          if (count > 1) {
            statement.setArray(i++, connection.createArrayOf("varchar", segments.units()));
            for (int k = 1; k < count; k++) {
              statement.setArray(i++, connection.createArrayOf("date", segments.cut(k)));
            }
          }
          statement.setDate(i++, Date.valueOf(asOf));
          if (units != null) {
            statement.setArray(i, connection.createArrayOf("varchar", units.toArray()));
          }
        },
        rows -> {
          List<Part> parts = new ArrayList<>();
          while (rows.next()) {
            long[][] flows = new long[count][Measure.COUNT];
            long[] before = new long[Measure.COUNT];
            long[] end = new long[Measure.COUNT];
            int i = 3;
            for (Measure m : Measure.values()) {
              if (!m.level) {
                for (int k = 0; k < count; k++) {
                  flows[k][m.ordinal()] = rows.getLong(i++);
                }
              }
            }
            before[Measure.OPEN.ordinal()] = rows.getLong(i++);
            for (Measure m : Measure.values()) {
              if (m.level) {
                end[m.ordinal()] = rows.getLong(i++);
              }
            }
            parts.add(new Part(rows.getString(1), rows.getString(2), flows, before, end));
          }
          return parts;
        });
  }

  private static long[][] sum(Map<Key, long[][]> sums, Key key) {
    return sums.computeIfAbsent(
        key,
        k ->
            new long[][] {
              new long[Measure.COUNT], new long[Measure.COUNT], new long[Measure.COUNT]
            });
  }

  private static void add(Map<Key, long[][]> sums, Key key, Part part) {
    long[][] into = sum(sums, key);
    for (long[] segment : part.flows) {
      addInto(into[0], segment);
    }
    addInto(into[1], part.before);
    addInto(into[2], part.end);
  }

  private static void addInto(long[] into, long[] values) {
    for (int i = 0; i < into.length; i++) {
      into[i] += values[i];
    }
  }

  private static Map<Key, Figures> figures(Map<Key, long[][]> sums) {
    Map<Key, Figures> figures = new LinkedHashMap<>();
    for (Map.Entry<Key, long[][]> e : sums.entrySet()) {
      long[][] v = e.getValue();
      Figures f = Figures.fromSums(v[0], v[1], v[2]);
      if (!f.isZero()) {
        figures.put(e.getKey(), f);
      }
    }
    return figures;
  }

  // Snapshots

  public record SnapshotInfo(
      long id,
      String period,
      ReportPeriod.Window window,
      int version,
      LocalDate from,
      LocalDate to,
      OffsetDateTime generatedAt,
      String generatedBy,
      String reason) {}

  private static final String SNAPSHOT_COLUMNS =
      "id, period, window_kind, version, window_from, window_to, generated_at, generated_by, reason";

  List<SnapshotInfo> snapshots(String period, ReportPeriod.Window window) {
    List<SnapshotInfo> all = new ArrayList<>();
    for (Object[] r :
        list(
            "select "
                + SNAPSHOT_COLUMNS
                + " from report_snapshot where period = :period and window_kind = :w"
                + " order by version",
            Map.of("period", period, "w", window.name()))) {
      all.add(snapshot(r));
    }
    return all;
  }

  /** A snapshot's frozen rows, province-wide, as counted. */
  Map<Key, Figures> snapshotRows(long snapshotId) {
    Map<Key, Figures> rows = new LinkedHashMap<>();
    for (Object[] r :
        list(
            "select unit_code, field_code, new_online, new_direct, carried_over, resolved_early,"
                + " resolved_on_time, resolved_late, in_progress, overdue, withdrawn, rejected,"
                + " awaiting_supplement, suspended from report_snapshot_row"
                + " where snapshot_id = :id",
            Map.of("id", snapshotId))) {
      long[] v = new long[12];
      for (int i = 0; i < v.length; i++) {
        v[i] = num(r[i + 2]);
      }
      rows.put(new Key((String) r[0], (String) r[1]), Figures.of(v));
    }
    return rows;
  }

  /** Serialises snapshot writers of one period and window (the version numbers stay dense). */
  void lockSnapshots(String period, ReportPeriod.Window window) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:k, 766))")
        .setParameter("k", "report-snapshot:" + period + ":" + window.name())
        .getSingleResult();
  }

  SnapshotInfo insertSnapshot(
      ReportPeriod period,
      ReportPeriod.Window window,
      int version,
      Instant at,
      String by,
      String reason,
      Map<Key, Figures> rows) {
    ReportPeriod.Days days = period.days(window);
    long[] id = new long[1];
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement head =
                  connection.prepareStatement(
                      "insert into report_snapshot (period, window_kind, version, window_from,"
                          + " window_to, generated_at, generated_by, reason)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
                head.setString(1, period.name());
                head.setString(2, window.name());
                head.setInt(3, version);
                head.setDate(4, Date.valueOf(days.from()));
                head.setDate(5, Date.valueOf(days.to()));
                head.setTimestamp(6, Timestamp.from(at));
                head.setString(7, by);
                head.setString(8, reason);
                try (ResultSet rs = head.executeQuery()) {
                  rs.next();
                  id[0] = rs.getLong(1);
                }
              }
              insertRows(connection, id[0], rows);
            });
    return new SnapshotInfo(
        id[0],
        period.name(),
        window,
        version,
        days.from(),
        days.to(),
        at.atZone(TimeSource.ZONE).toOffsetDateTime(),
        by,
        reason);
  }

  private static void insertRows(Connection connection, long snapshotId, Map<Key, Figures> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into report_snapshot_row (snapshot_id, unit_code, field_code, new_online,"
                + " new_direct, carried_over, resolved_early, resolved_on_time, resolved_late,"
                + " in_progress, overdue, withdrawn, rejected, awaiting_supplement, suspended)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<Key, Figures> e : rows.entrySet()) {
        insert.setLong(1, snapshotId);
        insert.setString(2, e.getKey().unitCode());
        insert.setString(3, e.getKey().fieldCode());
        long[] v = e.getValue().toArray();
        for (int c = 0; c < v.length; c++) {
          insert.setInt(4 + c, Math.toIntExact(v[c]));
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Something recorded after a snapshot that falls inside its window. */
  public record Cause(
      String dossierCode,
      String unitCode,
      String fieldCode,
      String what,
      OffsetDateTime occurredAt,
      OffsetDateTime recordedAt) {}

  /**
   * Dossiers received and events recorded after {@code since} that are dated on or before {@code
   * to}, for units under {@code pathPrefix}: why a closed window's figures moved.
   */
  List<Cause> causes(String pathPrefix, Instant since, LocalDate to, int limit) {
    Instant end = to.plusDays(1).atStartOfDay(TimeSource.ZONE).toInstant();
    String sql =
        "select * from ("
            + " select d.code, d.handling_unit_code, d.field_code, 'RECEIVED' as what,"
            + " d.received_at as occurred_at, d.created_at as recorded_at"
            + " from dossier d where d.created_at > :since and d.received_at < :end"
            + " union all"
            + " select d.code, d.handling_unit_code, d.field_code, e.type, e.occurred_at,"
            + " e.received_at from dossier_event e join dossier d on d.id = e.dossier_id"
            + " where e.received_at > :since and e.occurred_at < :end"
            + " and d.created_at <= :since"
            + ") c where c.handling_unit_code in"
            + " (select code from administrative_unit where starts_with(path, :p))"
            + " order by c.recorded_at, c.code limit :limit";
    List<Cause> causes = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("since", Timestamp.from(since));
    params.put("end", Timestamp.from(end));
    params.put("p", pathPrefix);
    params.put("limit", limit);
    for (Object[] r : list(sql, params)) {
      causes.add(
          new Cause(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              SqlValues.vietnamTime(r[4]),
              SqlValues.vietnamTime(r[5])));
    }
    return causes;
  }

  private static SnapshotInfo snapshot(Object[] r) {
    return new SnapshotInfo(
        ((Number) r[0]).longValue(),
        (String) r[1],
        ReportPeriod.Window.valueOf((String) r[2]),
        ((Number) r[3]).intValue(),
        SqlValues.localDate(r[4]),
        SqlValues.localDate(r[5]),
        SqlValues.vietnamTime(r[6]),
        (String) r[7],
        (String) r[8]);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> list(String sql, Map<String, Object> params) {
    Query q = em.createNativeQuery(sql);
    params.forEach(q::setParameter);
    return q.getResultList();
  }

  private static long num(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
