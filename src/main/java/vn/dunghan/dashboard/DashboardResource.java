package vn.dunghan.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dunghan.shared.Roles;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemMappers;
import vn.dunghan.shared.problem.ProblemType;

/**
 * The dashboard for provincial leaders: one HTML page rendered on the server (Qute), charts as
 * inline SVG, no script and nothing loaded from elsewhere. Not part of the API contract, so hidden
 * from the OpenAPI document; its figures are the API's.
 */
@RolesAllowed({Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
@Path("/")
public class DashboardResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance dashboard(DashboardView view);
  }

  private final DashboardService service;

  DashboardResource(DashboardService service) {
    this.service = service;
  }

  /**
   * {@code period} (2026-06, 2026-Q2, 2026-H1, 2026) with {@code window} (regulatory, calendar), or
   * {@code from} and {@code to}; {@code unit} narrows to a unit and the units below it.
   */
  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response page(
      @QueryParam("period") String period,
      @QueryParam("window") String window,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("unit") String unit,
      @HeaderParam("Accept") String accept,
      @Context UriInfo uri) {
    DashboardView view = service.view(new DashboardService.Query(period, window, from, to, unit));
    if (!view.errors().isEmpty() && (accept == null || !accept.contains("text/html"))) {
      // A browser asked for the page and gets the form back with the reasons; any other client
      // (a script, a probe) gets the same refusal as every other endpoint: a problem body.
      return ProblemMappers.respond(
          Problem.of(ProblemType.VALIDATION, String.join("; ", view.errors())), uri);
    }
    return Response.status(view.errors().isEmpty() ? 200 : 422)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.dashboard(view))
        .build();
  }
}
