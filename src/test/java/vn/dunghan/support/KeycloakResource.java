package vn.dunghan.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real identity provider for the sign-in tests: Keycloak's own distribution (unpacked from Maven
 * Central into {@code target/keycloak} by the build), started in dev mode on a free port with the
 * realm of {@code deploy/keycloak/dunghan-realm.json} imported, on a JDK new enough for it (21 or
 * newer: {@code KEYCLOAK_JAVA_HOME}, else the newest one under {@code /usr/lib/jvm}). The service
 * under test then verifies bearer tokens with the realm's published keys and issuer.
 *
 * <p>Without such a JDK or the unpacked distribution nothing is started and {@link #missing} says
 * why; the tests using it skip with that reason.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

  public static final String REALM = "dunghan";

  /** The secret of the realm's web client (dung-han-web), a development value of the realm file. */
  static final String WEB_CLIENT_SECRET = "dung-han-web-dev-secret";

  /** Why the provider could not be started (null when it runs). */
  public static volatile String missing;

  /** The provider's base URL while it runs. */
  public static volatile String url;

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private Process process;

  @Override
  public Map<String, String> start() {
    Optional<Path> home = distribution();
    Optional<Path> java = javaHome();
    if (home.isEmpty() || java.isEmpty()) {
      missing =
          home.isEmpty()
              ? "Keycloak's distribution is not unpacked (./mvnw verify unpacks it into"
                  + " target/keycloak)"
              : "no JDK 21 or newer for Keycloak: set KEYCLOAK_JAVA_HOME or install one under"
                  + " /usr/lib/jvm (Temurin 25 is on the project's machines)";
      return Map.of();
    }
    try {
      int port = freePort();
      Path importDir = home.get().resolve("data/import");
      Files.createDirectories(importDir);
      Files.copy(
          Path.of("deploy/keycloak/dunghan-realm.json"),
          importDir.resolve("dunghan-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
      deleteTree(home.get().resolve("data/h2")); // a fresh realm every run
      Path log = Path.of("target", "keycloak.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  home.get().resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-port=" + port,
                  "--import-realm",
                  "--health-enabled=false")
              .redirectErrorStream(true);
      Map<String, String> env = builder.environment();
      env.put("JAVA_HOME", java.get().toString());
      env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + port);
      env.put("JAVA_OPTS_APPEND", "-Xms64m -Xmx512m");
      process = builder.start();
      url = "http://localhost:" + port;
      waitUntilListening(log);
      Map<String, String> config = new HashMap<>();
      config.put(
          "mp.jwt.verify.publickey.location",
          url + "/realms/" + REALM + "/protocol/openid-connect/certs");
      config.put("mp.jwt.verify.issuer", url + "/realms/" + REALM);
      // The pages sign in through the same realm (authorization-code flow, client dung-han-web).
      config.put("quarkus.oidc.tenant-enabled", "true");
      config.put("quarkus.oidc.auth-server-url", url + "/realms/" + REALM);
      config.put("quarkus.oidc.credentials.secret", WEB_CLIENT_SECRET);
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An access token for a demo user, by the password grant of the realm's test client. */
  public static String accessToken(String user) {
    return io.restassured.RestAssured.given()
        .formParam("grant_type", "password")
        .formParam("client_id", "dung-han-cli")
        .formParam("username", user)
        .formParam("password", DEMO_PASSWORD)
        .post(url + "/realms/" + REALM + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("access_token");
  }

  @Override
  public void stop() {
    if (process != null) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    url = null;
  }

  /**
   * Copies Keycloak's output to {@code log} and blocks until Keycloak says it listens (it does so
   * after the realm import), it stops, or the timeout passes: a read of the process's own output,
   * no polling.
   */
  private void waitUntilListening(Path log) throws IOException {
    java.util.concurrent.CompletableFuture<Boolean> listening =
        new java.util.concurrent.CompletableFuture<>();
    Thread copier =
        new Thread(
            () -> {
              try (var lines =
                      new java.io.BufferedReader(
                          new java.io.InputStreamReader(
                              process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
                  var out = Files.newBufferedWriter(log)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  out.write(line);
                  out.newLine();
                  out.flush();
                  if (line.contains("Listening on:")) {
                    listening.complete(true);
                  }
                }
              } catch (IOException e) {
                listening.completeExceptionally(e);
              }
              listening.complete(false); // the output ended: Keycloak stopped
            },
            "keycloak-output");
    copier.setDaemon(true);
    copier.start();
    boolean up;
    try {
      up = listening.get(START_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      up = false;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("reading Keycloak's output failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Keycloak started", e);
    }
    if (!up) {
      stop();
      throw new IllegalStateException(
          "Keycloak did not start within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }
  }

  private static Optional<Path> distribution() {
    String home = System.getProperty("keycloak.home");
    if (home == null) {
      return Optional.empty();
    }
    Path path = Path.of(home);
    return Files.isExecutable(path.resolve("bin/kc.sh")) ? Optional.of(path) : Optional.empty();
  }

  /** {@code KEYCLOAK_JAVA_HOME}, else the newest JDK 21+ under /usr/lib/jvm. */
  static Optional<Path> javaHome() {
    String configured = System.getenv("KEYCLOAK_JAVA_HOME");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured))
          .filter(p -> Files.isExecutable(p.resolve("bin/java")));
    }
    if (Runtime.version().feature() >= 21) {
      return Optional.of(Path.of(System.getProperty("java.home")));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> all = Files.list(jvms)) {
      return all.filter(p -> Files.isExecutable(p.resolve("bin/java")))
          .filter(p -> feature(p) >= 21)
          .max(Comparator.comparingInt(KeycloakResource::feature));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The JDK's feature version from its {@code release} file (0 when unknown). */
  private static int feature(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(v.split("[.+-]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The demo users of the realm file and their common password (dev and tests only). */
  public static final String DEMO_PASSWORD = "dunghan-demo";

  public static final List<String> DEMO_USERS =
      List.of(
          "lanh-dao-tinh",
          "truong-huyen-ha-long",
          "chu-tich-phuong-ha-long",
          "mot-cua-phuong-ha-long",
          "chuyen-vien-xay-dung",
          "thanh-tra-tinh");
}
