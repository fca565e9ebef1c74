package vn.dunghan.calendar.schedule;

import java.time.LocalDate;
import vn.dunghan.calendar.WorkingCalendar;

/**
 * Fired, inside the transaction that changed it, when a year's schedule is replaced: deadlines of
 * open dossiers that run through that year must be computed again and the change recorded on them.
 * {@code calendar} is the new calendar, not yet visible outside the transaction.
 */
public record ScheduleChanged(
    int year, long revision, String changedBy, String reason, WorkingCalendar calendar) {

  public LocalDate firstDay() {
    return LocalDate.of(year, 1, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(year, 12, 31);
  }
}
