package vn.dunghan.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the day-by-day account of a due date (see {@link WorkingCalendar#explain}). */
final class DeadlineExplainer {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private DeadlineExplainer() {}

  static DeadlineExplanation explain(
      WorkingCalendar calendar, LocalDate receiptDate, BigDecimal days) {
    LocalDate dueDate = calendar.addWorkingDays(receiptDate, days);
    int toCount = WorkingCalendar.wholeDaysToCount(days);
    // With 2.5 days the 3rd working day is the due day but only its morning is used.
    boolean endsOnHalfDay = days.remainder(BigDecimal.ONE).signum() != 0;
    List<ExplainedDay> explained = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    int working = 0;
    for (LocalDate day = receiptDate.plusDays(1); !day.isAfter(dueDate); day = day.plusDays(1)) {
      DayInfo info = calendar.describe(day);
      BigDecimal counted = BigDecimal.ZERO;
      if (info.isWorkingDay() && working < toCount) {
        working++;
        counted = working == toCount && endsOnHalfDay ? HALF : BigDecimal.ONE;
      }
      total = total.add(counted);
      explained.add(new ExplainedDay(day, info.status(), info.name(), counted, total));
    }
    return new DeadlineExplanation(receiptDate, days, dueDate, explained);
  }
}
