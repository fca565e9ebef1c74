package vn.dunghan.shared;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads date and time columns of native query rows, whichever Java type the driver chose, and shows
 * instants in Vietnam's zone.
 */
public final class SqlValues {

  private SqlValues() {}

  public static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Date ? ((Date) value).toLocalDate() : (LocalDate) value;
  }

  public static OffsetDateTime vietnamTime(Object value) {
    if (value == null) {
      return null;
    }
    Instant instant;
    if (value instanceof Timestamp) {
      instant = ((Timestamp) value).toInstant();
    } else if (value instanceof OffsetDateTime) {
      instant = ((OffsetDateTime) value).toInstant();
    } else {
      instant = (Instant) value;
    }
    return instant.atZone(TimeSource.ZONE).toOffsetDateTime();
  }
}
