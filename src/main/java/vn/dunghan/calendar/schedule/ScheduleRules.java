package vn.dunghan.calendar.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dunghan.calendar.CalendarEntry;
import vn.dunghan.calendar.DayKind;
import vn.dunghan.shared.problem.Violations;

/**
 * What a published schedule must look like: only exceptions to the civil servants' Monday-Friday
 * week (Decision 188/1999/QĐ-TTg art. 1), so a day off is a weekday and a make-up working day is a
 * Saturday or Sunday, each date once, all inside the year.
 */
final class ScheduleRules {

  static final int FIRST_YEAR = 1990;
  static final int LAST_YEAR = 2200;

  private ScheduleRules() {}

  static Violations check(int year, ScheduleRequest request) {
    Violations violations = new Violations();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      violations.add("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
      return violations;
    }
    Set<LocalDate> seen = new HashSet<>();
    List<ScheduleRequest.Entry> entries = request.entries();
    for (int i = 0; i < entries.size(); i++) {
      ScheduleRequest.Entry entry = entries.get(i);
      String field = "entries[" + i + "].";
      if (entry.date().getYear() != year) {
        violations.add(field + "date", "must fall in " + year);
      }
      if (!seen.add(entry.date())) {
        violations.add(field + "date", entry.date() + " is listed twice");
      }
      boolean weekend = isWeekend(entry.date());
      if (entry.kind() == DayKind.DAY_OFF && weekend) {
        violations.add(
            field + "kind",
            entry.date() + " is a " + entry.date().getDayOfWeek() + ": already a day off");
      }
      if (entry.kind() == DayKind.WORKING_DAY && !weekend) {
        violations.add(
            field + "kind",
            entry.date() + " is a " + entry.date().getDayOfWeek() + ": already a working day");
      }
    }
    return violations;
  }

  static List<CalendarEntry> entries(ScheduleRequest request) {
    return request.entries().stream()
        .map(
            e ->
                new CalendarEntry(
                    e.date(),
                    e.kind(),
                    e.name().strip(),
                    e.source() == null || e.source().isBlank() ? request.source() : e.source()))
        .sorted((a, b) -> a.date().compareTo(b.date()))
        .toList();
  }

  static boolean isWeekend(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
