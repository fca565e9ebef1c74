package vn.dunghan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiptCutoffTest {

  private static final LocalTime CUTOFF = LocalTime.of(15, 0);

  private final WorkingCalendar calendar = OfficialCalendars.official();

  @ParameterizedTest(name = "received {0} counts as received {1}")
  @CsvSource({
    "2025-03-10T14:59, 2025-03-10",
    "2025-03-10T15:00, 2025-03-10", // "after 15:00" is strict: 15:00:00 is still on time
    "2025-03-10T15:00:01, 2025-03-11",
    "2025-03-10T15:01, 2025-03-11",
    "2025-03-14T15:01, 2025-03-17", // Friday afternoon: Monday
    "2025-03-15T09:00, 2025-03-17", // Saturday, any hour
    "2025-01-24T14:59, 2025-01-24", // eve of the Tết break, before the cut-off
    "2025-01-24T15:01, 2025-02-03", // eve of the Tết break, after it: first day after the break
    "2025-04-30T08:00, 2025-05-05", // a holiday, any hour
    "2025-04-25T16:00, 2025-04-26", // make-up Saturday is the next working day
  })
  void afterTheCutOffOrOnADayOffTheDossierCountsAsReceivedOnTheNextWorkingDay(
      LocalDateTime receivedAt, LocalDate effective) {
    assertThat(calendar.effectiveReceiptDate(receivedAt, CUTOFF)).isEqualTo(effective);
  }

  @Test
  void withoutACutOffTheReceiptDateIsUnchanged() {
    assertThat(calendar.effectiveReceiptDate(LocalDateTime.of(2025, 3, 10, 17, 0), null))
        .isEqualTo("2025-03-10");
    assertThat(calendar.effectiveReceiptDate(LocalDateTime.of(2025, 3, 15, 9, 0), null))
        .isEqualTo("2025-03-15");
  }

  @Test
  void sameDayProcedureReceivedAfterTheCutOffIsDueTheNextWorkingDay() {
    // Law on Civil Status 2014 art. 5(3): received after 15:00, the result is due the next working
    // day.
    LocalDate before = calendar.effectiveReceiptDate(LocalDateTime.of(2025, 3, 10, 14, 0), CUTOFF);
    LocalDate after = calendar.effectiveReceiptDate(LocalDateTime.of(2025, 3, 10, 15, 30), CUTOFF);
    assertThat(calendar.addWorkingDays(before, BigDecimal.ZERO)).isEqualTo("2025-03-10");
    assertThat(calendar.addWorkingDays(after, BigDecimal.ZERO)).isEqualTo("2025-03-11");
  }
}
