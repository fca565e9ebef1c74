package vn.dunghan.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One calendar day of a deadline explanation.
 *
 * @param name the holiday or swap name, null for a plain day
 * @param counted 1 for a working day counted in full, 0.5 for a last half day, 0 for a day off
 * @param runningTotal working days counted so far, this day included
 */
public record ExplainedDay(
    LocalDate date, DayStatus status, String name, BigDecimal counted, BigDecimal runningTotal) {}
