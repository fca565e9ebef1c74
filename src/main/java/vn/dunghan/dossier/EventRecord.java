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
    Outcome outcome) {

  public static EventRecord of(EventType type, Instant at) {
    return new EventRecord(type, at, null, null, null, null, null);
  }
}
