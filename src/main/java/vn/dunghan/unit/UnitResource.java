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
  private final UnitVersions versions;

  UnitResource(UnitService service, Staff staff, UnitVersions versions) {
    this.service = service;
    this.staff = staff;
    this.versions = versions;
  }

  @GET
  @Path("/{code}/versions")
  @Operation(summary = "The unit's versions (parent, name, head over time), oldest first")
  public java.util.List<VersionView> versions(@PathParam("code") String code) {
    return versions.of(code);
  }

  @RolesAllowed(Roles.PROVINCE)
  @POST
  @Path("/{code}/versions")
  @Operation(
      summary = "A dated change of the unit's parent, name or head; history before it is kept",
      description =
          "The unit's last version ends the day before validFrom and the units below it follow it"
              + " from that day. A version may start the day after the unit's end, carrying it on"
              + " (a commune that stays itself when its district is abolished on 2025-07-01).")
  public Response addVersion(
      @PathParam("code") String code, @Valid @NotNull VersionRequest request) {
    VersionView added = versions.add(code, request);
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  @GET
  @Path("/mergers")
  @Operation(summary = "The recorded mergers of units, newest first")
  public java.util.List<MergerView> mergers() {
    return versions.mergers();
  }

  @RolesAllowed(Roles.PROVINCE)
  @POST
  @Path("/mergers")
  @Operation(
      summary = "Merge units into a successor on a date",
      description =
          "The merged units end the day before effectiveOn with the successor named; from that"
              + " day (at once when it has come, else by the unit-versions job) their open dossiers"
              + " pass to the successor by a HANDED_OVER event that keeps every deadline, and the"
              + " successor's staff read the merged units' dossiers and history.")
  public Response merge(@Valid @NotNull MergerRequest request) {
    return Response.status(Response.Status.CREATED).entity(versions.merge(request)).build();
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
              regexp = "^[^\\s\\p{Cntrl}/]{1,255}$",
              message = "must be a token subject: no spaces, slashes or control characters")
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
