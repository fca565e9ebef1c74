package vn.dunghan.citizen;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.shared.Roles;

/** The slips of a dossier for the staff (docs/citizens.md "Slips"). */
@Path("/api/v1/dossiers/{code}/slips")
@Tag(name = "Dossiers")
public class SlipResource {

  private final Slips slips;

  SlipResource(Slips slips) {
    this.slips = slips;
  }

  @GET
  @Path("/{kind}")
  @Produces(SlipPdf.MEDIA_TYPE)
  @RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
  @Operation(
      summary = "A slip of the dossier as a PDF (Circular 01/2018 forms)",
      description =
          "`receipt` (Mẫu 01, receipt and appointment), `supplement-request` (Mẫu 02),"
              + " `refusal` (Mẫu 03), `apology` (Mẫu 04, apology and new appointment). A5, fonts"
              + " embedded. 409 when the event the slip records did not happen, or for an apology"
              + " recorded later than 1 day before the due date. Personal data as the dossier read"
              + " shows it to the caller.")
  @APIResponse(
      responseCode = "200",
      description = "the slip",
      content =
          @Content(
              mediaType = SlipPdf.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response slip(@PathParam("code") String code, @PathParam("kind") String kind) {
    return pdf(slips.forStaff(code, kind), code, kind);
  }

  /** The PDF as a download named after the dossier and the slip. */
  static Response pdf(byte[] pdf, String code, String kind) {
    String name = (code + "-" + kind).replaceAll("[^0-9A-Za-z._-]", "_") + ".pdf";
    return Response.ok(pdf, SlipPdf.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
