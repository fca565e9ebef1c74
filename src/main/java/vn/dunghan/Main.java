package vn.dunghan;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dunghan.shared.web.RequestGate;

/**
 * Entry point. A production start without a database must stop at once with one line that says what
 * to set, not with a chain of framework errors: the check runs before Quarkus starts.
 */
@QuarkusMain
public final class Main {

  static final String NO_DATABASE =
      "Đúng Hạn needs PostgreSQL: set QUARKUS_DATASOURCE_JDBC_URL"
          + " (and QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD)";

  static final String NO_TOKEN_KEY =
      "Đúng Hạn verifies bearer tokens: set MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM file, a JWKS"
          + " file or the issuer's JWKS URL) or MP_JWT_VERIFY_PUBLICKEY, and MP_JWT_VERIFY_ISSUER";

  Main() {}

  public static void main(String... args) {
    RequestGate.takeOverUriValidation();
    if (packagedRun() && !databaseConfigured()) {
      System.err.println(NO_DATABASE);
      System.exit(1);
    }
    if (packagedRun() && !tokenKeyConfigured()) {
      System.err.println(NO_TOKEN_KEY);
      System.exit(1);
    }
    Quarkus.run(args);
  }

  /**
   * Whether this is the production package ({@code java -jar quarkus-run.jar}). Dev mode also calls
   * this method, before its launch mode is visible, and supplies the embedded database later.
   */
  private static boolean packagedRun() {
    String classPath = System.getProperty("java.class.path", "");
    return LaunchMode.current() == LaunchMode.NORMAL && classPath.endsWith("quarkus-run.jar");
  }

  private static boolean databaseConfigured() {
    return ConfigProvider.getConfig()
        .getOptionalValue("quarkus.datasource.jdbc.url", String.class)
        .filter(url -> !url.isBlank())
        .isPresent();
  }

  private static boolean tokenKeyConfigured() {
    var config = ConfigProvider.getConfig();
    return config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent()
        || config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent();
  }
}
