package vn.dunghan.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a process of its own on a
 * database of its own, with every scheduled job off so that nothing runs behind the measurements.
 */
final class ServiceProcess implements AutoCloseable {

  private final Process process;
  private final Api api;

  ServiceProcess(String jdbcUrl, int port, String xmx, Path log) throws IOException {
    Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: run ./mvnw -Pbench verify (it packages first)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + xmx);
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
    env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
    env.put("QUARKUS_DATASOURCE_PASSWORD", "");
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("DUNGHAN_JOBS_SLA_SCAN", "off");
    env.put("DUNGHAN_JOBS_DISPATCH", "off");
    env.put("DUNGHAN_JOBS_DAILY_DIGEST", "off");
    env.put("DUNGHAN_JOBS_REPORT_SNAPSHOT", "off");
    env.put("QUARKUS_SHUTDOWN_DELAY_ENABLED", "false");
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    this.process = builder.start();
    this.api = new Api(port);
    long deadline = System.nanoTime() + 240_000_000_000L;
    while (!api.ready()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service stopped at start; see " + log);
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready within 240 s; see " + log);
      }
      sleep(500);
    }
  }

  Api api() {
    return api;
  }

  long pid() {
    return process.pid();
  }

  /** Peak resident set size so far (VmHWM), in kB; -1 where /proc is not there. */
  long peakRssKb() {
    return status("VmHWM:");
  }

  long rssKb() {
    return status("VmRSS:");
  }

  private long status(String key) {
    try {
      for (String line :
          Files.readAllLines(new File("/proc/" + process.pid() + "/status").toPath())) {
        if (line.startsWith(key)) {
          return Long.parseLong(line.substring(key.length()).replace("kB", "").trim());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
