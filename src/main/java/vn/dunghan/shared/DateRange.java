package vn.dunghan.shared;

import java.time.LocalDate;

/**
 * The dates the service accepts from outside, in bodies and query parameters alike: those its
 * working-day calendar can compute (the lunar calendar behind the holidays covers 1900-2199). A
 * year far outside (9999, or ±999999999 as ISO-8601 allows) is refused at the door as a 422 instead
 * of failing deep inside a computation or in PostgreSQL.
 */
public final class DateRange {

  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

  private DateRange() {}

  public static boolean contains(LocalDate date) {
    return !date.isBefore(FIRST) && !date.isAfter(LAST);
  }

  /** What a refused date is told. */
  public static String rule() {
    return "must lie between " + FIRST + " and " + LAST;
  }
}
