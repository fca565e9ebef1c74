package vn.dunghan.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dunghan.dossier.DossierService;
import vn.dunghan.shared.Roles;

/**
 * A dossier for the staff, as one page (/ho-so/{code}): where it stands, the deadline explained day
 * by day, its steps and who held them, the event trail and both verdicts. The same reads and the
 * same access rules as {@code GET /api/v1/dossiers/{code}} and its {@code /deadline}: a dossier the
 * caller may not see is not found, and the applicant is masked unless the caller works at the desk
 * or office holding it. Escalation emails link here.
 */
@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
@Path("/ho-so/{code}")
public class DossierPageResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance page(DossierPage dossier);
  }

  private final DossierService dossiers;

  DossierPageResource(DossierService dossiers) {
    this.dossiers = dossiers;
  }

  @GET
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  @Operation(hidden = true)
  public TemplateInstance page(@PathParam("code") String code) {
    return Templates.page(DossierPage.of(dossiers.get(code), dossiers.deadline(code)));
  }
}
