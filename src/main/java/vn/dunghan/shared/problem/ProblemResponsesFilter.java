package vn.dunghan.shared.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares in the published contract the error answers every API operation can give, all as {@code
 * application/problem+json} (docs/api.md "Problem types"): 401 and 403 where a token is required,
 * any other 4XX, and 500. Integrators then see them without reading docs/api.md.
 */
public class ProblemResponsesFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (Operation op : path.getValue().getOperations().values()) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
          continue;
        }
        // Every operation under /api requires a bearer token (docs/security.md).
        add(responses, "401", "No valid bearer token (missing, expired, wrongly signed)");
        add(responses, "403", "The token's roles or unit do not allow this request");
        add(responses, "4XX", "The request cannot be served: see the problem's type");
        add(responses, "500", "A bug; the problem's errorId points to the logged trace");
      }
    }
  }

  private static void add(APIResponses responses, String status, String description) {
    APIResponse existing = responses.getAPIResponse(status);
    if (existing != null && existing.getContent() != null) {
      return; // declared by the resource itself
    }
    APIResponse response =
        (existing == null ? OASFactory.createAPIResponse() : existing)
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                            .schema(
                                OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    if (existing == null) {
      responses.addAPIResponse(status, response);
    }
  }
}
