package vn.dunghan.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.Roles;

/** The Decision 766 service-quality index (docs/indicators.md). */
@Path("/api/v1/indicators/766")
@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
@Tag(name = "Decision 766", description = "The service-quality index a province is ranked by")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

  private final IndicatorService indicators;
  private final LostPoints lost;
  private final AtStake atStake;

  IndicatorResource(IndicatorService indicators, LostPoints lost, AtStake atStake) {
    this.indicators = indicators;
    this.lost = lost;
    this.atStake = atStake;
  }

  @GET
  @Path("/at-stake")
  @Operation(
      summary = "The due-soon list ordered by the index points a unit stands to lose",
      description =
          "Open dossiers whose appointment comes within sla.due-soon-working-days working days,"
              + " each with the 2.1 points its unit loses this month if it runs past (20 ÷ the"
              + " unit's 2.1 denominator), most at stake first.")
  public Page<AtStake.Row> atStake(
      @QueryParam("unit") String unit, @Valid @BeanParam PageRequest paging) {
    return atStake.dueSoon(unit, paging);
  }

  @GET
  @Operation(
      summary = "The indicators computable from dossier data, per unit and period",
      description =
          "`period` (a calendar month, 2025-03) or `from` and `to`; `unit` includes the units below"
              + " it; `groupBy=unit` adds a row per unit of the scope (each with the units below"
              + " it). Each indicator: numerator, denominator, ratio (null when the denominator is"
              + " 0), points, maxPoints, fullAt; the points summed and the maximum they could give;"
              + " the indicators not computable here, with the system that holds them.")
  public Report766 report(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("period") String period,
      @QueryParam("unit") String unit,
      @QueryParam("groupBy") String groupBy) {
    return indicators.report(from, to, period, unit, groupBy);
  }

  @GET
  @Path("/{id}/dossiers")
  @Operation(
      summary = "The dossiers that cost points on one indicator, with the holding unit's head",
      description = "Newest received first; `id` as in the report (2.1, 3.6, 4.1, ...).")
  public Page<LostPoints.LostDossier> lost(
      @PathParam("id") String id,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("period") String period,
      @QueryParam("unit") String unit,
      @Valid @BeanParam PageRequest paging) {
    return lost.dossiers(id, from, to, period, unit, paging);
  }
}
