package vn.dunghan.sla;

/** Where a dossier stands against its deadline (DESIGN.md "Timeliness and SLA"). */
public enum SlaState {
  ON_TRACK,
  DUE_SOON,
  OVERDUE,
  PAUSED,
  MET,
  MISSED,
  CLOSED
}
