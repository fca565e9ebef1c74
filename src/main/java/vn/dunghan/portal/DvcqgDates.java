package vn.dunghan.portal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The portal's way of writing a moment: {@code yyyyMMddHHmmss}, local time in Asia/Ho_Chi_Minh
 * ({@code 20250303083000} is 08:30 on 3 March 2025). Source: the open implementations that talk to
 * the portal (docs/portal.md "Sources"); the official specification is not public. Read strictly:
 * 30 February or hour 24 is refused, never rolled over.
 */
public final class DvcqgDates {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  private DvcqgDates() {}

  /** The moment {@code text} names, or empty when it is not 14 digits of a real local time. */
  public static Optional<OffsetDateTime> parse(String text) {
    if (text == null || text.length() != 14 || !text.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    try {
      LocalDateTime local = LocalDateTime.parse(text, FORMAT);
      return Optional.of(local.atZone(ZONE).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A day the portal is told as a moment (an appointment, a step's deadline): the end of the office
   * day, 17:00, since a date alone is not in its format.
   */
  public static String formatDay(java.time.LocalDate day) {
    return day.atTime(17, 0).format(FORMAT);
  }

  /** {@code at} as the portal writes it, in Asia/Ho_Chi_Minh whatever its offset. */
  public static String format(java.time.Instant at) {
    return at.atZone(ZONE).toLocalDateTime().format(FORMAT);
  }

  /** {@code at} as the portal writes it, in Asia/Ho_Chi_Minh whatever its offset. */
  public static String format(OffsetDateTime at) {
    return at.atZoneSameInstant(ZONE).toLocalDateTime().format(FORMAT);
  }
}
