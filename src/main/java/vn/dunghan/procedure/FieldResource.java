package vn.dunghan.procedure;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.shared.ETags;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.Responses;
import vn.dunghan.shared.Roles;

@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
@Path("/api/v1/fields")
@Tag(name = "Fields", description = "Fields of procedures (lĩnh vực)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FieldResource {

  private final FieldService service;

  FieldResource(FieldService service) {
    this.service = service;
  }

  @RolesAllowed(Roles.PROVINCE)
  @POST
  @Operation(summary = "Create a field")
  public Response create(@Valid @NotNull FieldRequest request, UriInfo uri) {
    FieldView created = service.create(request);
    return Responses.created(uri, created.code(), created.version(), created);
  }

  @GET
  @Path("/{code}/history")
  @org.eclipse.microprofile.openapi.annotations.Operation(
      summary =
          "Every change of the field, oldest first, with who made it and the field before and after")
  public java.util.List<vn.dunghan.shared.ChangeHistory.Change> history(
      @jakarta.ws.rs.PathParam("code") String code) {
    return service.history(code);
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "Read a field")
  public Response get(@PathParam("code") String code) {
    FieldView field = service.get(code);
    return Responses.ok(field, field.version());
  }

  @RolesAllowed(Roles.PROVINCE)
  @PUT
  @Path("/{code}")
  @Operation(summary = "Rename a field (If-Match: the version read)")
  public Response update(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull FieldRequest request) {
    FieldView updated = service.update(code, request, ETags.expectedVersion(ifMatch));
    return Responses.ok(updated, updated.version());
  }

  @GET
  @Operation(summary = "List fields")
  public Page<FieldView> list(@Valid @BeanParam PageRequest paging) {
    return service.list(paging);
  }
}
