package vn.dunghan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {

  /**
   * The worked example of Decree 09/2019 cut-offs (docs/report.md "Windows"), plus half-years and
   * the calendar windows.
   */
  @ParameterizedTest
  @CsvSource({
    "2025-03, REGULATORY, 2025-02-15, 2025-03-14",
    "2025-01, REGULATORY, 2024-12-15, 2025-01-14",
    "2025-Q1, REGULATORY, 2024-12-15, 2025-03-14",
    "2025-Q2, REGULATORY, 2025-03-15, 2025-06-14",
    "2025-H1, REGULATORY, 2024-12-15, 2025-06-14",
    "2025-H2, REGULATORY, 2025-06-15, 2025-12-14",
    "2025, REGULATORY, 2024-12-15, 2025-12-14",
    "2022-05, REGULATORY, 2022-04-15, 2022-05-14",
    "2022-05, CALENDAR, 2022-05-01, 2022-05-31",
    "2024-02, CALENDAR, 2024-02-01, 2024-02-29",
    "2025-Q4, CALENDAR, 2025-10-01, 2025-12-31",
    "2025, CALENDAR, 2025-01-01, 2025-12-31"
  })
  void windowsFollowTheCutOffDates(
      String period, ReportPeriod.Window window, LocalDate from, LocalDate to) {
    ReportPeriod.Days days = ReportPeriod.parse(period).days(window);
    assertThat(days.from()).isEqualTo(from);
    assertThat(days.to()).isEqualTo(to);
  }

  @Test
  void aDossierReceivedOnThe14thAndOnThe15thFallInDifferentMonths() {
    ReportPeriod march = ReportPeriod.parse("2025-03");
    assertThat(march.days(ReportPeriod.Window.REGULATORY).contains(LocalDate.of(2025, 3, 14)))
        .isTrue();
    assertThat(march.days(ReportPeriod.Window.REGULATORY).contains(LocalDate.of(2025, 3, 15)))
        .isFalse();
    assertThat(
            ReportPeriod.parse("2025-04")
                .days(ReportPeriod.Window.REGULATORY)
                .contains(LocalDate.of(2025, 3, 15)))
        .isTrue();
  }

  @Test
  void previousPeriodsCrossYears() {
    assertThat(ReportPeriod.parse("2025-01").previous().name()).isEqualTo("2024-12");
    assertThat(ReportPeriod.parse("2025-Q1").previous().name()).isEqualTo("2024-Q4");
    assertThat(ReportPeriod.parse("2025-H1").previous().name()).isEqualTo("2024-H2");
    assertThat(ReportPeriod.parse("2025").previous().name()).isEqualTo("2024");
  }

  @Test
  void badNamesAreExplained() {
    assertThatThrownBy(() -> ReportPeriod.parse("2025-13")).hasMessageContaining("01-12");
    assertThatThrownBy(() -> ReportPeriod.parse("2025-Q5")).hasMessageContaining("YYYY-Qn");
    assertThatThrownBy(() -> ReportPeriod.parse("tháng 3")).hasMessageContaining("not a period");
  }

  /** Consecutive regulatory windows tile the days: no gap, no overlap. */
  @Property
  void consecutiveWindowsTileTheCalendar(
      @ForAll @IntRange(min = 2020, max = 2035) int year,
      @ForAll @IntRange(min = 1, max = 12) int month) {
    for (String name :
        new String[] {
          String.format("%04d-%02d", year, month),
          year + "-Q" + ((month + 2) / 3),
          year + "-H" + ((month + 5) / 6),
          Integer.toString(year)
        }) {
      ReportPeriod period = ReportPeriod.parse(name);
      for (ReportPeriod.Window w : ReportPeriod.Window.values()) {
        assertThat(period.previous().days(w).to().plusDays(1)).isEqualTo(period.days(w).from());
      }
    }
  }
}
