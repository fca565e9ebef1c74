package vn.dunghan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DescribeDayTest {

  private final WorkingCalendar calendar = OfficialCalendars.official();

  @Test
  void holidayIsDescribedByItsVietnameseNameAndSource() {
    DayInfo tet = calendar.describe(LocalDate.of(2025, 1, 29));
    assertThat(tet.status()).isEqualTo(DayStatus.DAY_OFF);
    assertThat(tet.name()).isEqualTo("Tết Nguyên đán");
    assertThat(tet.source()).isEqualTo(OfficialCalendars.SOURCES.get(2025));
    assertThat(tet.provisional()).isFalse();
    assertThat(tet.isWorkingDay()).isFalse();
  }

  @Test
  void makeUpSaturdayIsDescribedAsAWorkingDayWithItsReason() {
    DayInfo saturday = calendar.describe(LocalDate.of(2025, 4, 26));
    assertThat(saturday.status()).isEqualTo(DayStatus.MAKE_UP_WORKING_DAY);
    assertThat(saturday.name()).isEqualTo("Làm bù cho thứ Sáu 02/05");
    assertThat(saturday.isWorkingDay()).isTrue();
  }

  @Test
  void swappedWeekdayIsADayOff() {
    DayInfo friday = calendar.describe(LocalDate.of(2025, 5, 2));
    assertThat(friday.status()).isEqualTo(DayStatus.DAY_OFF);
    assertThat(friday.name()).isEqualTo("Hoán đổi ngày làm việc (làm bù thứ Bảy 26/04)");
  }

  @Test
  void plainDaysHaveNoNameOrSource() {
    assertThat(calendar.describe(LocalDate.of(2025, 3, 10)))
        .isEqualTo(
            new DayInfo(LocalDate.of(2025, 3, 10), DayStatus.WORKING_DAY, null, null, false));
    assertThat(calendar.describe(LocalDate.of(2025, 3, 15)))
        .isEqualTo(new DayInfo(LocalDate.of(2025, 3, 15), DayStatus.WEEKEND, null, null, false));
  }

  @Test
  void yearWithoutALoadedScheduleIsMarkedProvisional() {
    assertThat(calendar.isProvisional(2027)).isTrue();
    assertThat(calendar.isProvisional(2025)).isFalse();
    DayInfo tet = calendar.describe(LocalDate.of(2027, 2, 8));
    assertThat(tet.status()).isEqualTo(DayStatus.DAY_OFF);
    assertThat(tet.name()).isEqualTo("Tết Nguyên đán");
    assertThat(tet.source()).isEqualTo(ProvisionalCalendar.SOURCE);
    assertThat(tet.provisional()).isTrue();
    assertThat(calendar.describe(LocalDate.of(2027, 3, 1)).provisional()).isTrue();
  }

  @Test
  void provisionalCompensationDayNamesTheWeekendHolidayItReplaces() {
    // Lunar New Year 2027 is Saturday 06/02.
    assertThat(calendar.describe(LocalDate.of(2027, 2, 6)).status()).isEqualTo(DayStatus.WEEKEND);
    assertThat(calendar.describe(LocalDate.of(2027, 2, 10)).name())
        .isEqualTo("Tết Nguyên đán (nghỉ bù cho thứ Bảy 06/02)");
  }

  @Test
  void loadedYearWithoutEntriesHasOnlyPlainWeeksAndIsNotProvisional() {
    WorkingCalendar plain = OfficialCalendars.weekendsOnly(2025);
    assertThat(plain.isProvisional(2025)).isFalse();
    assertThat(plain.describe(LocalDate.of(2025, 1, 29)).status()).isEqualTo(DayStatus.WORKING_DAY);
  }

  @Test
  void entryFiledUnderTheWrongYearIsRejected() {
    CalendarEntry newYear =
        new CalendarEntry(LocalDate.of(2025, 1, 1), DayKind.DAY_OFF, "Tết Dương lịch", null);
    assertThatThrownBy(() -> new WorkingCalendar(Map.of(2024, List.of(newYear))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoEntriesForOneDateAreRejected() {
    CalendarEntry newYear =
        new CalendarEntry(LocalDate.of(2025, 1, 1), DayKind.DAY_OFF, "Tết Dương lịch", null);
    assertThatThrownBy(() -> new WorkingCalendar(Map.of(2025, List.of(newYear, newYear))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void provisionalYearsGiveTheSameAnswersFromManyThreads() {
    WorkingCalendar shared = WorkingCalendar.provisionalOnly();
    List<LocalDate> dueDates =
        IntStream.range(0, 64)
            .parallel()
            .mapToObj(i -> shared.addWorkingDays(LocalDate.of(2031 + i % 8, 1, 20), BigDecimal.TEN))
            .toList();
    for (int i = 0; i < 64; i++) {
      assertThat(dueDates.get(i)).isEqualTo(dueDates.get(i % 8));
    }
  }
}
