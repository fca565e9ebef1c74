package vn.dunghan.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** A span of office hours within a day, start inclusive, end exclusive. */
public record TimeRange(LocalTime start, LocalTime end) {

  public TimeRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "time range must end after it starts: " + start + "-" + end);
    }
  }

  public Duration length() {
    return Duration.between(start, end);
  }
}
