package vn.dunghan.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.shared.Roles;

/** Ratings of a dossier by its applicant (Decision 766 indicator 5.4). */
@Path("/api/v1/dossiers/{code}/ratings")
@Tag(name = "Dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

  private final Ratings ratings;

  RatingResource(Ratings ratings) {
    this.ratings = ratings;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PORTAL, Roles.CLERK, Roles.PROVINCE})
  @Operation(
      summary = "Record the applicant's rating of a dossier",
      description =
          "From the portal, or a kiosk at the desk of a unit the dossier involves: a grade"
              + " (VERY_GOOD, GOOD, BAD), liked or not, a complaint. Ratings are only ever added.")
  public Response record(@PathParam("code") String code, @Valid @NotNull RatingRequest request) {
    return Response.status(Response.Status.CREATED).entity(ratings.record(code, request)).build();
  }

  @GET
  @RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
  @Operation(summary = "The ratings of a dossier, oldest first")
  public List<RatingView> list(@PathParam("code") String code) {
    return ratings.of(code);
  }
}
