package vn.dunghan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

  private final WorkingCalendar calendar = OfficialCalendars.official();

  @ParameterizedTest(name = "Tết {0}: last working day {1}, first after {2}")
  @CsvSource({
    "2022, 2022-01-28, 2022-02-07",
    "2023, 2023-01-19, 2023-01-27",
    "2024, 2024-02-07, 2024-02-15",
    "2025, 2025-01-24, 2025-02-03",
    "2026, 2026-02-13, 2026-02-23",
  })
  void oneWorkingDayBeforeTetRunsOutOnTheFirstWorkingDayAfterIt(
      int year, LocalDate lastBefore, LocalDate firstAfter) {
    assertThat(calendar.addWorkingDays(lastBefore, BigDecimal.ONE)).isEqualTo(firstAfter);
    assertThat(calendar.nextWorkingDay(lastBefore)).isEqualTo(firstAfter);
    assertThat(calendar.countWorkingDays(lastBefore, firstAfter)).isEqualTo(1);
    for (LocalDate d = lastBefore.plusDays(1); d.isBefore(firstAfter); d = d.plusDays(1)) {
      assertThat(calendar.isWorkingDay(d)).as("%s in the Tết break", d).isFalse();
      // A dossier received during the break starts counting on the first day after it.
      assertThat(calendar.addWorkingDays(d, BigDecimal.ONE)).isEqualTo(firstAfter);
    }
    assertThat(calendar.isWorkingDay(lastBefore)).isTrue();
  }

  @ParameterizedTest(name = "make-up Saturday {1}")
  @CsvSource({
    "2024-05-03, 2024-05-04, 2024-04-29",
    "2025-04-25, 2025-04-26, 2025-05-02",
    "2026-08-21, 2026-08-22, 2026-08-31",
  })
  void makeUpSaturdayIsAWorkingDayAndItsSwappedWeekdayIsNot(
      LocalDate friday, LocalDate saturday, LocalDate swappedWeekday) {
    assertThat(calendar.addWorkingDays(friday, BigDecimal.ONE)).isEqualTo(saturday);
    assertThat(calendar.isWorkingDay(saturday)).isTrue();
    assertThat(calendar.isWorkingDay(swappedWeekday)).isFalse();
  }

  @ParameterizedTest(name = "compensation day {1}")
  @CsvSource({
    "2021-12-31, 2022-01-03, 2022-01-04",
    "2022-12-30, 2023-01-02, 2023-01-03",
    "2026-04-24, 2026-04-27, 2026-04-28",
  })
  void compensationDayIsSkipped(LocalDate friday, LocalDate compensation, LocalDate due) {
    assertThat(calendar.isWorkingDay(compensation)).isFalse();
    assertThat(calendar.addWorkingDays(friday, BigDecimal.ONE)).isEqualTo(due);
  }

  @Test
  void nationalDayBreak2025IsSkipped() {
    // 2025: Mon 01/09 and Tue 02/09 off.
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 8, 29), BigDecimal.ONE))
        .isEqualTo("2025-09-03");
  }

  @Test
  void nationalDayBreak2026IncludesTheSwappedMondayAndTheMakeUpSaturday() {
    // 2026: Sat 22/08 worked, Mon 31/08 (swap), Tue 01/09, Wed 02/09 off.
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 28), BigDecimal.ONE))
        .isEqualTo("2026-09-03");
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 21), BigDecimal.valueOf(2)))
        .isEqualTo("2026-08-24");
  }

  @ParameterizedTest(name = "received {0} -> due {1}")
  @CsvSource({
    "2025-03-10, 2025-03-11", // Monday
    "2025-03-11, 2025-03-12", // Tuesday
    "2025-03-12, 2025-03-13", // Wednesday
    "2025-03-13, 2025-03-14", // Thursday
    "2025-03-14, 2025-03-17", // Friday
    "2025-03-15, 2025-03-17", // Saturday
    "2025-03-16, 2025-03-17", // Sunday
  })
  void oneWorkingDayRunsOutOnTheNextWorkingDayWhateverTheReceiptDay(
      LocalDate received, LocalDate due) {
    assertThat(calendar.addWorkingDays(received, BigDecimal.ONE)).isEqualTo(due);
  }

  @ParameterizedTest(name = "{1} working days from Mon 10/03/2025 -> {2}")
  @CsvSource({
    "2025-03-10, 0.5, 2025-03-11",
    "2025-03-10, 1.5, 2025-03-12",
    "2025-03-10, 2.5, 2025-03-13",
    "2025-03-10, 2.50, 2025-03-13",
    "2025-03-14, 0.5, 2025-03-17",
  })
  void halfDayRunsOutOnTheWorkingDayItStartsIn(LocalDate received, BigDecimal days, LocalDate due) {
    assertThat(calendar.addWorkingDays(received, days)).isEqualTo(due);
  }

  @Test
  void sameDayProcedureReceivedOnAWorkingDayIsDueThatDay() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 10), BigDecimal.ZERO))
        .isEqualTo("2025-03-10");
  }

  @Test
  void sameDayProcedureReceivedOnASaturdayIsDueMonday() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 15), BigDecimal.ZERO))
        .isEqualTo("2025-03-17");
  }

  @Test
  void sameDayProcedureReceivedOnAHolidayIsDueOnTheNextWorkingDay() {
    // 30/04/2025: the break runs through 30/04, 01/05, 02/05 (swap) and the weekend.
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 30), BigDecimal.ZERO))
        .isEqualTo("2025-05-05");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.5", "0.3", "1.25", "2.75"})
  void limitsThatAreNegativeOrNotHalfDaysAreRejected(String days) {
    assertThatThrownBy(
            () -> calendar.addWorkingDays(LocalDate.of(2025, 3, 10), new BigDecimal(days)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countIsZeroForTheSameDayAndNegativeBackwards() {
    LocalDate monday = LocalDate.of(2025, 3, 10);
    LocalDate nextMonday = LocalDate.of(2025, 3, 17);
    assertThat(calendar.countWorkingDays(monday, monday)).isZero();
    assertThat(calendar.countWorkingDays(monday, nextMonday)).isEqualTo(5);
    assertThat(calendar.countWorkingDays(nextMonday, monday)).isEqualTo(-5);
  }

  @Test
  void countSkipsTheWholeTetBreak() {
    assertThat(calendar.countWorkingDays(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 17)))
        .isEqualTo(15);
  }

  @Test
  void nextWorkingDayOfAFridayIsMondayAndOfAHolidayEveIsAfterTheBreak() {
    assertThat(calendar.nextWorkingDay(LocalDate.of(2025, 3, 14))).isEqualTo("2025-03-17");
    assertThat(calendar.nextWorkingDay(LocalDate.of(2025, 4, 29))).isEqualTo("2025-05-05");
  }

  @Test
  void provisionalYearsAreCountedWithDerivedHolidays() {
    // 2027 is not loaded: Tết is derived (Fri 05/02 to Thu 11/02, with compensation for the
    // weekend), so a working day from Thu 04/02 runs out on Fri 12/02.
    assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 4), BigDecimal.ONE))
        .isEqualTo("2027-02-12");
  }
}
