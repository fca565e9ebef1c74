package vn.dunghan.citizen;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dunghan.shared.problem.FieldError;

/**
 * {@code /tra-cuu}: the citizen's lookup as a small Vietnamese page over the same read as {@code
 * GET /public/v1/dossiers/{code}}: a form (code, last 4 digits), the answer under it. Works without
 * JavaScript; a wrong check and an unknown code read the same.
 */
@PermitAll
@Path("/tra-cuu")
public class LookupPage {

  /** What the page shows; dates in words of the desk (dd/MM/yyyy). */
  public record View(
      String code,
      List<String> errors,
      boolean notFound,
      PublicDossier dossier,
      String receivedOn,
      String appointmentDate,
      String newAppointmentDate) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance page(View view);
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CitizenLookup lookup;

  LookupPage(CitizenLookup lookup) {
    this.lookup = lookup;
  }

  @GET
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  @Operation(hidden = true)
  public Response page(@QueryParam("ma") String code, @QueryParam("kiemTra") String check) {
    if (code == null && check == null) {
      return answer(200, new View("", List.of(), false, null, null, null, null));
    }
    String shown = code == null || code.length() > 64 ? "" : code.strip();
    String given = check == null ? null : check.strip();
    List<FieldError> invalid = CitizenLookup.errors(shown, given);
    if (!invalid.isEmpty()) {
      List<String> errors = invalid.stream().map(LookupPage::inWords).toList();
      return answer(422, new View(shown, errors, false, null, null, null, null));
    }
    Optional<PublicDossier> found = lookup.find(shown, given);
    if (found.isEmpty()) {
      return answer(404, new View(shown, List.of(), true, null, null, null, null));
    }
    PublicDossier d = found.get();
    return answer(
        200,
        new View(
            shown,
            List.of(),
            false,
            d,
            day(d.receivedOn()),
            day(d.appointmentDate()),
            day(d.newAppointmentDate())));
  }

  private static Response answer(int status, View view) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML + ";charset=UTF-8")
        .entity(Templates.page(view))
        .build();
  }

  private static String inWords(FieldError error) {
    return "code".equals(error.field())
        ? "Mã hồ sơ chưa đúng: nhập đúng mã in trên giấy tiếp nhận hồ sơ."
        : "Số kiểm tra chưa đúng: nhập 4 số cuối của số điện thoại hoặc số định danh đã khai khi"
            + " nộp hồ sơ.";
  }

  private static String day(LocalDate date) {
    return date == null ? null : date.format(DAY);
  }
}
