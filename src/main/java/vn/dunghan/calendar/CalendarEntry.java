package vn.dunghan.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One departure from the normal week in a year's schedule.
 *
 * @param date the day concerned
 * @param kind whether it is a weekday off or a weekend day worked
 * @param name what the day is, in Vietnamese (e.g. "Tết Nguyên đán")
 * @param source the notice it comes from, or the rule it was derived from; may be null
 */
public record CalendarEntry(LocalDate date, DayKind kind, String name, String source) {

  public CalendarEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }
}
