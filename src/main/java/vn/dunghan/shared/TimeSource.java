package vn.dunghan.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one place that reads the system clock. Everything else receives an {@code Instant} or a
 * {@code LocalDate}, or injects this {@link Clock}; tests replace it with a fixed clock.
 */
@ApplicationScoped
public class TimeSource {

  /** Days are counted in Vietnam's time zone whatever the server's own zone is. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  @Produces
  @Singleton
  Clock clock() {
    return Clock.system(ZONE);
  }
}
