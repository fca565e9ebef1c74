package vn.dunghan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;

/**
 * The intake's floor: a bare HTTP route in its own JVM (same java, same heap as the service) that
 * writes, for each {@code POST}, exactly the rows the service wrote for that dossier code, with
 * plain JDBC in one transaction, and answers 201 with a small JSON body. No framework, no token, no
 * validation, no replay, no lookups.
 *
 * <p>At start it reads back what the service wrote for the codes listed in a file (dossier,
 * applicant, step, index marks, notifications) and deletes it. Each request parses its body to find
 * the code, inserts that dossier's rows under their original ids, and runs the service's three
 * counter statements (report, Decision 766 index, index open month) with as many rows as the
 * service's own (2, 6 and 1) keyed by the dossier's unit, field, procedure and days, adding zero so
 * the stored figures stay those of the service (an update writes a new row version all the same).
 *
 * <pre>java -Xmx256m -cp ... vn.dunghan.bench.BareIntake PORT JDBC_URL CODES_FILE</pre>
 */
public final class BareIntake {

  private static final String[] TABLES = {
    "dossier", "dossier_applicant", "dossier_step", "dossier_index_marks", "notification"
  };

  private record Rows(String table, List<String> columns, List<Object[]> rows) {}

  private final Map<String, List<Rows>> byCode = new HashMap<>();
  private final Map<String, Object[]> keys = new HashMap<>();
  private final BlockingQueue<Connection> pool;
  private final ObjectMapper json = new ObjectMapper();
  private final String reportSql;

  private BareIntake(String url, List<String> codes, int connections) throws SQLException {
    pool = new ArrayBlockingQueue<>(connections);
    for (int i = 0; i < connections; i++) {
      Connection c = DriverManager.getConnection(url, "postgres", "");
      c.setAutoCommit(false);
      pool.add(c);
    }
    Connection c = pool.peek();
    String[] array = codes.toArray(String[]::new);
    for (String table : TABLES) {
      String sql =
          table.equals("dossier")
              ? "select * from dossier where code = any(?)"
              : "select t.*, d.code as bench_code from "
                  + table
                  + " t join dossier d on d.id = t.dossier_id where d.code = any(?)";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setArray(1, c.createArrayOf("varchar", array));
        try (ResultSet rs = s.executeQuery()) {
          ResultSetMetaData md = rs.getMetaData();
          int n = table.equals("dossier") ? md.getColumnCount() : md.getColumnCount() - 1;
          List<String> columns = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            columns.add(md.getColumnName(i));
          }
          while (rs.next()) {
            Object[] row = new Object[n];
            for (int i = 1; i <= n; i++) {
              row[i - 1] =
                  switch (md.getColumnTypeName(i)) {
                    case "timestamptz" -> rs.getObject(i, OffsetDateTime.class);
                    case "date" -> rs.getObject(i, LocalDate.class);
                    default -> rs.getObject(i);
                  };
            }
            String code = rs.getString(table.equals("dossier") ? "code" : "bench_code");
            List<Rows> sets = byCode.computeIfAbsent(code, k -> new ArrayList<>());
            sets.add(new Rows(table, columns, List.<Object[]>of(row)));
            if (table.equals("dossier")) {
              keys.put(
                  code,
                  new Object[] {
                    rs.getString("handling_unit_code"),
                    rs.getString("field_code"),
                    rs.getString("procedure_code"),
                    rs.getObject("received_at", OffsetDateTime.class).toLocalDate(),
                    rs.getObject("due_date", LocalDate.class)
                  });
            }
          }
        }
      }
    }
    try (Statement s = c.createStatement()) {
      for (int i = TABLES.length - 1; i >= 0; i--) {
        String where =
            TABLES[i].equals("dossier")
                ? "code = any(?)"
                : "dossier_id in (select id from dossier where code = any(?))";
        try (PreparedStatement d =
            c.prepareStatement("delete from " + TABLES[i] + " where " + where)) {
          d.setArray(1, c.createArrayOf("varchar", array));
          d.executeUpdate();
        }
      }
      c.commit();
      s.execute("checkpoint");
    }
    // The report counter's first measure column gets the zero.
    String measure;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select column_name from information_schema.columns where table_name ="
                    + " 'report_counter' and column_name not in ('unit_code', 'field_code', 'day')"
                    + " order by ordinal_position limit 1")) {
      rs.next();
      measure = rs.getString(1);
    }
    c.commit();
    reportSql =
        "insert into report_counter (unit_code, field_code, day, "
            + measure
            + ") select * from unnest(?::varchar[], ?::varchar[], ?::date[], ?::int[])"
            + " on conflict (unit_code, field_code, day) do update set "
            + measure
            + " = report_counter."
            + measure
            + " + excluded."
            + measure;
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String code = json.readTree(body).path("code").asText();
    int status;
    String answer;
    Connection c = null;
    try {
      if (!byCode.containsKey(code)) {
        // The service refused this body (it wrote nothing for it): refuse it too.
        throw new IllegalArgumentException(code);
      }
      c = pool.take();
      write(c, code);
      c.commit();
      status = 201;
      answer = "{\"code\":\"" + code + "\",\"dueDate\":\"" + keys.get(code)[4] + "\"}";
    } catch (IllegalArgumentException e) {
      status = 422;
      answer = "{}";
    } catch (SQLException | RuntimeException e) {
      rollback(c);
      status = 500;
      answer = "{\"detail\":\"" + e.getClass().getSimpleName() + "\"}";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 503;
      answer = "{}";
    } finally {
      if (c != null) {
        pool.add(c);
      }
    }
    byte[] out = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, out.length);
    try (OutputStream o = exchange.getResponseBody()) {
      o.write(out);
    }
  }

  private void write(Connection c, String code) throws SQLException {
    List<Rows> sets = byCode.get(code);
    if (sets == null) {
      throw new IllegalStateException("no rows for " + code);
    }
    for (Rows set : sets) {
      String sql =
          "insert into "
              + set.table()
              + " ("
              + String.join(", ", set.columns())
              + ") values ("
              + "?, ".repeat(set.columns().size() - 1)
              + "?)";
      try (PreparedStatement insert = c.prepareStatement(sql)) {
        for (Object[] row : set.rows()) {
          for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
              insert.setNull(i + 1, java.sql.Types.OTHER);
            } else {
              insert.setObject(i + 1, row[i]);
            }
          }
          insert.executeUpdate();
        }
      }
    }
    Object[] k = keys.get(code);
    String unit = (String) k[0];
    String field = (String) k[1];
    String procedure = (String) k[2];
    java.sql.Date received = java.sql.Date.valueOf((LocalDate) k[3]);
    java.sql.Date due = java.sql.Date.valueOf((LocalDate) k[4]);
    try (PreparedStatement s = c.prepareStatement(reportSql)) {
      s.setArray(1, c.createArrayOf("varchar", new String[] {unit, unit}));
      s.setArray(2, c.createArrayOf("varchar", new String[] {field, field}));
      s.setArray(3, c.createArrayOf("date", new java.sql.Date[] {received, due}));
      s.setArray(4, c.createArrayOf("int4", new Integer[] {0, 0}));
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into index_counter (unit_code, procedure_code, metric, day, n)"
                + " select * from unnest(?::varchar[], ?::varchar[], ?::smallint[], ?::date[],"
                + " ?::bigint[]) on conflict (metric, day, unit_code, procedure_code)"
                + " do update set n = index_counter.n + excluded.n")) {
      s.setArray(1, c.createArrayOf("varchar", new String[] {unit, unit, unit, unit, unit, unit}));
      s.setArray(
          2,
          c.createArrayOf(
              "varchar",
              new String[] {procedure, procedure, procedure, procedure, procedure, procedure}));
      s.setArray(3, c.createArrayOf("int4", new Integer[] {1, 2, 3, 4, 5, 6}));
      s.setArray(
          4,
          c.createArrayOf(
              "date", new java.sql.Date[] {received, received, received, received, due, due}));
      s.setArray(5, c.createArrayOf("int8", new Long[] {0L, 0L, 0L, 0L, 0L, 0L}));
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into index_open_month (unit_code, metric, month, n)"
                + " select * from unnest(?::varchar[], ?::smallint[], ?::date[], ?::bigint[])"
                + " on conflict (metric, month, unit_code)"
                + " do update set n = index_open_month.n + excluded.n")) {
      s.setArray(1, c.createArrayOf("varchar", new String[] {unit}));
      s.setArray(2, c.createArrayOf("int4", new Integer[] {1}));
      s.setArray(
          3,
          c.createArrayOf(
              "date",
              new java.sql.Date[] {java.sql.Date.valueOf(((LocalDate) k[3]).withDayOfMonth(1))}));
      s.setArray(4, c.createArrayOf("int8", new Long[] {0L}));
      s.executeUpdate();
    }
  }

  private static void rollback(Connection c) {
    if (c != null) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // the connection is reported by the next use
      }
    }
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    List<String> codes = Files.readAllLines(Path.of(args[2]));
    BareIntake route = new BareIntake(args[1], codes, 20);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
    server.createContext("/api/v1/dossiers", route::handle);
    server.createContext(
        "/q/health/ready",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.start();
    System.out.println("bare intake route on port " + port + ", " + codes.size() + " codes");
  }

  /**
   * The class path of the bench's own class loader, for starting this class in a JVM of its own.
   */
  static String classPath() {
    if (BareIntake.class.getClassLoader() instanceof URLClassLoader loader) {
      List<String> paths = new ArrayList<>();
      for (java.net.URL url : loader.getURLs()) {
        paths.add(Path.of(java.net.URI.create(url.toString())).toString());
      }
      return String.join(java.io.File.pathSeparator, paths);
    }
    return System.getProperty("java.class.path");
  }
}
