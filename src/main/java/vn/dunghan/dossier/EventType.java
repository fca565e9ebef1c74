package vn.dunghan.dossier;

/** What can happen to a dossier after it is received. */
public enum EventType {
  TRANSFERRED,
  SUPPLEMENT_REQUESTED,
  SUPPLEMENT_RECEIVED,
  SUSPENDED,
  RESUMED,
  REAPPOINTED,
  RESOLVED,
  RETURNED,
  WITHDRAWN,
  REJECTED,
  /**
   * A named officer of the unit holding the current step takes it over (phân công xử lý); a later
   * one re-assigns it. Changes no status or deadline: it says who answers for the step's days.
   */
  ASSIGNED,
  /**
   * Recorded by the service when the unit holding the dossier was merged into its successor: the
   * successor takes the step over with the deadline it had; changes no status.
   */
  HANDED_OVER,
  /** Recorded by the service when a calendar change moved the due date; changes no status. */
  DEADLINE_RECOMPUTED;

  /** Whether a caller may send this type (the last one is written by the service only). */
  public boolean external() {
    return this != DEADLINE_RECOMPUTED && this != HANDED_OVER;
  }
}
