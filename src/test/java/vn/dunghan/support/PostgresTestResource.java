package vn.dunghan.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL for the test run: a fresh embedded server by default, or, when {@code
 * QUARKUS_DATASOURCE_JDBC_URL} names a server, a new database created on it for this run only
 * (tests that share a database would join each other's Quartz cluster).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  /** The resource of the application running now, for the tests that restart its server. */
  private static volatile PostgresTestResource current;

  private EmbeddedPostgres embedded;
  private java.nio.file.Path dataDirectory;
  private int port;

  @Override
  public Map<String, String> start() {
    String serverUrl = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    if (serverUrl != null && !serverUrl.isBlank()) {
      return freshDatabaseOn(serverUrl);
    }
    try {
      // The server's own log is relayed into the test log: like production's, it must not
      // quote failing rows (docs/security.md "Logs").
      // A data directory and port of its own, kept across a restart (DatabaseRestartTest).
      dataDirectory = java.nio.file.Files.createTempDirectory("dunghan-test-pg");
      try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      embedded = server().start();
      current = this;
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
    return Map.of(
        "quarkus.datasource.jdbc.url", embedded.getJdbcUrl("postgres", "postgres"),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "");
  }

  private EmbeddedPostgres.Builder server() {
    return EmbeddedPostgres.builder()
        .setServerConfig("log_error_verbosity", "terse")
        .setServerConfig("log_min_error_statement", "panic")
        .setDataDirectory(dataDirectory.toFile())
        .setCleanDataDirectory(false)
        .setPort(port);
  }

  /** Whether the tests' server is the embedded one this resource can stop and start. */
  public static boolean restartable() {
    return current != null && current.embedded != null;
  }

  /** Stops the embedded server (fast shutdown: sessions are cut). */
  public static void stopServer() throws IOException {
    current.embedded.close();
  }

  /** Starts it again on the same data directory and port. */
  public static void startServer() throws IOException {
    current.embedded = current.server().start();
  }

  private static Map<String, String> freshDatabaseOn(String serverUrl) {
    String user = envOr("QUARKUS_DATASOURCE_USERNAME", "postgres");
    String password = envOr("QUARKUS_DATASOURCE_PASSWORD", "");
    String database = "dunghan_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + database + " encoding 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + serverUrl, e);
    }
    int slash = serverUrl.lastIndexOf('/');
    int query = serverUrl.indexOf('?', slash);
    String url =
        serverUrl.substring(0, slash + 1)
            + database
            + (query < 0 ? "" : serverUrl.substring(query));
    return Map.of(
        "quarkus.datasource.jdbc.url", url,
        "quarkus.datasource.username", user,
        "quarkus.datasource.password", password);
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  @Override
  public void stop() {
    if (embedded != null) {
      try {
        embedded.close();
        try (var files = java.nio.file.Files.walk(dataDirectory)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (current == this) {
      current = null;
    }
  }
}
