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
  DIGEST
}
