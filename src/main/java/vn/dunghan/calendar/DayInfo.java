package vn.dunghan.calendar;

import java.time.LocalDate;

/**
 * A calendar day as the working calendar sees it.
 *
 * @param name the Vietnamese name of the holiday or swap; null for a plain weekday or weekend
 * @param source the notice or rule behind it; null for a plain weekday or weekend
 * @param provisional true when the day's year has no loaded schedule, so it was derived from the
 *     Labour Code and may still change when the official notice is published
 */
public record DayInfo(
    LocalDate date, DayStatus status, String name, String source, boolean provisional) {

  public boolean isWorkingDay() {
    return status.isWorking();
  }
}
