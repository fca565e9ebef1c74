package vn.dunghan.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The system PostgreSQL: one fresh database per run, dropped at the end unless kept. */
final class Pg {

  private final String server;

  Pg(String server) {
    this.server = server.endsWith("/") ? server : server + "/";
  }

  String url(String database) {
    return server + database + "?reWriteBatchedInserts=true";
  }

  /**
   * Straight through the driver: inside a full Maven lifecycle the PostgreSQL driver is registered
   * with DriverManager from another class loader, which then refuses it to this one.
   */
  Connection connect(String database) throws SQLException {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("user", "postgres");
    p.setProperty("password", "");
    return new org.postgresql.Driver().connect(url(database), p);
  }

  void create(String database) throws SQLException {
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("create database " + database + " encoding 'UTF8' template template0");
    }
  }

  void drop(String database) throws SQLException {
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    }
  }

  /** One row of a query as strings (settings, counts). */
  static List<String> row(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      if (rs.next()) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          values.add(rs.getString(i));
        }
      }
      return values;
    }
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    return Long.parseLong(row(c, sql).get(0));
  }
}
