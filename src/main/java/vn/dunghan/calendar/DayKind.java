package vn.dunghan.calendar;

/**
 * How a listed date departs from the civil servants' normal week, which is Monday to Friday
 * (Decision 188/1999/QĐ-TTg art. 1). Only departures are listed; a plain weekday or weekend is
 * never an entry.
 */
public enum DayKind {
  /** A weekday off: a public holiday, its compensation day, or a weekday swapped away. */
  DAY_OFF,
  /** A Saturday or Sunday worked to make up for a swapped weekday (hoán đổi ngày làm việc). */
  WORKING_DAY
}
