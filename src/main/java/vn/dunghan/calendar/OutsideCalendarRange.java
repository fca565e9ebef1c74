package vn.dunghan.calendar;

/**
 * A date the calendar cannot compute: the lunar calendar behind the holidays covers the years
 * 1900-2199, so a deadline counted past 2199 (or a year asked before 1900) has no answer. It is the
 * caller's input that is out of range: the REST layer answers 422, never 500.
 */
public class OutsideCalendarRange extends IllegalArgumentException {

  public OutsideCalendarRange(String message) {
    super(message);
  }
}
