package vn.dunghan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
    "2018, 2018-02-16",
    "2019, 2019-02-05",
    "2020, 2020-01-25",
    "2021, 2021-02-12",
    "2022, 2022-02-01",
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
    "2027, 2027-02-06",
  })
  void lunarNewYearFallsOnTheKnownDay(int year, LocalDate expected) {
    assertThat(LunarCalendar.newYear(year)).isEqualTo(expected);
    assertThat(LunarCalendar.toLunar(expected)).isEqualTo(new LunarDate(year, 1, 1, false));
  }

  @Test
  void vietnameseTetDiffersFromChinaWhereTheNewMoonIsNearMidnight() {
    // Reckoned at UTC+7, Vietnam celebrated Tết 1985 on 21 January (China: 20 February) and Tết
    // 2007 on 17 February (China: 18 February).
    assertThat(LunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    assertThat(LunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
  }

  @ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
  @CsvSource({
    "2022, 2022-04-10",
    "2023, 2023-04-29",
    "2024, 2024-04-18",
    "2025, 2025-04-07",
    "2026, 2026-04-26",
  })
  void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate expected) {
    assertThat(LunarCalendar.toSolar(year, 3, 10, false)).isEqualTo(expected);
    assertThat(LunarCalendar.toLunar(expected)).isEqualTo(new LunarDate(year, 3, 10, false));
  }

  @Test
  void lastDayOfTheYearBeforeTet2026IsThe29thOfTheTwelfthMonth() {
    // Domain notes: 16/02/2026 is 29 tháng Chạp, the twelfth month having only 29 days.
    assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 16)))
        .isEqualTo(new LunarDate(2025, 12, 29, false));
    assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 12, 30, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void year2020HasALeapFourthMonth() {
    assertThat(LunarCalendar.toSolar(2020, 4, 1, true)).isEqualTo(LocalDate.of(2020, 5, 23));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2020, 5, 23)))
        .isEqualTo(new LunarDate(2020, 4, 1, true));
    assertThat(LunarCalendar.toSolar(2020, 5, 1, false)).isEqualTo(LocalDate.of(2020, 6, 21));
  }

  @Test
  void year2023HasALeapSecondMonth() {
    assertThat(LunarCalendar.toSolar(2023, 2, 1, true)).isEqualTo(LocalDate.of(2023, 3, 22));
    assertThat(LunarCalendar.toSolar(2023, 3, 1, false)).isEqualTo(LocalDate.of(2023, 4, 20));
  }

  @Test
  void year2025HasALeapSixthMonth() {
    assertThat(LunarCalendar.toSolar(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
  }

  @Test
  void aYearWithoutThatLeapMonthIsRejected() {
    assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 4, 1, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leap month");
    assertThatThrownBy(() -> LunarCalendar.toSolar(2026, 1, 1, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void midAutumnFestivalIsTheFifteenthOfTheEighthMonth() {
    assertThat(LunarCalendar.toSolar(2023, 8, 15, false)).isEqualTo(LocalDate.of(2023, 9, 29));
    assertThat(LunarCalendar.toSolar(2024, 8, 15, false)).isEqualTo(LocalDate.of(2024, 9, 17));
    assertThat(LunarCalendar.toSolar(2025, 8, 15, false)).isEqualTo(LocalDate.of(2025, 10, 6));
  }

  @Test
  void monthsElevenAndTwelveBelongToTheYearBeforeTet() {
    assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 1, 1)).year()).isEqualTo(2024);
    assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 1, 1)).month()).isEqualTo(12);
    assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 12, 1)))
        .isEqualTo(new LunarDate(2024, 11, 1, false));
  }

  @Test
  void everyYearFrom1900To2199HasTetBetween21JanuaryAnd20February() {
    for (int year = LunarCalendar.MIN_YEAR; year <= LunarCalendar.MAX_YEAR; year++) {
      LocalDate tet = LunarCalendar.newYear(year);
      assertThat(tet.getYear()).isEqualTo(year);
      assertThat(tet)
          .isBetween(LocalDate.of(year, Month.JANUARY, 21), LocalDate.of(year, Month.FEBRUARY, 20));
    }
  }

  @Test
  void everySpanHasTwelveOrThirteenMonthsOf29Or30DaysAndAtMostOneLeap() {
    for (int year = LunarCalendar.MIN_YEAR; year <= LunarCalendar.MAX_YEAR + 1; year++) {
      var months = LunarCalendar.monthsOfSpan(year);
      assertThat(months.size()).isBetween(12, 13);
      assertThat(months.stream().filter(LunarCalendar.LunarMonth::leap).count())
          .isEqualTo(months.size() - 12L);
      assertThat(months).allSatisfy(m -> assertThat(m.length()).isBetween(29, 30));
      assertThat(months.get(0).month()).isEqualTo(11);
    }
  }

  @Test
  void yearsOutsideTheSupportedRangeAreRejected() {
    assertThatThrownBy(() -> LunarCalendar.newYear(1899))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2201, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void impossibleLunarDatesAreRejected() {
    assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 13, 1, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 1, 31, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
