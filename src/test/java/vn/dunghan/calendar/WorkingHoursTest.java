package vn.dunghan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingHoursTest {

  private final WorkingCalendar calendar = OfficialCalendars.official();
  private final WorkingHours standard = WorkingHours.standard();

  @ParameterizedTest(name = "{0} + {1} h -> {2}")
  @CsvSource({
    // Fri 16:00: 1.5 h left on Friday, 2.5 h from Monday 07:30.
    "2025-03-07T16:00, 4, 2025-03-10T10:00",
    "2025-03-07T15:30, 4, 2025-03-10T09:30",
    // Running out exactly at the end of a range ends there, not at the next start.
    "2025-03-10T07:30, 4, 2025-03-10T11:30",
    "2025-03-10T07:30, 8, 2025-03-10T17:30",
    "2025-03-10T13:30, 4, 2025-03-10T17:30",
    // The lunch break is not counted.
    "2025-03-10T10:00, 2, 2025-03-10T14:00",
    "2025-03-10T12:00, 1, 2025-03-10T14:30",
    // Before and after office hours, counting starts at the next opening.
    "2025-03-10T06:00, 1, 2025-03-10T08:30",
    "2025-03-10T18:00, 1, 2025-03-11T08:30",
    "2025-03-10T17:30, 1, 2025-03-11T08:30",
    // Received on a Saturday.
    "2025-03-08T10:00, 1, 2025-03-10T08:30",
    // Fractions of an hour.
    "2025-03-10T07:30, 0.5, 2025-03-10T08:00",
    "2025-03-10T11:00, 1.25, 2025-03-10T14:15",
    // 16 hours = two full days.
    "2025-03-10T07:30, 16, 2025-03-11T17:30",
  })
  void hoursRunOutWithinOfficeHours(LocalDateTime from, BigDecimal hours, LocalDateTime due) {
    assertThat(calendar.addWorkingHours(from, hours, standard)).isEqualTo(due);
  }

  @Test
  void hoursSkipTheTetBreak() {
    // Fri 24/01/2025 16:00: 1.5 h, then the break to Sun 02/02, then 6.5 h on Mon 03/02.
    assertThat(calendar.addWorkingHours(LocalDateTime.of(2025, 1, 24, 16, 0), hours(8), standard))
        .isEqualTo("2025-02-03T16:00");
  }

  @Test
  void hoursCountOnAMakeUpSaturday() {
    assertThat(calendar.addWorkingHours(LocalDateTime.of(2025, 4, 25, 17, 0), hours(1), standard))
        .isEqualTo("2025-04-26T08:00");
  }

  @Test
  void zeroHoursInsideWorkingTimeIsTheMomentOfReceipt() {
    LocalDateTime inside = LocalDateTime.of(2025, 3, 10, 9, 15);
    assertThat(calendar.addWorkingHours(inside, BigDecimal.ZERO, standard)).isEqualTo(inside);
    assertThat(
            calendar.addWorkingHours(
                LocalDateTime.of(2025, 3, 10, 12, 0), BigDecimal.ZERO, standard))
        .isEqualTo("2025-03-10T13:30");
  }

  @Test
  void customOfficeHoursAreHonoured() {
    WorkingHours continuous =
        new WorkingHours(List.of(new TimeRange(LocalTime.of(8, 0), LocalTime.of(16, 0))));
    assertThat(calendar.addWorkingHours(LocalDateTime.of(2025, 3, 10, 15, 0), hours(2), continuous))
        .isEqualTo("2025-03-11T09:00");
  }

  @Test
  void standardDayHasEightHours() {
    assertThat(standard.perDay()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void negativeHoursAreRejected() {
    assertThatThrownBy(
            () ->
                calendar.addWorkingHours(
                    LocalDateTime.of(2025, 3, 10, 8, 0), new BigDecimal("-1"), standard))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlappingOrInvertedRangesAreRejected() {
    assertThatThrownBy(() -> new TimeRange(LocalTime.of(12, 0), LocalTime.of(8, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new WorkingHours(
                    List.of(
                        new TimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new TimeRange(LocalTime.of(11, 0), LocalTime.of(16, 0)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WorkingHours(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BigDecimal hours(int n) {
    return BigDecimal.valueOf(n);
  }
}
