package vn.dunghan.calendar.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.shared.Roles;

@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
@Path("/api/v1/calendar")
@Tag(name = "Calendar", description = "The working-day calendar and its arithmetic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

  private final CalendarService service;
  private final CalendarArithmetic arithmetic;
  private final vn.dunghan.access.Caller caller;

  CalendarResource(
      CalendarService service, CalendarArithmetic arithmetic, vn.dunghan.access.Caller caller) {
    this.caller = caller;
    this.service = service;
    this.arithmetic = arithmetic;
  }

  @GET
  @Path("/{year: \\d{4}}")
  @Operation(summary = "A year's days off and make-up working days, with their legal source")
  public ScheduleView schedule(@PathParam("year") int year) {
    return service.schedule(year);
  }

  @RolesAllowed(Roles.PROVINCE)
  @PUT
  @Path("/{year: \\d{4}}")
  @Operation(
      summary = "Replace a year's schedule with the published notice",
      description =
          "Records who and why; deadlines of open dossiers running through the year are recomputed.")
  public ScheduleView replace(
      @PathParam("year") int year, @Valid @NotNull ScheduleRequest request) {
    return service.replace(year, request, caller.actor().subject());
  }

  @GET
  @Path("/{year: \\d{4}}/changes")
  @Operation(summary = "Every replacement of a year's schedule, oldest first")
  public List<ScheduleViews.ChangeView> changes(@PathParam("year") int year) {
    return service.changes(year);
  }

  @GET
  @Path("/add-working-days")
  @Operation(
      summary = "The day a period of working days runs out, with every day counted or skipped",
      description =
          "Counting starts the day after `from` (Civil Code art. 147). Give `receivedAt` instead of"
              + " `from` to apply a same-day `cutoff` (e.g. 15:00).")
  public CalendarArithmetic.DueDateAnswer addWorkingDays(
      @QueryParam("from") LocalDate from,
      @QueryParam("receivedAt") OffsetDateTime receivedAt,
      @QueryParam("cutoff") LocalTime cutoff,
      @QueryParam("days") BigDecimal days) {
    return arithmetic.addWorkingDays(from, receivedAt, cutoff, days);
  }

  @GET
  @Path("/add-working-hours")
  @Operation(summary = "The moment a period of working hours runs out (hour-based counting)")
  public CalendarArithmetic.DueTimeAnswer addWorkingHours(
      @QueryParam("from") LocalDateTime from, @QueryParam("hours") BigDecimal hours) {
    return arithmetic.addWorkingHours(from, hours);
  }

  @GET
  @Path("/working-days")
  @Operation(summary = "Working days after `from` up to and including `to`")
  public CalendarArithmetic.CountAnswer countWorkingDays(
      @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
    return arithmetic.count(from, to);
  }

  @GET
  @Path("/next-working-day")
  @Operation(summary = "The first working day after a date")
  public CalendarArithmetic.NextAnswer nextWorkingDay(@QueryParam("after") LocalDate after) {
    return arithmetic.next(after);
  }
}
