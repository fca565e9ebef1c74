package vn.dunghan.calendar.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dunghan.calendar.CalendarEntry;
import vn.dunghan.calendar.DayKind;

/** One exception to the normal week in a loaded schedule, with the notice it comes from. */
@Entity
@Table(name = "calendar_day")
public class CalendarDayEntity {

  @Id LocalDate day;

  @Column(nullable = false)
  int year;

  @Enumerated(EnumType.STRING)
  DayKind kind;

  String name;

  String source;

  protected CalendarDayEntity() {}

  CalendarDayEntity(CalendarEntry entry) {
    this.day = entry.date();
    this.year = entry.date().getYear();
    this.kind = entry.kind();
    this.name = entry.name();
    this.source = entry.source();
  }

  CalendarEntry toEntry() {
    return new CalendarEntry(day, kind, name, source);
  }
}
