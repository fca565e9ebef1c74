package vn.dunghan.ops;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Test-only endpoint: logs one line and answers the request id the MDC holds on the worker thread
 * that serves it. Hidden from the OpenAPI document, so the published contract stays as it is.
 */
@Path("/test-only/request-id")
public class RequestIdEcho {

  static final String LOGGER = "vn.dunghan.ops.RequestIdEcho";
  private static final Logger LOG = Logger.getLogger(LOGGER);

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String echo() {
    LOG.info("serving the request-id probe");
    Object id = MDC.get(RequestIds.MDC_KEY);
    return id == null ? "" : id.toString();
  }
}
