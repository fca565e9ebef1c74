package vn.dunghan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

class LunarCalendarProperties {

  @Property(tries = 2000)
  void solarToLunarAndBackIsTheIdentity(
      @ForAll @DateRange(min = "1900-01-01", max = "2199-12-31") LocalDate solar) {
    LunarDate lunar = LunarCalendar.toLunar(solar);
    if (lunar.year() < LunarCalendar.MIN_YEAR) {
      return; // the last weeks of lunar 1899, before the supported lunar years
    }
    assertThat(LunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth()))
        .isEqualTo(solar);
  }

  @Property(tries = 2000)
  void lunarToSolarAndBackIsTheIdentity(
      @ForAll @IntRange(min = 1900, max = 2199) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 29) int day) {
    LocalDate solar = LunarCalendar.toSolar(year, month, day, false);
    assertThat(LunarCalendar.toLunar(solar)).isEqualTo(new LunarDate(year, month, day, false));
  }

  @Property(tries = 500)
  void consecutiveSolarDaysAreConsecutiveLunarDays(
      @ForAll @DateRange(min = "1900-03-01", max = "2199-12-30") LocalDate solar) {
    LunarDate today = LunarCalendar.toLunar(solar);
    LunarDate tomorrow = LunarCalendar.toLunar(solar.plusDays(1));
    if (tomorrow.day() == 1) {
      assertThat(today.day()).isIn(29, 30);
    } else {
      assertThat(tomorrow)
          .isEqualTo(
              new LunarDate(today.year(), today.month(), today.day() + 1, today.leapMonth()));
    }
  }
}
