package vn.dunghan.procedure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import vn.dunghan.unit.Level;

/** The body of {@code POST /api/v1/procedures} and {@code PUT /api/v1/procedures/{code}}. */
public record ProcedureRequest(
    @NotBlank
        @Pattern(
            regexp = "^[0-9]\\.[0-9]{6}(\\.[0-9A-Za-z]{1,8}){0,5}$",
            message = "must be a national procedure code such as 1.004227 or 1.000948.H38")
        String code,
    @NotBlank @Size(max = 1000) String name,
    @NotBlank String fieldCode,
    @NotEmpty Set<@NotNull Level> levels,
    @NotNull @Valid ProcessingTime processingTime,
    LocalTime sameDayCutoff,
    @NotNull OnlineService onlineService,
    @Size(max = 30) List<@Valid @NotNull Step> steps,
    Boolean eligibleFullOnline,
    Boolean paperResult,
    Boolean feeBearing,
    Boolean citizenFacing,
    Boolean populationDbConnected,
    Boolean demo) {

  /**
   * What Decision 766 reads of the procedure (docs/indicators.md), with the defaults when a flag is
   * not sent: eligible for full online service when {@code onlineService} is FULL, a paper result,
   * no fees, filed by citizens, not connected to the population database.
   */
  IndexFlags indexFlags() {
    return new IndexFlags(
        eligibleFullOnline != null ? eligibleFullOnline : onlineService == OnlineService.FULL,
        paperResult == null || paperResult,
        Boolean.TRUE.equals(feeBearing),
        citizenFacing == null || citizenFacing,
        Boolean.TRUE.equals(populationDbConnected));
  }

  /** The procedure's flags for Decision 766. */
  public record IndexFlags(
      boolean eligibleFullOnline,
      boolean paperResult,
      boolean feeBearing,
      boolean citizenFacing,
      boolean populationDbConnected) {}

  /** The prescribed time: an amount of working days (halves allowed) or working hours. */
  public record ProcessingTime(
      @NotNull
          @DecimalMin(value = "0", message = "must be 0 or more")
          @DecimalMax(value = "3650", message = "must be at most 3650")
          BigDecimal amount,
      @NotNull ProcessingUnit unit) {}

  /** A step of the internal process and its allotment in working days (halves allowed). */
  public record Step(
      @NotBlank @Size(max = 255) String name,
      @NotNull
          @DecimalMin(value = "0", message = "must be 0 or more")
          @DecimalMax(value = "3650", message = "must be at most 3650")
          BigDecimal allotment) {}
}
