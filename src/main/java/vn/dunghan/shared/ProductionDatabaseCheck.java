package vn.dunghan.shared;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A production start without a database must stop at once with a message that says what to set, not
 * run on without storage or fail later with a chain of framework errors.
 */
@ApplicationScoped
public class ProductionDatabaseCheck {

  static final String MESSAGE =
      "Đúng Hạn needs PostgreSQL: set QUARKUS_DATASOURCE_JDBC_URL"
          + " (and QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD)";

  void onStart(
      @Observes @Priority(1) StartupEvent event,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url) {
    if (LaunchMode.current() == LaunchMode.NORMAL && url.filter(u -> !u.isBlank()).isEmpty()) {
      System.err.println(MESSAGE);
      Quarkus.asyncExit(1);
    }
  }
}
