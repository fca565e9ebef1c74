package vn.dunghan.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.shared.Roles;
import vn.dunghan.shared.problem.JsonProblems;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.shared.web.Utf8;

/**
 * The portal's bulk sync. Each item is read on its own, so one unreadable item (a wrong type, an
 * unknown field, a broken NDJSON line) is rejected alone and the others go on.
 */
@RolesAllowed(Roles.PORTAL)
@Path("/api/v1/sync/dossiers")
@Tag(name = "Portal sync", description = "Bulk sync of dossiers from the national portal")
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

  static final String NDJSON = "application/x-ndjson";

  private final SyncService service;
  private final ObjectMapper json;

  SyncResource(SyncService service, ObjectMapper json) {
    this.service = service;
    this.json = json;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Sync a batch of dossiers (JSON array)",
      description =
          "Up to 10,000 items, each the intake body plus its events so far in any order. Answers"
              + " per item CREATED, UPDATED, UNCHANGED or REJECTED with a problem.")
  public SyncResult syncArray(
      @RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(type = SchemaType.ARRAY, implementation = SyncItem.class)))
          InputStream body)
      throws IOException {
    JsonNode root;
    try {
      // already strict UTF-8: StrictUtf8Bodies wraps JSON bodies, InputStream parameters included
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ProblemException(JsonProblems.of(e));
    }
    if (root == null || !root.isArray()) {
      throw ProblemException.malformed("the body must be a JSON array of dossiers");
    }
    List<SyncService.Parsed> items = new ArrayList<>(root.size());
    for (JsonNode node : root) {
      items.add(parse(node));
      tooMany(items.size());
    }
    return service.sync(items);
  }

  @POST
  @Consumes(NDJSON)
  @Operation(summary = "Sync a batch of dossiers (NDJSON, one dossier per line)")
  public SyncResult syncLines(
      @RequestBody(
              content =
                  @Content(
                      mediaType = NDJSON,
                      schema =
                          @Schema(
                              type = SchemaType.STRING,
                              description = "One SyncItem JSON object per line, UTF-8")))
          InputStream body)
      throws IOException {
    List<SyncService.Parsed> items = new ArrayList<>();
    NdjsonLines lines = new NdjsonLines(body);
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      int length = NdjsonLines.trimmedLength(line);
      if (length == 0) {
        continue;
      }
      // Each line strictly UTF-8 on its own: a broken line is rejected alone, never repaired
      // with U+FFFD into something else that would then be stored.
      String text = Utf8.decode(line, 0, length).orElse(null);
      if (text == null) {
        items.add(
            new SyncService.Parsed(
                null,
                Problem.of(
                    ProblemType.MALFORMED_REQUEST,
                    "line " + lines.number() + " is not valid UTF-8")));
      } else if (text.isBlank()) {
        continue;
      } else {
        try {
          items.add(parse(json.readTree(text)));
        } catch (JsonProcessingException e) {
          items.add(new SyncService.Parsed(null, JsonProblems.of(e)));
        }
      }
      tooMany(items.size());
    }
    return service.sync(items);
  }

  private SyncService.Parsed parse(JsonNode node) {
    if (node == null || !node.isObject()) {
      return new SyncService.Parsed(
          null, Problem.of(ProblemType.MALFORMED_REQUEST, "each item must be a JSON object"));
    }
    try {
      return new SyncService.Parsed(json.treeToValue(node, SyncItem.class), null);
    } catch (JsonProcessingException e) {
      return new SyncService.Parsed(codeOnly(node), JsonProblems.of(e));
    }
  }

  /**
   * Keeps the code of an unreadable item so the answer can name it, when it is fit to be echoed
   * (not the very characters the item was refused for).
   */
  private static SyncItem codeOnly(JsonNode node) {
    JsonNode code = node.get("code");
    return code != null
            && code.isTextual()
            && code.asText().length() <= 64
            && Utf8.firstForbidden(code.asText()) < 0
        ? new SyncItem(code.asText(), null, null, null, null, null, null, null)
        : null;
  }

  private static void tooMany(int count) {
    if (count > SyncService.MAX_ITEMS) {
      throw new ProblemException(
          Problem.of(
              ProblemType.PAYLOAD_TOO_LARGE,
              "a batch holds at most " + SyncService.MAX_ITEMS + " dossiers"));
    }
  }
}
