package vn.dunghan.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
@Path("/api/v1/units")
@Tag(
    name = "Units",
    description = "Administrative units (đơn vị hành chính), departments and branches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

  private final UnitService service;
  private final Staff staff;

  UnitResource(UnitService service, Staff staff) {
    this.service = service;
    this.staff = staff;
  }

  @GET
  @Path("/{code}/staff")
  @Operation(summary = "The unit's officers (the staff a step can be assigned to)")
  public java.util.List<StaffMember> staff(@PathParam("code") String code) {
    return staff.of(code);
  }

  @RolesAllowed(Roles.PROVINCE)
  @PUT
  @Path("/{code}/staff/{subject}")
  @Operation(
      summary =
          "Add or change an officer of the unit, known by their token's subject; an officer who"
              + " leaves is kept with active false")
  public Response putStaff(
      @PathParam("code") String code,
      @PathParam("subject")
          @jakarta.validation.constraints.Size(max = 255)
          @jakarta.validation.constraints.Pattern(
              regexp = "^[^\\s\\p{Cntrl}/][^\\p{Cntrl}/]{0,254}$")
          String subject,
      @Valid @NotNull StaffRequest request) {
    Staff.Saved saved = staff.put(code, subject, request);
    return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(saved.member())
        .build();
  }

  @RolesAllowed(Roles.PROVINCE)
  @POST
  @Operation(summary = "Create a unit")
  public Response create(@Valid @NotNull UnitRequest request, UriInfo uri) {
    UnitView created = service.create(request);
    return Responses.created(uri, created.code(), created.version(), created);
  }

  @GET
  @Path("/{code}/history")
  @org.eclipse.microprofile.openapi.annotations.Operation(
      summary =
          "Every change of the unit, oldest first, with who made it and the unit before and after")
  public java.util.List<vn.dunghan.shared.ChangeHistory.Change> history(
      @jakarta.ws.rs.PathParam("code") String code) {
    return service.history(code);
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "Read a unit")
  public Response get(@PathParam("code") String code) {
    UnitView unit = service.get(code);
    return Responses.ok(unit, unit.version());
  }

  @RolesAllowed(Roles.PROVINCE)
  @PUT
  @Path("/{code}")
  @Operation(summary = "Replace a unit's definition (If-Match: the version read)")
  public Response update(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull UnitRequest request) {
    UnitView updated = service.update(code, request, ETags.expectedVersion(ifMatch));
    return Responses.ok(updated, updated.version());
  }

  @GET
  @Operation(summary = "List units, ordered by hierarchy")
  public Page<UnitView> list(
      @QueryParam("kind") UnitKind kind,
      @QueryParam("level") Level level,
      @QueryParam("parent") String parentCode,
      @QueryParam("on") LocalDate validOn,
      @QueryParam("q") String nameContains,
      @Valid @BeanParam PageRequest paging) {
    return service.list(
        new UnitRepository.UnitFilter(kind, level, parentCode, validOn, nameContains), paging);
  }
}
