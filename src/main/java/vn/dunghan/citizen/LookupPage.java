package vn.dunghan.citizen;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import vn.dunghan.dossier.RatingRequest;
import vn.dunghan.shared.problem.FieldError;
import vn.dunghan.shared.problem.ProblemException;

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
      String newAppointmentDate,
      String check,
      boolean rateable,
      boolean thanks) {

    static View form(String code, List<String> errors, boolean notFound) {
      return new View(code, errors, notFound, null, null, null, null, null, false, false);
    }
  }

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
  public Response page(
      @QueryParam("ma") String code,
      @QueryParam("kiemTra") String check,
      @QueryParam("daDanhGia") String rated) {
    if (code == null && check == null) {
      return answer(200, View.form("", List.of(), false));
    }
    return show(code, check, "1".equals(rated), List.of());
  }

  /**
   * The rating form under a dossier with its result out: once, then thanks. A refusal (already
   * rated, nothing chosen) is shown on the page in words.
   */
  @POST
  @Path("/danh-gia")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  @Operation(hidden = true)
  public Response rate(
      @FormParam("ma") String code,
      @FormParam("kiemTra") String check,
      @FormParam("danhGia") String grade,
      @FormParam("nhanXet") String comment) {
    RatingRequest.Rating rating =
        grade == null
            ? null
            : java.util.Arrays.stream(RatingRequest.Rating.values())
                .filter(r -> r.name().equals(grade))
                .findFirst()
                .orElse(null);
    if (rating == null) {
      return show(code, check, false, List.of("Xin chọn một mức đánh giá."));
    }
    try {
      lookup.rate(code, check, new ApplicantRating(rating, comment));
    } catch (ProblemException e) {
      // A wrong code or check shows the page's own answer for it; the rest says why in words.
      String why =
          switch (e.problem().getStatus()) {
            case 409 -> "Hồ sơ này đã được đánh giá, hoặc chưa có kết quả để đánh giá.";
            case 422 ->
                "Không ghi được đánh giá: nhận xét dài quá 2.000 ký tự hoặc có ký tự không hợp lệ.";
            default -> null;
          };
      return show(code, check, false, why == null ? List.of() : List.of(why));
    }
    String back =
        "/tra-cuu?ma="
            + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8)
            + "&kiemTra="
            + java.net.URLEncoder.encode(check, java.nio.charset.StandardCharsets.UTF_8)
            + "&daDanhGia=1";
    return Response.seeOther(java.net.URI.create(back)).build();
  }

  /** Stops the notices about this dossier, then shows it again saying so. */
  @POST
  @Path("/ngung-thong-bao")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  @Operation(hidden = true)
  public Response optOut(@FormParam("ma") String code, @FormParam("kiemTra") String check) {
    try {
      lookup.optOut(code, check);
    } catch (ProblemException e) {
      return show(code, check, false, List.of());
    }
    return show(
        code,
        check,
        false,
        List.of("Đã ngừng gửi thông báo về hồ sơ này tới số điện thoại và thư điện tử đã khai."));
  }

  private Response show(String code, String check, boolean thanks, List<String> notes) {
    String shown = code == null || code.length() > 64 ? "" : code.strip();
    String given = check == null ? null : check.strip();
    List<FieldError> invalid = CitizenLookup.errors(shown, given);
    if (!invalid.isEmpty()) {
      List<String> errors = invalid.stream().map(LookupPage::inWords).toList();
      return answer(422, View.form(shown, errors, false));
    }
    Optional<PublicDossier> found = lookup.find(shown, given);
    if (found.isEmpty()) {
      return answer(404, View.form(shown, List.of(), true));
    }
    PublicDossier d = found.get();
    return answer(
        200,
        new View(
            shown,
            notes,
            false,
            d,
            day(d.receivedOn()),
            day(d.appointmentDate()),
            day(d.newAppointmentDate()),
            given,
            lookup.rateable(d),
            thanks));
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
