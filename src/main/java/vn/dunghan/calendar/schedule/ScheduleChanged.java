package vn.dunghan.calendar.schedule;

import java.time.LocalDate;

/**
 * Fired, inside the transaction that changed it, when a year's schedule is replaced: deadlines of
 * open dossiers that run through that year must be computed again and the change recorded on them.
 */
public record ScheduleChanged(int year, long revision, String changedBy, String reason) {

  public LocalDate firstDay() {
    return LocalDate.of(year, 1, 1);
  }
}
