package vn.dunghan.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.WorkingHours;

/**
 * The calendar in force, the office hours and the counting mode: everything a dossier needs to date
 * its clock. {@code countInHours} is the deployment setting that counts a working day as 8 working
 * hours from the moment of receipt, as some provincial systems do.
 */
public record DeadlineContext(WorkingCalendar calendar, WorkingHours hours, boolean countInHours) {

  LocalDate addWorkingDays(LocalDate from, BigDecimal days) {
    return calendar.addWorkingDays(from, days);
  }

  LocalDateTime addWorkingHours(LocalDateTime from, BigDecimal amount) {
    return calendar.addWorkingHours(from, amount, hours);
  }

  int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    return calendar.countWorkingDays(fromExclusive, toInclusive);
  }

  LocalDate effectiveReceipt(LocalDateTime receivedAt, LocalTime cutoff) {
    return calendar.effectiveReceiptDate(receivedAt, cutoff);
  }
}
