package vn.dunghan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor PostgreSQL sets for ingest: exactly the rows the service wrote for a set of dossiers
 * (read back from its tables), deleted, then inserted again, 1,000 dossiers and every row that
 * references them per transaction, the counters last, either with plain JDBC batches (the driver's
 * multi-row rewrite, as the service uses for updates) or with {@code COPY} in its text format (as
 * the service writes new dossiers). No parsing, no replay, no lookups: only the writes, into the
 * same tables with every index.
 */
final class RawInsert {

  /** Tables keyed by the dossier, in insert order; the first is the dossier itself. */
  private static final String[][] PER_DOSSIER = {
    {"dossier", "id"},
    {"dossier_applicant", "dossier_id"},
    {"dossier_step", "dossier_id"},
    {"dossier_event", "dossier_id"},
    {"sla_overrun", "dossier_id"},
    {"notification", "dossier_id"},
    {"dossier_portal", "dossier_id"},
    {"portal_sync", "dossier_id"},
    {"portal_push", "dossier_id"},
    {"dossier_index_marks", "dossier_id"},
    {"dossier_rating", "dossier_id"}
  };

  private static final String[] COUNTERS = {
    "sla_resolution_counter", "report_counter", "index_counter", "index_open_month"
  };

  record Outcome(long dossiers, long rows, double seconds) {
    double perSecond() {
      return dossiers / seconds;
    }
  }

  private record Table(String name, String key, List<String> columns, List<Object[]> rows) {}

  private RawInsert() {}

  /** How the rows go in. */
  enum Mode {
    JDBC_BATCH,
    COPY
  }

  static Outcome run(Connection c, Mode mode) throws SQLException {
    List<Table> perDossier = new ArrayList<>();
    for (String[] t : PER_DOSSIER) {
      perDossier.add(read(c, t[0], t[1]));
    }
    List<Table> counters = new ArrayList<>();
    for (String t : COUNTERS) {
      counters.add(read(c, t, null));
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "truncate dossier, dossier_applicant, dossier_step, dossier_event, sla_overrun,"
              + " notification_attempt, notification, sla_resolution_counter, report_counter,"
              + " personal_data_read, dossier_portal, portal_sync, portal_push,"
              + " dossier_index_marks, dossier_rating, index_counter, index_open_month");
      // From a clean checkpoint, as the HTTP ingest before it (Bench.ingest).
      s.execute("checkpoint");
    }
    c.setAutoCommit(false);
    long rows = 0;
    long started = System.nanoTime();
    Table dossiers = perDossier.get(0);
    int[] cursor = new int[perDossier.size()];
    for (int from = 0; from < dossiers.rows().size(); from += Loader.BATCH) {
      int to = Math.min(dossiers.rows().size(), from + Loader.BATCH);
      long lastId = ((Number) dossiers.rows().get(to - 1)[0]).longValue();
      for (int t = 0; t < perDossier.size(); t++) {
        Table table = perDossier.get(t);
        int keyIndex = table.columns().indexOf(table.key());
        int start = cursor[t];
        int end = start;
        while (end < table.rows().size()
            && ((Number) table.rows().get(end)[keyIndex]).longValue() <= lastId) {
          end++;
        }
        rows += mode == Mode.COPY ? copy(c, table, start, end) : insert(c, table, start, end);
        cursor[t] = end;
      }
      c.commit();
    }
    for (Table table : counters) {
      for (int from = 0; from < table.rows().size(); from += 5000) {
        int to = Math.min(table.rows().size(), from + 5000);
        rows += mode == Mode.COPY ? copy(c, table, from, to) : insert(c, table, from, to);
        c.commit();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    c.setAutoCommit(true);
    return new Outcome(dossiers.rows().size(), rows, seconds);
  }

  private static Table read(Connection c, String name, String key) throws SQLException {
    List<String> columns = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    String order = key == null ? "" : " where " + key + " is not null order by " + key;
    try (Statement s = c.createStatement()) {
      s.setFetchSize(10_000);
      c.setAutoCommit(false);
      try (ResultSet rs = s.executeQuery("select * from " + name + order)) {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        for (int i = 1; i <= n; i++) {
          columns.add(md.getColumnName(i));
        }
        while (rs.next()) {
          Object[] row = new Object[n];
          for (int i = 1; i <= n; i++) {
            String type = md.getColumnTypeName(i);
            row[i - 1] =
                switch (type) {
                  case "timestamptz" -> rs.getObject(i, OffsetDateTime.class);
                  case "date" -> rs.getObject(i, LocalDate.class);
                  default -> rs.getObject(i);
                };
          }
          rows.add(row);
        }
      }
      c.commit();
      c.setAutoCommit(true);
    }
    return new Table(name, key, columns, rows);
  }

  private static int insert(Connection c, Table table, int from, int to) throws SQLException {
    if (from >= to) {
      return 0;
    }
    String sql =
        "insert into "
            + table.name()
            + " ("
            + String.join(", ", table.columns())
            + ") values ("
            + "?, ".repeat(table.columns().size() - 1)
            + "?)";
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      for (int r = from; r < to; r++) {
        Object[] row = table.rows().get(r);
        for (int i = 0; i < row.length; i++) {
          if (row[i] == null) {
            insert.setNull(i + 1, java.sql.Types.OTHER);
          } else {
            insert.setObject(i + 1, row[i]);
          }
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return to - from;
  }

  private static int copy(Connection c, Table table, int from, int to) throws SQLException {
    if (from >= to) {
      return 0;
    }
    StringBuilder text = new StringBuilder(256 * (to - from));
    for (int r = from; r < to; r++) {
      Object[] row = table.rows().get(r);
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        field(text, row[i]);
      }
      text.append('\n');
    }
    try {
      c.unwrap(org.postgresql.PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy " + table.name() + " (" + String.join(", ", table.columns()) + ") from stdin",
              new java.io.StringReader(text.toString()));
    } catch (java.io.IOException e) {
      throw new SQLException("COPY into " + table.name(), e);
    }
    return to - from;
  }

  /** One value in COPY's text format: {@code \N} for null, backslash escapes. */
  private static void field(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    String s =
        value instanceof org.postgresql.util.PGobject object ? object.getValue() : value.toString();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
  }
}
