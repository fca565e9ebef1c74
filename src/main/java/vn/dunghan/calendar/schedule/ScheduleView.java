package vn.dunghan.calendar.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dunghan.calendar.DayKind;

/** A year's schedule as the API shows it. */
public record ScheduleView(
    int year,
    ScheduleStatus status,
    String source,
    Integer revision,
    Instant changedAt,
    String changedBy,
    String reason,
    int workingDays,
    List<EntryView> entries) {

  /** One exception to the normal week. */
  public record EntryView(
      LocalDate date, DayOfWeek dayOfWeek, DayKind kind, String name, String source) {}
}
