package vn.dunghan.dossier;

/** The decision on a resolved dossier. */
public enum Outcome {
  APPROVED,
  DENIED
}
