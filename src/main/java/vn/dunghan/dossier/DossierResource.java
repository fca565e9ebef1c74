package vn.dunghan.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.shared.ETags;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.Responses;
import vn.dunghan.shared.Roles;
import vn.dunghan.sla.SlaState;
import vn.dunghan.unit.Level;

@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
@Path("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Administrative-procedure dossiers (hồ sơ) and their events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DossierResource {

  private final DossierService service;

  DossierResource(DossierService service) {
    this.service = service;
  }

  @RolesAllowed({Roles.CLERK, Roles.PROVINCE})
  @POST
  @Operation(
      summary = "Receive a dossier",
      description =
          "201 with the computed due date; the same code and content again: 200 with the stored"
              + " dossier; the same code with other content: 409 naming the differing fields.")
  public Response receive(@Valid @NotNull ReceiveDossierRequest request, UriInfo uri) {
    DossierService.Written written = service.receive(request, Source.DESK);
    Response.ResponseBuilder response =
        written.created()
            ? Response.created(uri.getAbsolutePathBuilder().path(request.code()).build())
            : Response.ok();
    return response.tag(ETags.of(written.dossier().version())).entity(written.dossier()).build();
  }

  @GET
  @Path("/{code}")
  @Operation(
      summary = "Read a dossier with its steps and events",
      description =
          "Personal data in full only for the clerk or officer of the holding unit (and recorded"
              + " in the audit trail); masked for everyone else. Another unit's dossier is 404.")
  public Response get(@PathParam("code") String code) {
    DossierView view = service.get(code);
    return Responses.ok(view, view.version());
  }

  @GET
  @Operation(summary = "List dossiers, newest first")
  public Page<DossierSummary> list(
      @QueryParam("unit") String unit,
      @QueryParam("level") Level level,
      @QueryParam("field") String field,
      @QueryParam("procedure") String procedure,
      @QueryParam("status") DossierStatus status,
      @QueryParam("slaState") SlaState slaState,
      @QueryParam("receivedFrom") LocalDate receivedFrom,
      @QueryParam("receivedTo") LocalDate receivedTo,
      @Valid @BeanParam PageRequest paging) {
    return service.list(
        new DossierFilter(
            unit, level, field, procedure, status, slaState, receivedFrom, receivedTo, null),
        paging);
  }

  @RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.PROVINCE})
  @POST
  @Path("/{code}/events")
  @Operation(
      summary = "Record what happened to a dossier",
      description =
          "201 when recorded, 200 when the same event was recorded before; 409 when the history"
              + " does not allow it (with currentStatus). Optional If-Match: the version read.")
  public Response record(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EventRequest request) {
    DossierService.Written written =
        service.record(code, request, Source.DESK, ETags.expectedVersion(ifMatch));
    return Response.status(written.created() ? 201 : 200)
        .tag(ETags.of(written.dossier().version()))
        .entity(written.dossier())
        .build();
  }

  @GET
  @Path("/{code}/deadline")
  @Operation(summary = "Explain the due date day by day, and each step's due date")
  public DossierDeadline.Explanation deadline(@PathParam("code") String code) {
    return service.deadline(code);
  }
}
