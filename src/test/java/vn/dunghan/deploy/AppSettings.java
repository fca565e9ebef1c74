package vn.dunghan.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the manifests must agree with, read from {@code application.properties}: the HTTP port, the
 * health paths, the shutdown timings and the keys the application sets.
 */
final class AppSettings {

  static final Path FILE = Path.of("src/main/resources/application.properties");

  private final Properties properties = new Properties();

  AppSettings() {
    try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value a packaged jar sees: the {@code %prod.} one if any, else the plain one. */
  String value(String key, String fallback) {
    String prod = properties.getProperty("%prod." + key);
    return prod != null ? prod : properties.getProperty(key, fallback);
  }

  int httpPort() {
    return Integer.parseInt(value("quarkus.http.port", "8080"));
  }

  /** {@code live}, {@code ready} or {@code started} under the non-application root. */
  String healthPath(String check) {
    String root = value("quarkus.http.non-application-root-path", "q");
    String health = value("quarkus.smallrye-health.root-path", "health");
    String leaf = value("quarkus.smallrye-health." + pathKey(check), check);
    return "/" + strip(root) + "/" + strip(health) + "/" + strip(leaf);
  }

  private static String pathKey(String check) {
    switch (check) {
      case "live":
        return "liveness-path";
      case "ready":
        return "readiness-path";
      default:
        return "startup-path";
    }
  }

  /**
   * The longest a graceful stop can take: the shutdown delay, then the wait for in-flight requests,
   * then Quartz's wait for running jobs (its default is 10 s).
   */
  Duration longestStop() {
    return duration(value("quarkus.shutdown.delay", "0s"))
        .plus(duration(value("quarkus.shutdown.timeout", "0s")))
        .plus(duration(value("quarkus.quartz.shutdown-wait-time", "10s")));
  }

  /** Every key the file sets, without its profile. */
  Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    for (String key : properties.stringPropertyNames()) {
      keys.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
    }
    return keys;
  }

  /** A duration as Quarkus writes them: {@code 20s}, {@code 1m}, {@code PT20S} or bare seconds. */
  static Duration duration(String text) {
    String t = text.strip();
    if (t.startsWith("P") || t.startsWith("p")) {
      return Duration.parse(t);
    }
    if (t.chars().allMatch(Character::isDigit)) {
      return Duration.ofSeconds(Long.parseLong(t));
    }
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    return Duration.parse("PT" + t.toUpperCase(Locale.ROOT));
  }

  private static String strip(String segment) {
    String s = segment.strip();
    while (s.startsWith("/")) {
      s = s.substring(1);
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
