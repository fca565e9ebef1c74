package vn.dunghan.calendar;

/** What a calendar day is for the processing clock. */
public enum DayStatus {
  /** An ordinary Monday to Friday. */
  WORKING_DAY,
  /** A Saturday or Sunday worked under a swap notice; counts like any working day. */
  MAKE_UP_WORKING_DAY,
  /** An ordinary Saturday or Sunday (Decision 188/1999/QĐ-TTg art. 1). */
  WEEKEND,
  /** A weekday off: holiday, compensation day or swapped day. */
  DAY_OFF;

  public boolean isWorking() {
    return this == WORKING_DAY || this == MAKE_UP_WORKING_DAY;
  }
}
