package vn.dunghan;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Entry point. A production start without a database must stop at once with one line that says what
 * to set, not with a chain of framework errors: the check runs before Quarkus starts.
 */
@QuarkusMain
public final class Main {

  static final String NO_DATABASE =
      "Đúng Hạn needs PostgreSQL: set QUARKUS_DATASOURCE_JDBC_URL"
          + " (and QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD)";

  private Main() {}

  public static void main(String... args) {
    if (LaunchMode.current() == LaunchMode.NORMAL && !databaseConfigured()) {
      System.err.println(NO_DATABASE);
      System.exit(1);
    }
    Quarkus.run(args);
  }

  private static boolean databaseConfigured() {
    return ConfigProvider.getConfig()
        .getOptionalValue("quarkus.datasource.jdbc.url", String.class)
        .filter(url -> !url.isBlank())
        .isPresent();
  }
}
