package vn.dunghan.calendar.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.dunghan.calendar.DayKind;

/**
 * The body of {@code PUT /api/v1/calendar/{year}}: the whole schedule of a year as published in the
 * government notice, replacing what was there.
 */
public record ScheduleRequest(
    @NotNull ScheduleStatus status,
    @NotBlank @Size(max = 1000) String source,
    @NotBlank @Size(max = 1000) String reason,
    @Size(max = 200)
        @org.eclipse.microprofile.openapi.annotations.media.Schema(
            deprecated = true,
            description = "Ignored: who changed the calendar is taken from the caller's token")
        String changedBy,
    @NotNull @Size(max = 366) List<@Valid @NotNull Entry> entries) {

  /** A weekday off ({@code DAY_OFF}) or a make-up working weekend day ({@code WORKING_DAY}). */
  public record Entry(
      @NotNull LocalDate date,
      @NotNull DayKind kind,
      @NotBlank @Size(max = 255) String name,
      @Size(max = 1000) String source) {}
}
