package vn.dunghan.calendar.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year whose schedule has been loaded, and the last change to it. */
@Entity
@Table(name = "calendar_year")
public class CalendarYearEntity {

  @Id int year;

  @Enumerated(EnumType.STRING)
  ScheduleStatus status;

  String source;

  int revision;

  Instant changedAt;

  String changedBy;

  String reason;

  protected CalendarYearEntity() {}

  CalendarYearEntity(int year) {
    this.year = year;
  }

  void record(ScheduleStatus status, String source, Instant at, String by, String why) {
    this.status = status;
    this.source = source;
    this.revision++;
    this.changedAt = at;
    this.changedBy = by;
    this.reason = why;
  }
}
