package vn.dunghan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/** Laws of the day arithmetic over 2022-2030: loaded years 2022-2026, provisional after. */
class WorkingCalendarProperties {

  private static final String FROM = "2022-01-01";
  private static final String TO = "2030-12-31";

  private final WorkingCalendar calendar = OfficialCalendars.official();

  @Property
  void dueDateIsAWorkingDay(
      @ForAll @DateRange(min = FROM, max = TO) LocalDate receipt,
      @ForAll @IntRange(min = 0, max = 120) int halfDays) {
    LocalDate due = calendar.addWorkingDays(receipt, halves(halfDays));
    assertThat(calendar.isWorkingDay(due)).isTrue();
    assertThat(due).isAfterOrEqualTo(receipt);
  }

  @Property
  void countingBackTheDueDateGivesTheLimit(
      @ForAll @DateRange(min = FROM, max = TO) LocalDate receipt,
      @ForAll @IntRange(min = 1, max = 60) int days) {
    LocalDate due = calendar.addWorkingDays(receipt, BigDecimal.valueOf(days));
    assertThat(calendar.countWorkingDays(receipt, due)).isEqualTo(days);
  }

  @Property
  void halfDayRunsOutOnTheSameDayAsTheNextWholeDay(
      @ForAll @DateRange(min = FROM, max = TO) LocalDate receipt,
      @ForAll @IntRange(min = 0, max = 59) int days) {
    BigDecimal half = BigDecimal.valueOf(days).add(new BigDecimal("0.5"));
    assertThat(calendar.addWorkingDays(receipt, half))
        .isEqualTo(calendar.addWorkingDays(receipt, BigDecimal.valueOf(days + 1L)));
  }

  @Property
  void longerLimitsNeverEndEarlier(
      @ForAll @DateRange(min = FROM, max = TO) LocalDate receipt,
      @ForAll @IntRange(min = 0, max = 119) int halfDays) {
    LocalDate shorter = calendar.addWorkingDays(receipt, halves(halfDays));
    LocalDate longer = calendar.addWorkingDays(receipt, halves(halfDays + 1));
    assertThat(longer).isAfterOrEqualTo(shorter);
    if (halfDays % 2 == 0 && halfDays > 0) {
      assertThat(longer).isAfter(shorter); // n -> n + 0.5 starts a new working day
    }
  }

  @Property
  void laterReceiptNeverEndsEarlier(
      @ForAll @DateRange(min = FROM, max = TO) LocalDate receipt,
      @ForAll @IntRange(min = 1, max = 30) int daysLater,
      @ForAll @IntRange(min = 0, max = 120) int halfDays) {
    BigDecimal limit = halves(halfDays);
    LocalDate earlier = calendar.addWorkingDays(receipt, limit);
    LocalDate later = calendar.addWorkingDays(receipt.plusDays(daysLater), limit);
    assertThat(later).isAfterOrEqualTo(earlier);
  }

  @Property
  void nextWorkingDayIsTheFirstWorkingDayAfter(
      @ForAll @DateRange(min = FROM, max = TO) LocalDate date) {
    LocalDate next = calendar.nextWorkingDay(date);
    assertThat(next).isAfter(date);
    assertThat(calendar.isWorkingDay(next)).isTrue();
    for (LocalDate d = date.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
      assertThat(calendar.isWorkingDay(d)).isFalse();
    }
  }

  @Property
  void countIsAdditiveAndAntisymmetric(
      @ForAll @DateRange(min = FROM, max = TO) LocalDate a,
      @ForAll @IntRange(min = -90, max = 90) int toB,
      @ForAll @IntRange(min = -90, max = 90) int toC) {
    LocalDate b = a.plusDays(toB);
    LocalDate c = b.plusDays(toC);
    assertThat(calendar.countWorkingDays(a, b)).isEqualTo(-calendar.countWorkingDays(b, a));
    assertThat(calendar.countWorkingDays(a, b) + calendar.countWorkingDays(b, c))
        .isEqualTo(calendar.countWorkingDays(a, c));
  }

  @Property
  void explanationAddsUpToTheLimit(
      @ForAll @DateRange(min = FROM, max = TO) LocalDate receipt,
      @ForAll @IntRange(min = 1, max = 120) int halfDays) {
    BigDecimal limit = halves(halfDays);
    DeadlineExplanation explanation = calendar.explain(receipt, limit);
    assertThat(explanation.dueDate()).isEqualTo(calendar.addWorkingDays(receipt, limit));
    assertThat(explanation.days())
        .hasSize((int) (explanation.dueDate().toEpochDay() - receipt.toEpochDay()));
    assertThat(explanation.days().get(explanation.days().size() - 1).runningTotal())
        .isEqualByComparingTo(limit);
  }

  @Property
  void workingHoursRunOutInsideOfficeHoursOfAWorkingDay(
      @ForAll @DateRange(min = FROM, max = TO) LocalDate date,
      @ForAll @IntRange(min = 0, max = 24 * 60 - 1) int minuteOfDay,
      @ForAll @IntRange(min = 1, max = 200) int quarterHours) {
    LocalDateTime from = date.atTime(LocalTime.MIN.plusMinutes(minuteOfDay));
    BigDecimal hours = BigDecimal.valueOf(quarterHours).divide(BigDecimal.valueOf(4));
    LocalDateTime due = calendar.addWorkingHours(from, hours, WorkingHours.standard());
    assertThat(due).isAfter(from);
    assertThat(calendar.isWorkingDay(due.toLocalDate())).isTrue();
    LocalTime t = due.toLocalTime();
    assertThat(WorkingHours.standard().ranges())
        .anySatisfy(r -> assertThat(t).isAfter(r.start()).isBeforeOrEqualTo(r.end()));
  }

  private static BigDecimal halves(int halfDays) {
    return BigDecimal.valueOf(halfDays).divide(BigDecimal.valueOf(2));
  }
}
