package vn.dunghan.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.dunghan.calendar.DayInfo;
import vn.dunghan.calendar.DayStatus;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.shared.Numbers;

/**
 * Explains a dossier's due date day by day: which days counted, which were weekends or holidays
 * (with their names), which fell in a suspension, and which were wiped by a supplement request
 * (Decree 61/2018 art. 19(4): the time is counted again from the beginning).
 */
public final class DossierDeadline {

  private static final int MAX_DAYS = 1000;

  private DossierDeadline() {}

  /** How a calendar day figures in the deadline. */
  public enum DayRole {
    COUNTED,
    MAKE_UP_WORKING_DAY,
    WEEKEND,
    DAY_OFF,
    PAUSED,
    AWAITING_SUPPLEMENT,
    BEFORE_RESTART
  }

  public record Explanation(
      String code,
      String rule,
      DossierView.Prescribed processingTime,
      LocalTime sameDayCutoff,
      OffsetDateTime receivedAt,
      LocalDate countingFrom,
      List<Interval> supplements,
      List<Interval> suspensions,
      LocalDate clockStartedOn,
      LocalDate dueDate,
      OffsetDateTime dueAt,
      LocalDate appointmentDate,
      List<Day> days,
      List<DossierView.StepView> steps) {}

  /** A supplement wait (requested → received) or a suspension (suspended → resumed). */
  public record Interval(LocalDate from, LocalDate to, Integer workingDays) {}

  public record Day(
      LocalDate date, DayRole role, String name, BigDecimal counted, BigDecimal runningTotal) {
    public Day {
      counted = Numbers.plain(counted);
      runningTotal = Numbers.plain(runningTotal);
    }
  }

  /**
   * {@code d} as its replay left it: the supplement waits and suspensions are the ones the replay
   * recorded (Dossier#supplementIntervals, #suspensionIntervals), not a second reading of the
   * events.
   */
  static Explanation explain(Dossier d, WorkingCalendar calendar) {
    LocalDate countingFrom =
        calendar.effectiveReceiptDate(Dossier.local(d.receivedAt), d.sameDayCutoff);
    List<Interval> supplements = d.supplementIntervals();
    List<Interval> suspensions = d.suspensionIntervals();
    List<Day> days = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal needed = d.totalWorkingDays().add(BigDecimal.valueOf(d.pausedWorkingDays));
    for (LocalDate day = countingFrom.plusDays(1);
        !day.isAfter(d.dueDate) && days.size() < MAX_DAYS;
        day = day.plusDays(1)) {
      DayInfo info = calendar.describe(day);
      if (!day.isAfter(d.clockStartedOn)) {
        DayRole role =
            within(day, supplements) ? DayRole.AWAITING_SUPPLEMENT : DayRole.BEFORE_RESTART;
        days.add(new Day(day, role, info.name(), BigDecimal.ZERO, BigDecimal.ZERO));
      } else if (!info.status().isWorking()) {
        DayRole role = info.status() == DayStatus.WEEKEND ? DayRole.WEEKEND : DayRole.DAY_OFF;
        days.add(new Day(day, role, info.name(), BigDecimal.ZERO, total));
      } else if (within(day, suspensions) || suspendedSince(day, d.pausedSince)) {
        days.add(new Day(day, DayRole.PAUSED, info.name(), BigDecimal.ZERO, total));
      } else {
        BigDecimal counted = needed.subtract(total).min(BigDecimal.ONE).max(BigDecimal.ZERO);
        total = total.add(counted);
        DayRole role =
            info.status() == DayStatus.MAKE_UP_WORKING_DAY
                ? DayRole.MAKE_UP_WORKING_DAY
                : DayRole.COUNTED;
        days.add(new Day(day, role, info.name(), counted, total));
      }
    }
    return new Explanation(
        d.code,
        rule(d),
        new DossierView.Prescribed(Numbers.plain(d.prescribedAmount), d.prescribedUnit),
        d.sameDayCutoff,
        DossierView.time(d.receivedAt),
        countingFrom,
        supplements,
        suspensions,
        d.clockStartedOn,
        d.dueDate,
        DossierView.time(d.dueAt),
        d.appointmentDate,
        days,
        DossierView.steps(d));
  }

  /** Days after the start and up to the end (the start day itself still ran). */
  private static boolean within(LocalDate day, List<Interval> intervals) {
    for (Interval i : intervals) {
      if (i.from() != null && day.isAfter(i.from()) && (i.to() == null || !day.isAfter(i.to()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean suspendedSince(LocalDate day, LocalDate since) {
    return since != null && day.isAfter(since);
  }

  private static String rule(Dossier d) {
    String base =
        "Counted from the day after receipt (Civil Code art. 147), working days only (weekends,"
            + " official days off and days off in lieu skipped; make-up Saturdays counted).";
    if (d.sameDayCutoff != null) {
      base += " Received after " + d.sameDayCutoff + " counts as received the next working day.";
    }
    if (d.clockRestarts > 0) {
      base +=
          " A supplement request restarted the count from zero on "
              + d.clockStartedOn
              + " (Decree 61/2018 art. 19(4)).";
    }
    if (d.pausedWorkingDays > 0 || d.pausedSince != null) {
      base += " Suspended periods are added back.";
    }
    return base;
  }
}
