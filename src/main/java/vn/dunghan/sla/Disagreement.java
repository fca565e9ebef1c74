package vn.dunghan.sla;

import java.time.LocalDate;

/**
 * A dossier on which the legal verdict (Decree 61/2018) and the index's (Decision 766 indicator
 * 2.1) differ, with the cause and both reasons.
 */
public record Disagreement(
    String code,
    String procedureCode,
    String handlingUnitCode,
    String holdingUnitCode,
    Timeliness legal,
    LocalDate dueDate,
    IndexPolicy.Verdict index,
    LocalDate appointment,
    LocalDate effectiveEnd,
    Cause cause,
    String reason) {

  /** Why the two rules part. */
  public enum Cause {
    /** More than one supplement request: late for the index whatever the dates. */
    MORE_THAN_ONE_SUPPLEMENT,
    /** The index subtracts the supplement wait where the law restarts the clock. */
    SUPPLEMENT_PAUSED_NOT_RESTARTED,
    /** The index judges against the new appointment, the law against the due date. */
    REAPPOINTED,
    /** An unanswered supplement request ends processing for the index; legally it waits. */
    UNANSWERED_SUPPLEMENT,
    /** Withdrawn or stopped: the law does not judge it, the index does. */
    NOT_JUDGED_BY_LAW
  }

  /** The cause, from what differs between the two rules for this dossier. */
  static Cause causeOf(
      String status, int supplementRequests, int clockRestarts, boolean reappointed) {
    if (supplementRequests > 1) {
      return Cause.MORE_THAN_ONE_SUPPLEMENT;
    }
    if ("AWAITING_SUPPLEMENT".equals(status)) {
      return Cause.UNANSWERED_SUPPLEMENT;
    }
    if ("WITHDRAWN".equals(status) || "REJECTED".equals(status)) {
      return Cause.NOT_JUDGED_BY_LAW;
    }
    if (reappointed) {
      return Cause.REAPPOINTED;
    }
    return clockRestarts > 0 ? Cause.SUPPLEMENT_PAUSED_NOT_RESTARTED : Cause.REAPPOINTED;
  }
}
