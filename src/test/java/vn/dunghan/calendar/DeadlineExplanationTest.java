package vn.dunghan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineExplanationTest {

  private final WorkingCalendar calendar = OfficialCalendars.official();

  @Test
  void explanationListsEveryDayFromTheDayAfterReceiptToTheDueDate() {
    DeadlineExplanation tet = calendar.explain(LocalDate.of(2025, 1, 20), BigDecimal.valueOf(15));
    assertThat(tet.dueDate()).isEqualTo("2025-02-17");
    assertThat(tet.days()).hasSize(28);
    assertThat(tet.days().get(0).date()).isEqualTo("2025-01-21");
    assertThat(tet.days().get(27).date()).isEqualTo("2025-02-17");
    assertThat(tet.days().get(27).runningTotal()).isEqualByComparingTo("15");
  }

  @Test
  void tetDaysAreShownByNameAndCountNothing() {
    DeadlineExplanation tet = calendar.explain(LocalDate.of(2025, 1, 20), BigDecimal.valueOf(15));
    ExplainedDay firstDayOff = dayOf(tet, LocalDate.of(2025, 1, 27));
    assertThat(firstDayOff.status()).isEqualTo(DayStatus.DAY_OFF);
    assertThat(firstDayOff.name()).isEqualTo("Tết Nguyên đán");
    assertThat(firstDayOff.counted()).isEqualByComparingTo("0");
    assertThat(firstDayOff.runningTotal()).isEqualByComparingTo("4");
  }

  @Test
  void makeUpSaturdayIsCountedInTheExplanation() {
    DeadlineExplanation swap = calendar.explain(LocalDate.of(2025, 4, 24), BigDecimal.valueOf(3));
    assertThat(swap.days())
        .extracting(ExplainedDay::status)
        .containsExactly(
            DayStatus.WORKING_DAY,
            DayStatus.MAKE_UP_WORKING_DAY,
            DayStatus.WEEKEND,
            DayStatus.WORKING_DAY);
    assertThat(swap.days()).extracting(d -> d.counted().intValue()).containsExactly(1, 1, 0, 1);
    assertThat(swap.days().get(1).name()).isEqualTo("Làm bù cho thứ Sáu 02/05");
  }

  @Test
  void lastHalfDayIsCountedAsHalf() {
    DeadlineExplanation half = calendar.explain(LocalDate.of(2025, 3, 10), new BigDecimal("2.5"));
    assertThat(half.dueDate()).isEqualTo("2025-03-13");
    List<ExplainedDay> days = half.days();
    assertThat(days).hasSize(3);
    assertThat(days.get(0).counted()).isEqualByComparingTo("1");
    assertThat(days.get(1).runningTotal()).isEqualByComparingTo("2");
    assertThat(days.get(2).counted()).isEqualByComparingTo("0.5");
    assertThat(days.get(2).runningTotal()).isEqualByComparingTo("2.5");
  }

  @Test
  void sameDayProcedureOnAWorkingDayHasAnEmptyExplanation() {
    DeadlineExplanation sameDay = calendar.explain(LocalDate.of(2025, 3, 10), BigDecimal.ZERO);
    assertThat(sameDay.dueDate()).isEqualTo("2025-03-10");
    assertThat(sameDay.days()).isEmpty();
  }

  @Test
  void sameDayProcedureOnASaturdayShowsTheSkippedDaysCountingNothing() {
    DeadlineExplanation weekend = calendar.explain(LocalDate.of(2025, 3, 15), BigDecimal.ZERO);
    assertThat(weekend.dueDate()).isEqualTo("2025-03-17");
    assertThat(weekend.days())
        .extracting(ExplainedDay::date, ExplainedDay::status)
        .containsExactly(
            tuple(LocalDate.of(2025, 3, 16), DayStatus.WEEKEND),
            tuple(LocalDate.of(2025, 3, 17), DayStatus.WORKING_DAY));
    assertThat(weekend.days()).allSatisfy(d -> assertThat(d.counted()).isZero());
  }

  @Test
  void explanationKeepsTheReceiptDateAndTheLimit() {
    DeadlineExplanation e = calendar.explain(LocalDate.of(2025, 3, 10), new BigDecimal("1.5"));
    assertThat(e.receiptDate()).isEqualTo("2025-03-10");
    assertThat(e.workingDays()).isEqualByComparingTo("1.5");
  }

  private static ExplainedDay dayOf(DeadlineExplanation explanation, LocalDate date) {
    return explanation.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
  }
}
