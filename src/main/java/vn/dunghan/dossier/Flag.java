package vn.dunghan.dossier;

/** Irregularities that are accepted but recorded, so that reports can show them. */
public enum Flag {
  /** Supplement requested later than 3 working days after receipt (Decree 61/2018 art. 19(4)). */
  SUPPLEMENT_REQUEST_LATE,
  /** Re-appointment later than 1 day before the due date (art. 19(9); Circular 01/2018 Mẫu 04). */
  REAPPOINTMENT_LATE
}
