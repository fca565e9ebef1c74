package vn.dunghan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Worked examples that pin the date conventions (docs/sla.md "How deadlines are counted"). */
class WorkedExamplesTest {

  private final WorkingCalendar calendar = OfficialCalendars.official();

  @Test
  void tetDaysAreSkipped() {
    // Example 1: 15 working days received Mon 20/01/2025; 27-31/01 are Tết days off.
    assertThat(calendar.addWorkingDays(date("2025-01-20"), days(15))).isEqualTo("2025-02-17");
  }

  @Test
  void withoutTheHolidayTableTetWouldBeCounted() {
    WorkingCalendar noHolidays = OfficialCalendars.weekendsOnly(2025);
    assertThat(noHolidays.addWorkingDays(date("2025-01-20"), days(15))).isEqualTo("2025-02-10");
  }

  @Test
  void makeUpSaturdayCounts() {
    // Example 2: 3 working days received Thu 24/04/2025; Sat 26/04 is a make-up working day.
    assertThat(calendar.addWorkingDays(date("2025-04-24"), days(3))).isEqualTo("2025-04-28");
  }

  @Test
  void ignoringTheMakeUpSaturdayWouldGiveTuesday() {
    List<CalendarEntry> withoutSwaps =
        OfficialCalendars.year(2025).stream()
            .filter(e -> e.kind() == DayKind.DAY_OFF)
            .collect(Collectors.toList());
    WorkingCalendar ignoringSwaps = new WorkingCalendar(Map.of(2025, withoutSwaps));
    assertThat(ignoringSwaps.addWorkingDays(date("2025-04-24"), days(3))).isEqualTo("2025-04-29");
  }

  @Test
  void fifteenWorkingDaysFromTheReceiptAndFromTheCompleteDossier() {
    // Example 3's two countings: from the receipt on Mon 03/03/2025, and from Mon 10/03/2025 when
    // the supplement completed the dossier. The restart itself is the dossier's rule:
    // DossierLifecycleTest.supplementRestartsTheClockFromZero replays it.
    assertThat(calendar.addWorkingDays(date("2025-03-03"), days(15))).isEqualTo("2025-03-24");
    assertThat(calendar.addWorkingDays(date("2025-03-10"), days(15))).isEqualTo("2025-03-31");
  }

  @Test
  void supplementRequestWindowIsCountedInWorkingDays() {
    // Example 3: Wed 05/03 is within 3 working days of receipt, Fri 07/03 is the 4th.
    assertThat(calendar.countWorkingDays(date("2025-03-03"), date("2025-03-05"))).isEqualTo(2);
    assertThat(calendar.countWorkingDays(date("2025-03-03"), date("2025-03-07"))).isEqualTo(4);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static BigDecimal days(int n) {
    return BigDecimal.valueOf(n);
  }
}
