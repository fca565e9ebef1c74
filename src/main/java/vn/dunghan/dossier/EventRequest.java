package vn.dunghan.dossier;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The body of {@code POST /api/v1/dossiers/{code}/events}; which fields are required depends on
 * {@code type} (docs/api.md "Dossier events").
 */
public record EventRequest(
    @NotNull EventType type,
    @NotNull OffsetDateTime at,
    @Size(max = 32) @Pattern(regexp = "^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$") String toUnitCode,
    @DecimalMin(value = "0", message = "must be 0 or more")
        @DecimalMax(value = "3650", message = "must be at most 3650")
        BigDecimal allotment,
    @Size(max = 2000) String reason,
    LocalDate newAppointmentDate,
    Outcome outcome,
    @Size(max = 255)
        @Pattern(
            regexp = "^[^\\s\\p{Cntrl}/]{1,255}$",
            message = "must be a token subject: no spaces, slashes or control characters")
        String officer) {

  /** An event that names no officer. */
  public EventRequest(
      EventType type,
      OffsetDateTime at,
      String toUnitCode,
      BigDecimal allotment,
      String reason,
      LocalDate newAppointmentDate,
      Outcome outcome) {
    this(type, at, toUnitCode, allotment, reason, newAppointmentDate, outcome, null);
  }
}
