package vn.dunghan.sla;

/** Where a dossier stands against its deadline (docs/sla.md "SLA definitions"). */
public enum SlaState {
  ON_TRACK,
  DUE_SOON,
  OVERDUE,
  PAUSED,
  MET,
  MISSED,
  CLOSED
}
