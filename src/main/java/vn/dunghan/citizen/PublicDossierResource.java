package vn.dunghan.citizen;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The citizen's lookup, without a token (docs/citizens.md). */
@PermitAll
@Path("/public/v1/dossiers")
@Tag(name = "Citizens", description = "What an applicant may read and do without signing in")
@Produces(MediaType.APPLICATION_JSON)
public class PublicDossierResource {

  /** What proves the dossier is the caller's: the {@code check} query parameter. */
  public static class Check {
    @Parameter(description = "last 4 digits of the applicant's phone or ID number", required = true)
    @QueryParam("check")
    String check;

    String value() {
      return check;
    }
  }

  private final CitizenLookup lookup;
  private final Slips slips;

  PublicDossierResource(CitizenLookup lookup, Slips slips) {
    this.lookup = lookup;
    this.slips = slips;
  }

  @GET
  @Path("/{code}")
  @Operation(
      summary = "Look up one's own dossier by its code",
      description =
          "No token: the code printed on the receipt slip and, as `check`, the last 4 digits of"
              + " the phone or ID number given at intake. An unknown code and a wrong check get the"
              + " same 404. Limited per client address (429 with Retry-After).")
  @APIResponse(
      responseCode = "429",
      description =
          "Too many lookups from this address; the Retry-After header says how many seconds to"
              + " wait",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public PublicDossier get(@PathParam("code") String code, @BeanParam Check check) {
    return lookup.get(code, check.value());
  }

  @GET
  @Path("/{code}/slips/{kind}")
  @Produces("application/pdf")
  @Operation(
      summary = "The applicant's copy of a slip of their dossier",
      description =
          "Behind the same check as the lookup (same 404 for a wrong check or an unknown code):"
              + " `receipt`, `supplement-request`, `refusal`, `apology`, as PDF, personal data"
              + " masked.")
  @APIResponse(
      responseCode = "200",
      description = "the slip",
      content =
          @Content(
              mediaType = "application/pdf",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                      format = "binary")))
  public jakarta.ws.rs.core.Response slip(
      @PathParam("code") String code, @PathParam("kind") String kind, @BeanParam Check check) {
    return SlipResource.pdf(slips.forApplicant(code, check.value(), kind), code, kind);
  }

  @POST
  @Path("/{code}/rating")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The applicant rates their dossier, once, after the result",
      description =
          "Behind the same check as the lookup. `rating` VERY_GOOD, GOOD or BAD and an optional"
              + " `comment`; feeds the satisfaction figures (Decision 766 indicator 5.4). 409 before"
              + " the result, or for a second rating.")
  @APIResponse(responseCode = "201", description = "the rating recorded")
  public jakarta.ws.rs.core.Response rate(
      @PathParam("code") String code,
      @BeanParam Check check,
      @Valid @NotNull ApplicantRating rating) {
    return jakarta.ws.rs.core.Response.status(201)
        .entity(lookup.rate(code, check.value(), rating))
        .build();
  }

  @POST
  @Path("/{code}/opt-out")
  @Operation(
      summary = "The applicant stops the notices about their dossier",
      description =
          "Behind the same check as the lookup: no more e-mail or SMS about this dossier; those"
              + " not yet sent are withdrawn. Repeating it changes nothing.")
  @APIResponse(responseCode = "204", description = "no more notices")
  public jakarta.ws.rs.core.Response optOut(
      @PathParam("code") String code, @BeanParam Check check) {
    lookup.optOut(code, check.value());
    return jakarta.ws.rs.core.Response.noContent().build();
  }
}
