package vn.dunghan.calendar.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;
import java.util.List;
import vn.dunghan.calendar.TimeRange;
import vn.dunghan.calendar.WorkingHours;

/** Settings of the working-day calendar ({@code calendar.*}). */
@ConfigMapping(prefix = "calendar")
public interface CalendarConfig {

  /** Office hours of a working day as HH:mm-HH:mm ranges; hour-based counting uses them. */
  @WithDefault("07:30-11:30,13:30-17:30")
  List<String> workingHours();

  /**
   * How a time in working days is counted: {@code DAYS} (Civil Code art. 147: from the day after
   * receipt) or {@code HOURS} (8 working hours a day from the moment of receipt, as some provincial
   * systems do).
   */
  @WithDefault("DAYS")
  CountingMode countingMode();

  /** The counting modes a deployment can choose. */
  enum CountingMode {
    DAYS,
    HOURS
  }

  default WorkingHours hours() {
    return new WorkingHours(
        workingHours().stream()
            .map(
                range -> {
                  String[] ends = range.strip().split("-");
                  return new TimeRange(
                      LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()));
                })
            .toList());
  }
}
