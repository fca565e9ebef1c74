package vn.dunghan.sla;

/**
 * The verdict on a resolved dossier or step: before, on or after its due date (Circular 01/2018
 * art. 13, indicators 1 and 2: 2 / 1 / 0 points; report columns trước hạn, đúng hạn, quá hạn).
 */
public enum Timeliness {
  EARLY,
  ON_TIME,
  LATE
}
