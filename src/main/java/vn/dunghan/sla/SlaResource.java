package vn.dunghan.sla;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.Roles;
import vn.dunghan.unit.Level;

@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
@Path("/api/v1/sla")
@Tag(name = "SLA", description = "On-time rates, overdue dossiers and who caused the delays")
@Produces(MediaType.APPLICATION_JSON)
public class SlaResource {

  private final SlaService service;

  private static final String HIERARCHY =
      "What lies below `unit`: as-of-day (default), the units below it on the day each figure"
          + " happened; as-now, those below it today with the units merged into them";

  SlaResource(SlaService service) {
    this.service = service;
  }

  @GET
  @Path("/on-time-rates")
  @Operation(
      summary = "On-time rates of dossiers resolved in [from, to]",
      description =
          "Grouped by level (of the resolving unit), field, unit or procedure; `unit` includes the"
              + " units below it. onTimeRate = (early + onTime) / resolved, with both returned.")
  public SlaService.Rates rates(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("groupBy") String groupBy,
      @QueryParam("level") Level level,
      @QueryParam("field") String field,
      @QueryParam("unit") String unit,
      @Parameter(description = HIERARCHY) @QueryParam("hierarchy") String hierarchy) {
    return service.rates(from, to, grouping(groupBy), level, field, unit, hierarchy);
  }

  @GET
  @Path("/verdicts/disagreements")
  @Operation(
      summary = "Dossiers on which the legal verdict and Decision 766's differ, and why",
      description =
          "Dossiers whose processing counts as ended for indicator 2.1 in [from, to] (after"
              + " subtracting supplement waits): legally on time and late for the index or the"
              + " reverse, and those the law does not judge that the index counts late. `unit`"
              + " includes the units below it.")
  public Page<Disagreement> disagreements(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("unit") String unit,
      @Valid @BeanParam PageRequest paging) {
    return service.disagreements(from, to, unit, paging);
  }

  @GET
  @Path("/overdue")
  @Operation(summary = "Open dossiers past their due date, newest breach first, with the head")
  public Page<OverdueRow> overdue(
      @QueryParam("level") Level level,
      @QueryParam("field") String field,
      @QueryParam("unit") String unit,
      @Valid @BeanParam PageRequest paging) {
    return service.open(true, level, field, unit, paging);
  }

  @GET
  @Path("/due-soon")
  @Operation(summary = "Open dossiers due within sla.due-soon-working-days, soonest first")
  public Page<OverdueRow> dueSoon(
      @QueryParam("level") Level level,
      @QueryParam("field") String field,
      @QueryParam("unit") String unit,
      @Valid @BeanParam PageRequest paging) {
    return service.open(false, level, field, unit, paging);
  }

  @GET
  @Path("/attribution")
  @Operation(
      summary =
          "Working days of delay per unit, step, field or officer, over late dossiers resolved in"
              + " [from, to]",
      description =
          "groupBy=officer charges each step's days past its deadline to the officer who held the"
              + " step on each of those days (key null: nobody was assigned); it is read by heads"
              + " of units (their unit and below), the province and auditors only.")
  public SlaService.Attribution attribution(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("groupBy") String groupBy,
      @QueryParam("level") Level level,
      @QueryParam("field") String field,
      @QueryParam("unit") String unit,
      @Parameter(description = HIERARCHY) @QueryParam("hierarchy") String hierarchy) {
    return service.attribution(from, to, grouping(groupBy), level, field, unit, hierarchy);
  }

  private static Grouping grouping(String groupBy) {
    if (groupBy == null) {
      return null;
    }
    try {
      return Grouping.valueOf(groupBy.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw vn.dunghan.shared.problem.ProblemException.invalid(
          "groupBy", "must be one of level, field, unit, procedure, step, officer");
    }
  }
}
