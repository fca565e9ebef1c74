package vn.dunghan.shared.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The embedded PostgreSQL of dev mode. Kept apart from the factory so that the factory class loads
 * even where zonky is absent.
 *
 * <p>Dev mode reloads classes, so "already started" lives in a JVM-wide String system property, not
 * in a static field. The data directory sits under {@code target/} so a restart keeps the data.
 */
final class EmbeddedDevDatabase {

  private static final String STARTED_URL = "dunghan.devdb.url";
  private static final String PORT_KEY = "dunghan.devdb.port";
  private static final int DEFAULT_PORT = 54329;

  private EmbeddedDevDatabase() {}

  static String ensureStarted() throws IOException, InterruptedException {
    String running = System.getProperty(STARTED_URL);
    if (running != null) {
      return running;
    }
    int port = Integer.getInteger(PORT_KEY, DEFAULT_PORT);
    Path dataDir = Path.of("target", "dev-postgresql").toAbsolutePath();
    stopLeftover(dataDir);
    if (!portFree(port)) {
      System.err.printf(
          "[dung-han] port %d is taken; set -D%s=<free port> or QUARKUS_DATASOURCE_JDBC_URL%n",
          port, PORT_KEY);
      return null;
    }
    Files.createDirectories(dataDir.getParent());
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            // its log is relayed into the service's: no failing rows quoted (docs/security.md
            // "Logs")
            .setServerConfig("log_error_verbosity", "terse")
            .setServerConfig("log_min_error_statement", "panic")
            .setPort(port)
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .setPGStartupWait(Duration.ofSeconds(30))
            .start();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(postgres), "dev-postgresql-shutdown"));
    String url = "jdbc:postgresql://localhost:" + port + "/postgres";
    System.setProperty(STARTED_URL, url);
    System.err.printf("[dung-han] embedded PostgreSQL 15 on %s, data in %s%n", url, dataDir);
    return url;
  }

  /** Gives Quarkus a moment to close its pool, then stops the server (a fast shutdown). */
  private static void stop(EmbeddedPostgres postgres) {
    try {
      Thread.sleep(500);
      postgres.close();
    } catch (IOException | InterruptedException | RuntimeException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A dev JVM killed with SIGKILL leaves its postmaster running; it would keep the port and the
   * data directory locked. Zonky runs it through {@code unshare} as root, so {@code pg_ctl stop}
   * refuses: SIGINT (fast shutdown) to the pid in postmaster.pid does it.
   */
  private static void stopLeftover(Path dataDir) throws IOException, InterruptedException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return;
    }
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      System.err.printf("[dung-han] stopping a leftover embedded PostgreSQL (pid %d)%n", pid);
      new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
      for (int i = 0;
          i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
          i++) {
        Thread.sleep(100);
      }
    }
  }

  private static boolean portFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress("localhost", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
