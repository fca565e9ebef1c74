package vn.dunghan.sla;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An open dossier past (or close to) its due date, with the unit holding it, its head and the
 * officer handling the current step.
 */
public record OverdueRow(
    String code,
    String procedureCode,
    String fieldCode,
    String level,
    String holdingUnitCode,
    String holdingUnitName,
    Accountable accountableHead,
    Officer handler,
    OffsetDateTime receivedAt,
    LocalDate dueDate,
    int overdueWorkingDays,
    int remainingWorkingDays) {

  /** The head of the holding unit: the address of the delay. */
  public record Accountable(String name, String title, String email) {}

  /** The officer assigned to the current step (null when nobody is): who handles it now. */
  public record Officer(String subject, String name) {}
}
