package vn.dunghan.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How a due date was reached, day by day, for the receipt slip and for disputes.
 *
 * @param receiptDate the (effective) day of receipt, not counted (Civil Code 2015 art. 147)
 * @param workingDays the prescribed time in working days
 * @param dueDate the working day on which the time runs out
 * @param days every calendar day after {@code receiptDate} up to and including {@code dueDate}
 */
public record DeadlineExplanation(
    LocalDate receiptDate, BigDecimal workingDays, LocalDate dueDate, List<ExplainedDay> days) {

  public DeadlineExplanation {
    days = List.copyOf(days);
  }
}
