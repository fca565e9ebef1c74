package vn.dunghan.notify;

/**
 * Escalation stages (docs/api.md "Jobs and escalation"): 1 due soon, to the head of the holding
 * unit; 2 overdue, to the same head; 3 overdue for longer, to the head of the parent unit and on
 * up.
 */
public enum Stage {
  DUE_SOON,
  OVERDUE,
  ESCALATED,
  /** Once a working day: each head gets the list of overdue dossiers their unit holds. */
  DIGEST,
  /** To the applicant: the dossier was received, with its appointment (Decree 61/2018 art. 17). */
  CITIZEN_RECEIPT,
  /** To the applicant: the dossier must be supplemented (art. 19(4)). */
  CITIZEN_SUPPLEMENT,
  /** To the applicant: an apology and a new appointment (art. 19(9)). */
  CITIZEN_APOLOGY,
  /** To the applicant: the result is ready. */
  CITIZEN_RESULT,
  /** To the applicant: the appointment passed without a result. */
  CITIZEN_LATE
}
