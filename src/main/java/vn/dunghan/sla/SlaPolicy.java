package vn.dunghan.sla;

import java.time.LocalDate;
import vn.dunghan.calendar.WorkingCalendar;

/**
 * The SLA state of a dossier on a given day. Open and running: OVERDUE once the due date has
 * passed, DUE_SOON when at most {@code dueSoonWorkingDays} remain, else ON_TRACK; PAUSED while the
 * clock is stopped; once resolved MET or MISSED by its timeliness; withdrawn or rejected CLOSED.
 */
public final class SlaPolicy {

  private SlaPolicy() {}

  /** The assessment: the state and the working days left or overrun (0 when not applicable). */
  public record Assessment(SlaState state, int remainingWorkingDays, int overdueWorkingDays) {}

  public static Assessment assess(
      Phase phase,
      Timeliness timeliness,
      LocalDate dueDate,
      LocalDate today,
      int dueSoonWorkingDays,
      WorkingCalendar calendar) {
    switch (phase) {
      case CLOSED:
        return new Assessment(SlaState.CLOSED, 0, 0);
      case DECIDED:
        return new Assessment(timeliness == Timeliness.LATE ? SlaState.MISSED : SlaState.MET, 0, 0);
      case PAUSED:
        return new Assessment(
            SlaState.PAUSED, Math.max(0, calendar.countWorkingDays(today, dueDate)), 0);
      default:
        if (today.isAfter(dueDate)) {
          return new Assessment(SlaState.OVERDUE, 0, calendar.countWorkingDays(dueDate, today));
        }
        int remaining = calendar.countWorkingDays(today, dueDate);
        return new Assessment(
            remaining <= dueSoonWorkingDays ? SlaState.DUE_SOON : SlaState.ON_TRACK, remaining, 0);
    }
  }

  /**
   * The last due date that counts as DUE_SOON on {@code today}: the {@code dueSoonWorkingDays}-th
   * working day after it. Open dossiers due after it are ON_TRACK.
   */
  public static LocalDate dueSoonLimit(
      LocalDate today, int dueSoonWorkingDays, WorkingCalendar calendar) {
    LocalDate limit = today;
    for (int i = 0; i < dueSoonWorkingDays; i++) {
      limit = calendar.nextWorkingDay(limit);
    }
    return limit;
  }

  /** The part of the lifecycle the SLA cares about. */
  public enum Phase {
    RUNNING,
    PAUSED,
    DECIDED,
    CLOSED
  }
}
