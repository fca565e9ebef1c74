package vn.dunghan.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Hours mode (see {@link WorkingCalendar#addWorkingHours}). Some provincial systems count a working
 * day as 8 working hours from the moment of receipt rather than from the next day; this is a
 * deployment choice, not a rule of Decree 61/2018.
 */
final class WorkingHoursClock {

  private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);

  private WorkingHoursClock() {}

  static LocalDateTime add(
      WorkingCalendar calendar, LocalDateTime from, BigDecimal hours, WorkingHours wh) {
    Objects.requireNonNull(wh, "wh");
    Duration remaining = toDuration(hours);
    LocalDate day = from.toLocalDate();
    LocalTime time = from.toLocalTime();
    if (!calendar.isWorkingDay(day)) {
      day = calendar.nextWorkingDay(day);
      time = LocalTime.MIN;
    }
    while (true) {
      for (TimeRange range : wh.ranges()) {
        if (!time.isBefore(range.end())) {
          continue; // this range is already over on the current day
        }
        LocalTime start = time.isAfter(range.start()) ? time : range.start();
        Duration available = Duration.between(start, range.end());
        if (remaining.compareTo(available) <= 0) {
          return day.atTime(start.plus(remaining));
        }
        remaining = remaining.minus(available);
      }
      day = calendar.nextWorkingDay(day);
      time = LocalTime.MIN;
    }
  }

  private static Duration toDuration(BigDecimal hours) {
    Objects.requireNonNull(hours, "hours");
    if (hours.signum() < 0) {
      throw new IllegalArgumentException("hours must not be negative: " + hours);
    }
    try {
      BigDecimal nanos = hours.multiply(NANOS_PER_HOUR).setScale(0, RoundingMode.HALF_UP);
      return Duration.ofNanos(nanos.longValueExact());
    } catch (ArithmeticException tooLong) {
      throw new IllegalArgumentException("hours out of range: " + hours, tooLong);
    }
  }
}
