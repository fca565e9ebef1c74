package vn.dunghan.calendar.schedule;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dunghan.calendar.CalendarEntry;
import vn.dunghan.calendar.WorkingCalendar;

/** Builds the views of schedules and their history. */
final class ScheduleViews {

  private ScheduleViews() {}

  /** One replacement of a year's schedule; {@code previous} and {@code current} are entry lists. */
  public record ChangeView(
      int year,
      int revision,
      Instant changedAt,
      String changedBy,
      String reason,
      @JsonRawValue String previous,
      @JsonRawValue String current) {}

  static ScheduleView of(
      int year, CalendarYearEntity loaded, List<CalendarEntry> entries, WorkingCalendar calendar) {
    List<ScheduleView.EntryView> views =
        entries.stream()
            .map(
                e ->
                    new ScheduleView.EntryView(
                        e.date(), e.date().getDayOfWeek(), e.kind(), e.name(), e.source()))
            .toList();
    int workingDays =
        calendar.countWorkingDays(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    if (loaded == null) {
      return new ScheduleView(
          year,
          ScheduleStatus.PROVISIONAL,
          "Computed from Labour Code 2019 art. 111-112; no official notice loaded",
          null,
          null,
          null,
          null,
          workingDays,
          views);
    }
    return new ScheduleView(
        year,
        loaded.status,
        loaded.source,
        loaded.revision,
        loaded.changedAt,
        loaded.changedBy,
        loaded.reason,
        workingDays,
        views);
  }

  static ChangeView change(CalendarChangeEntity c) {
    return new ChangeView(
        c.year, c.revision, c.changedAt, c.changedBy, c.reason, c.previous, c.current);
  }
}
