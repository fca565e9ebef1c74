package vn.dunghan.notify;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.Roles;

@RolesAllowed({Roles.PROVINCE, Roles.AUDITOR})
@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "The ledger of escalation messages")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  private final NotificationService service;

  NotificationResource(NotificationService service) {
    this.service = service;
  }

  @GET
  @Operation(summary = "Notifications, newest first, with their delivery status and attempts")
  public Page<NotificationView> list(
      @QueryParam("dossier") String dossier,
      @QueryParam("status")
          @Pattern(
              regexp = "PENDING|SENT|FAILED|SKIPPED",
              message = "must be PENDING, SENT, FAILED or SKIPPED")
          String status,
      @QueryParam("recipient") String recipient,
      @Valid @BeanParam PageRequest paging) {
    return service.list(dossier, status, recipient, paging);
  }
}
