package vn.dunghan.shared.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies a datasource URL pointing at an embedded PostgreSQL when {@code ./mvnw quarkus:dev} runs
 * without one, so that a fresh machine with only a JDK can run the service.
 *
 * <p>It does nothing outside the {@code dev} profile, when a URL is configured anywhere
 * (environment, system property, {@code .env}, {@code application.properties}), or when zonky is
 * not on the class path (the production package never has it). It never throws: a failure is
 * printed and nothing is supplied, so Quarkus reports the missing URL itself.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

  static final String URL_KEY = "quarkus.datasource.jdbc.url";

  /** Above application.properties (250), below .env (295), environment (300) and -D (400). */
  private static final int ORDINAL = 275;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    try {
      if (!context.getProfiles().contains("dev") || hasUrl(context)) {
        return List.of();
      }
      if (!zonkyPresent()) {
        return List.of();
      }
      String url = EmbeddedDevDatabase.ensureStarted();
      if (url == null) {
        return List.of();
      }
      return List.of(
          new PropertiesConfigSource(
              Map.of(
                  URL_KEY,
                  url,
                  "quarkus.datasource.username",
                  "postgres",
                  "quarkus.datasource.password",
                  ""),
              "embedded-postgresql-dev",
              ORDINAL));
    } catch (Throwable e) {
      System.err.println("[dung-han] embedded PostgreSQL not started: " + e);
      return List.of();
    }
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(ORDINAL);
  }

  private static boolean hasUrl(ConfigSourceContext context) {
    ConfigValue value = context.getValue(URL_KEY);
    return value != null && value.getValue() != null && !value.getValue().isBlank();
  }

  private static boolean zonkyPresent() {
    try {
      Class.forName(
          "io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
          false,
          EmbeddedDatabaseConfigSourceFactory.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
