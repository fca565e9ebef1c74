package vn.dunghan.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.dunghan.shared.TimeSource;

/**
 * The clock of every test application: the system clock unless a test pins it, so that a test can
 * receive dossiers "on" one day and run the jobs "on" a later one without sleeping.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {

  private static volatile Instant pinned;

  /** From now on the application believes it is {@code at} (ISO-8601 with offset). */
  public static void pin(String at) {
    pinned = OffsetDateTime.parse(at).toInstant();
  }

  public static void release() {
    pinned = null;
  }

  @Override
  public ZoneId getZone() {
    return TimeSource.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    Instant at = pinned;
    return at == null ? Instant.now() : at;
  }
}
