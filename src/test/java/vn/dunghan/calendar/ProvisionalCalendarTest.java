package vn.dunghan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvisionalCalendarTest {

  private static final String TET = "Tết Nguyên đán";

  @Test
  void derived2022ScheduleEqualsTheRuleDerivedRowsOfTheReferenceData() {
    assertThat(namesByDate(ProvisionalCalendar.forYear(2022)))
        .isEqualTo(namesByDate(OfficialCalendars.year(2022)));
  }

  @ParameterizedTest
  @ValueSource(ints = {2022, 2026})
  void provisionalTetDaysEqualTheScheduledOnes(int year) {
    assertThat(tetDays(ProvisionalCalendar.forYear(year)))
        .isEqualTo(tetDays(OfficialCalendars.year(year)));
  }

  @Test
  void tet2023OnAWeekendIsCompensatedAfterTheBreak() {
    // Lunar New Year 2023 was Sunday 22/01: Sat 21 and Sun 22 are made up on Thu 26 and Fri 27.
    // (The Prime Minister instead moved the break to 20-26/01; provisional cannot know that.)
    assertThat(namesByDate(ProvisionalCalendar.forYear(2023)))
        .containsEntry(LocalDate.of(2023, 1, 23), TET)
        .containsEntry(LocalDate.of(2023, 1, 25), TET)
        .containsEntry(LocalDate.of(2023, 1, 26), TET + " (nghỉ bù cho thứ Bảy 21/01)")
        .containsEntry(LocalDate.of(2023, 1, 27), TET + " (nghỉ bù cho Chủ nhật 22/01)")
        .doesNotContainKeys(LocalDate.of(2023, 1, 21), LocalDate.of(2023, 1, 22));
  }

  @Test
  void everyYearFrom2027To2040HasExactlyFiveWeekdaysOffForTet() {
    for (int year = 2027; year <= 2040; year++) {
      List<CalendarEntry> tet =
          ProvisionalCalendar.forYear(year).stream()
              .filter(e -> e.name().startsWith(TET))
              .collect(Collectors.toList());
      assertThat(tet).as("Tết %d", year).hasSize(5);
      assertThat(tet)
          .allSatisfy(e -> assertThat(ProvisionalCalendar.isWeekend(e.date())).isFalse());
    }
  }

  @Test
  void newYearsDayOnAWeekdayIsOffAndOnASaturdayIsCompensatedOnMonday() {
    assertThat(namesByDate(ProvisionalCalendar.forYear(2027)))
        .containsEntry(LocalDate.of(2027, 1, 1), "Tết Dương lịch"); // a Friday
    assertThat(namesByDate(ProvisionalCalendar.forYear(2028)))
        .containsEntry(LocalDate.of(2028, 1, 3), "Tết Dương lịch (nghỉ bù cho thứ Bảy 01/01)")
        .doesNotContainKey(LocalDate.of(2028, 1, 1));
  }

  @Test
  void compensationSkipsDaysThatAreAlreadyOff() {
    // 2028: Sun 30/04 would be made up on Mon 01/05, itself a holiday, so on Tue 02/05.
    assertThat(namesByDate(ProvisionalCalendar.forYear(2028)))
        .containsEntry(LocalDate.of(2028, 5, 1), "Quốc tế Lao động")
        .containsEntry(LocalDate.of(2028, 5, 2), "Ngày Chiến thắng (nghỉ bù cho Chủ nhật 30/04)");
  }

  @Test
  void compensationAlwaysLandsOnAWeekday() {
    for (int year = 2020; year <= 2060; year++) {
      int expectedYear = year;
      assertThat(ProvisionalCalendar.forYear(year))
          .allSatisfy(
              e -> {
                assertThat(e.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(e.date().getYear()).isEqualTo(expectedYear);
                assertThat(e.kind()).isEqualTo(DayKind.DAY_OFF);
                assertThat(e.source()).isEqualTo(ProvisionalCalendar.SOURCE);
              });
    }
  }

  @Test
  void everyYearGrantsElevenWeekdaysOff() {
    // Art. 112(1): 1 + 5 + 1 + 1 + 2 + 1 = 11 days; with art. 111(3) all of them on weekdays.
    for (int year = 1901; year <= 2199; year++) {
      List<CalendarEntry> entries = ProvisionalCalendar.forYear(year);
      assertThat(entries).as("year %d", year).hasSize(11);
      assertThat(entries.stream().map(CalendarEntry::date).distinct()).hasSize(11);
    }
  }

  @Test
  void hungKingsDayOnASundayIsCompensatedOnMonday() {
    assertThat(namesByDate(ProvisionalCalendar.forYear(2026)))
        .containsEntry(LocalDate.of(2026, 4, 27), "Giỗ Tổ Hùng Vương (nghỉ bù cho Chủ nhật 26/04)");
  }

  private static Map<LocalDate, String> namesByDate(List<CalendarEntry> entries) {
    return entries.stream()
        .collect(Collectors.toMap(CalendarEntry::date, CalendarEntry::name, (a, b) -> a));
  }

  private static List<LocalDate> tetDays(List<CalendarEntry> entries) {
    return entries.stream()
        .filter(e -> e.name().startsWith(TET))
        .map(CalendarEntry::date)
        .sorted()
        .collect(Collectors.toList());
  }
}
