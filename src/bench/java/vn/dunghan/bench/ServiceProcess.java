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

  static final String ISSUER = "https://dunghan.vn/dev";
  static final Path DEV_PUBLIC_KEY = Path.of("src/main/resources/dev/jwt-public.pem");
  static final Path DEV_PRIVATE_KEY = Path.of("src/test/resources/dev/jwt-private.pem");

  private final Process process;
  private final Api api;

  ServiceProcess(String jdbcUrl, int port, String xmx, Path log) throws IOException {
    this(jdbcUrl, port, xmx, log, Map.of());
  }

  /** The same with {@code extra} environment variables (settings) for the service. */
  ServiceProcess(String jdbcUrl, int port, String xmx, Path log, Map<String, String> extra)
      throws IOException {
    Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: run ./mvnw -Pbench verify (it packages first)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + xmx);
    // e.g. -Dbench.service-options=-XX:StartFlightRecording=filename=target/bench/service.jfr
    for (String option : System.getProperty("bench.service-options", "").split(" ")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
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
    // One client address times thousands of citizens' lookups; the limit itself is tested apart
    // (PublicRateLimitTest).
    env.put("DUNGHAN_PUBLIC_REQUESTS_PER_MINUTE", "100000000");
    // The dev key pair (docs/security.md): fine for a bench on 127.0.0.1, never for production.
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DEV_PUBLIC_KEY.toAbsolutePath().toString());
    env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
    env.putAll(extra);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    this.process = builder.start();
    this.api = new Api(port, token());
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

  /** A token for the bench's calls, signed with the dev key, valid for the length of a run. */
  static String token() throws IOException {
    try {
      String pem =
          Files.readString(DEV_PRIVATE_KEY)
              .replace("-----BEGIN PRIVATE KEY-----", "")
              .replace("-----END PRIVATE KEY-----", "")
              .replaceAll("\\s", "");
      java.security.PrivateKey key =
          java.security.KeyFactory.getInstance("RSA")
              .generatePrivate(
                  new java.security.spec.PKCS8EncodedKeySpec(
                      java.util.Base64.getDecoder().decode(pem)));
      return io.smallrye.jwt.build.Jwt.issuer(ISSUER)
          .upn("bench")
          .subject("bench")
          .groups(java.util.Set.of("province", "portal"))
          .expiresIn(12 * 3600)
          .sign(key);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
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
