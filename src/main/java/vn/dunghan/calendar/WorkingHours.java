package vn.dunghan.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * Office hours of a working day, for deployments that count "8 working hours a day from the moment
 * of receipt" instead of whole days.
 *
 * @param ranges non-overlapping ranges in ascending order
 */
public record WorkingHours(List<TimeRange> ranges) {

  public WorkingHours {
    ranges = List.copyOf(ranges);
    if (ranges.isEmpty()) {
      throw new IllegalArgumentException("working hours need at least one time range");
    }
    for (int i = 1; i < ranges.size(); i++) {
      if (ranges.get(i).start().isBefore(ranges.get(i - 1).end())) {
        throw new IllegalArgumentException("time ranges must be ascending and not overlap");
      }
    }
  }

  /**
   * 07:30-11:30 and 13:30-17:30: the 8-hour day of the 40-hour week (Decision 188/1999/QĐ-TTg art.
   * 1), with the usual office timetable.
   */
  public static WorkingHours standard() {
    return new WorkingHours(
        List.of(
            new TimeRange(LocalTime.of(7, 30), LocalTime.of(11, 30)),
            new TimeRange(LocalTime.of(13, 30), LocalTime.of(17, 30))));
  }

  public Duration perDay() {
    return ranges.stream().map(TimeRange::length).reduce(Duration.ZERO, Duration::plus);
  }
}
