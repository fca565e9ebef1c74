package vn.dunghan.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.dossier.SyncService;
import vn.dunghan.shared.Roles;
import vn.dunghan.shared.problem.JsonProblems;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.shared.problem.Violations;

/** The national portal's records, in its own dialect (docs/portal.md). */
@Path("/api/v1/portal")
@Tag(name = "National portal", description = "The national public-service portal's dialect")
@Produces(MediaType.APPLICATION_JSON)
public class PortalResource {

  private final PortalIntake intake;
  private final PortalReads reads;
  private final ObjectMapper json;

  PortalResource(PortalIntake intake, PortalReads reads, ObjectMapper json) {
    this.intake = intake;
    this.reads = reads;
    this.json = json;
  }

  @GET
  @Path("/dossiers/{code}")
  @RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
  @Operation(
      summary = "What the portal knows of a dossier, and where its push stands",
      description =
          "The portal's appointment date beside the one derived here (appointmentDiffers), VNeID,"
              + " online payment and fees, per document the digitised / re-used / from-store"
              + " flags, result links; the version the portal acknowledged and any change waiting"
              + " to go. Same access as the dossier itself.")
  public PortalDossierView dossier(@PathParam("code") String code) {
    return reads.dossier(code);
  }

  @GET
  @Path("/status")
  @RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
  @Operation(
      summary = "Sync status with the portal",
      description =
          "Per unit and day of receipt in [from, to]: dossiers received, acknowledged by the"
              + " portal, and up to date there; the indicator-1.4 ratio (acknowledged / received),"
              + " push lag p50/p95, the oldest dossiers still waiting. `unit` includes the units"
              + " below it.")
  public PortalReads.Status status(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("unit") String unit) {
    return reads.status(from, to, unit);
  }

  /** The envelope as the portal posts it. */
  @Schema(name = "DvcqgEnvelope")
  public record Envelope(
      @Schema(enumeration = {DvcqgFields.DOSSIER_SERVICE, DvcqgFields.PROGRESS_SERVICE})
          String service,
      Boolean isUpdating,
      @Schema(description = "Up to 10,000 records of the service, in the portal's field names")
          List<Object> data) {}

  @POST
  @Path("/dvcqg")
  @RolesAllowed(Roles.PORTAL)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Take the portal's records (DongBoHoSoMC, CapNhatTienDoHoSoMC)",
      description =
          "The envelope exactly as the portal sends it. Each record is answered CREATED, UPDATED,"
              + " UNCHANGED or REJECTED with a problem; error_code is 00 when every record was"
              + " taken, -1 otherwise.")
  public PortalIntake.Answer take(
      @RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = Envelope.class)))
          InputStream body)
      throws IOException {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ProblemException(JsonProblems.of(e));
    }
    if (root == null || !root.isObject()) {
      throw ProblemException.malformed(
          "the body must be the portal's envelope: {\"service\": ..., \"data\": [...]}");
    }
    Violations v = new Violations();
    JsonNode service = root.get(DvcqgFields.SERVICE);
    boolean known =
        service != null
            && service.isTextual()
            && (service.asText().equals(DvcqgFields.DOSSIER_SERVICE)
                || service.asText().equals(DvcqgFields.PROGRESS_SERVICE));
    if (!known) {
      v.add(
          DvcqgFields.SERVICE,
          "must be " + DvcqgFields.DOSSIER_SERVICE + " or " + DvcqgFields.PROGRESS_SERVICE);
    }
    JsonNode updating = root.get(DvcqgFields.IS_UPDATING);
    if (updating != null && !updating.isNull() && !updating.isBoolean()) {
      v.add(DvcqgFields.IS_UPDATING, "must be true or false");
    }
    JsonNode data = root.get(DvcqgFields.DATA);
    if (data == null || !data.isArray()) {
      v.add(DvcqgFields.DATA, "is required: an array of records");
    }
    v.throwIfAny();
    if (data.size() > SyncService.MAX_ITEMS) {
      throw new ProblemException(
          Problem.of(
              ProblemType.PAYLOAD_TOO_LARGE,
              "an envelope holds at most "
                  + SyncService.MAX_ITEMS
                  + " records, this one "
                  + data.size()));
    }
    List<JsonNode> records = new ArrayList<>(data.size());
    data.forEach(records::add);
    return intake.take(service.asText(), records);
  }
}
