package vn.dunghan.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One event of a dossier's history, as the aggregate replays it. */
public record EventRecord(
    EventType type,
    Instant at,
    String toUnitCode,
    BigDecimal allotment,
    String reason,
    LocalDate newAppointmentDate,
    Outcome outcome,
    String officer,
    String officerName) {

  /** An event that names no officer (every type but {@link EventType#ASSIGNED}). */
  public EventRecord(
      EventType type,
      Instant at,
      String toUnitCode,
      BigDecimal allotment,
      String reason,
      LocalDate newAppointmentDate,
      Outcome outcome) {
    this(type, at, toUnitCode, allotment, reason, newAppointmentDate, outcome, null, null);
  }

  /**
   * The same happening, whatever the wording around it: type, moment and destination. The portal's
   * records say what happened and when, not in this service's words (a reason written at a desk
   * comes back without it), so its events are known again by this.
   */
  boolean sameOccurrence(EventRecord other) {
    return type == other.type
        && at.equals(other.at)
        && java.util.Objects.equals(toUnitCode, other.toUnitCode)
        && java.util.Objects.equals(officer, other.officer);
  }

  public static EventRecord of(EventType type, Instant at) {
    return new EventRecord(type, at, null, null, null, null, null);
  }
}
