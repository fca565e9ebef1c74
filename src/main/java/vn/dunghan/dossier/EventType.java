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
  /** Recorded by the service when a calendar change moved the due date; changes no status. */
  DEADLINE_RECOMPUTED;

  /** Whether a caller may send this type (the last one is written by the service only). */
  public boolean external() {
    return this != DEADLINE_RECOMPUTED;
  }
}
