package vn.dunghan.calendar.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An append-only record of one replacement of a year's schedule: who, when, why, before, after. */
@Entity
@Immutable
@Table(name = "calendar_change")
public class CalendarChangeEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  int year;

  int revision;

  Instant changedAt;

  String changedBy;

  String reason;

  @JdbcTypeCode(SqlTypes.JSON)
  String previous;

  @JdbcTypeCode(SqlTypes.JSON)
  String current;

  protected CalendarChangeEntity() {}

  CalendarChangeEntity(
      int year,
      int revision,
      Instant changedAt,
      String changedBy,
      String reason,
      String previous,
      String current) {
    this.year = year;
    this.revision = revision;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.reason = reason;
    this.previous = previous;
    this.current = current;
  }
}
