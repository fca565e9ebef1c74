package vn.dunghan.dossier;

/** Who sent a dossier or an event: a front desk, the portal sync, or the service itself. */
public enum Source {
  DESK,
  PORTAL,
  SYSTEM
}
