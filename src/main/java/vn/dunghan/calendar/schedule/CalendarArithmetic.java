package vn.dunghan.calendar.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import vn.dunghan.calendar.DayStatus;
import vn.dunghan.calendar.DeadlineExplanation;
import vn.dunghan.calendar.ExplainedDay;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.WorkingHours;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.Violations;

/** Answers the calendar arithmetic questions of the API from the calendar in force. */
@ApplicationScoped
public class CalendarArithmetic {

  private static final BigDecimal MAX_DAYS = BigDecimal.valueOf(3650);

  private final CalendarService calendars;
  private final CalendarConfig config;

  CalendarArithmetic(CalendarService calendars, CalendarConfig config) {
    this.calendars = calendars;
    this.config = config;
  }

  /** A due date and how it was reached. */
  public record DueDateAnswer(
      LocalDate from,
      OffsetDateTime receivedAt,
      LocalTime cutoff,
      BigDecimal days,
      LocalDate dueDate,
      boolean provisional,
      List<SkippedDay> skipped,
      List<ExplainedDay> calendarDays) {}

  /** A day that did not count, and why. */
  public record SkippedDay(LocalDate date, DayStatus reason, String name) {}

  public record DueTimeAnswer(
      LocalDateTime from, BigDecimal hours, LocalDateTime dueAt, List<String> workingHours) {}

  public record CountAnswer(LocalDate from, LocalDate to, int workingDays) {}

  public record NextAnswer(LocalDate after, LocalDate date) {}

  DueDateAnswer addWorkingDays(
      LocalDate from, OffsetDateTime receivedAt, LocalTime cutoff, BigDecimal days) {
    Violations violations = new Violations();
    if ((from == null) == (receivedAt == null)) {
      violations.add("from", "give either from (a date) or receivedAt (a date-time)");
    }
    if (cutoff != null && receivedAt == null) {
      violations.add("cutoff", "a cut-off hour needs receivedAt");
    }
    checkDays(days, "days", violations);
    violations.throwIfAny();
    WorkingCalendar calendar = calendars.calendar();
    LocalDate start =
        from != null
            ? from
            : calendar.effectiveReceiptDate(
                receivedAt.atZoneSameInstant(TimeSource.ZONE).toLocalDateTime(), cutoff);
    DeadlineExplanation explanation = calendar.explain(start, days);
    List<SkippedDay> skipped =
        explanation.days().stream()
            .filter(d -> d.counted().signum() == 0)
            .map(d -> new SkippedDay(d.date(), d.status(), d.name()))
            .toList();
    boolean provisional =
        calendar.isProvisional(start.getYear())
            || calendar.isProvisional(explanation.dueDate().getYear());
    return new DueDateAnswer(
        start,
        receivedAt,
        cutoff,
        days,
        explanation.dueDate(),
        provisional,
        skipped,
        explanation.days());
  }

  DueTimeAnswer addWorkingHours(LocalDateTime from, BigDecimal hours) {
    Violations violations = new Violations();
    if (from == null) {
      violations.add("from", "is required (a local date-time, e.g. 2025-01-24T16:00)");
    }
    if (hours == null || hours.signum() < 0 || hours.compareTo(MAX_DAYS) > 0) {
      violations.add("hours", "must be between 0 and " + MAX_DAYS);
    }
    violations.throwIfAny();
    WorkingHours workingHours = config.hours();
    LocalDateTime due = calendars.calendar().addWorkingHours(from, hours, workingHours);
    return new DueTimeAnswer(from, hours, due, config.workingHours());
  }

  CountAnswer count(LocalDate from, LocalDate to) {
    Violations violations = new Violations();
    required(from, "from", violations);
    required(to, "to", violations);
    violations.throwIfAny();
    if (Math.abs(to.toEpochDay() - from.toEpochDay()) > 366L * 50) {
      throw ProblemException.invalid("to", "must be within 50 years of from");
    }
    return new CountAnswer(from, to, calendars.calendar().countWorkingDays(from, to));
  }

  NextAnswer next(LocalDate after) {
    Violations violations = new Violations();
    required(after, "after", violations);
    violations.throwIfAny();
    return new NextAnswer(after, calendars.calendar().nextWorkingDay(after));
  }

  private static void checkDays(BigDecimal days, String field, Violations violations) {
    if (days == null) {
      violations.add(field, "is required");
    } else if (days.signum() < 0 || days.compareTo(MAX_DAYS) > 0) {
      violations.add(field, "must be between 0 and " + MAX_DAYS);
    } else if (!WorkingCalendar.isWholeOrHalf(days)) {
      violations.add(field, "must be whole or half working days");
    }
  }

  private static void required(Object value, String field, Violations violations) {
    if (value == null) {
      violations.add(field, "is required");
    }
  }
}
