package vn.dunghan.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.TestProvince;
import vn.dunghan.support.Tokens;

/**
 * The slips of Circular 01/2018 as PDFs written from the dossier's data, read back as text: each
 * with its title, dates, facts and diacritics; for staff under the dossier's access rules, for the
 * applicant behind the lookup's check.
 */
@QuarkusTest
class SlipsTest {

  private static HaiLang place;
  private static TestProvince province;
  private static String commune;
  private static String clerk;

  @BeforeEach
  void province() {
    if (province != null) {
      return;
    }
    place =
        HaiLang.create("PH", "Tỉnh Phiếu", body("name", "Nguyễn Văn Trưởng", "title", "Chủ tịch"));
    province = place.province;
    commune = place.commune;
    clerk = Tokens.of("mot-cua-hai-lang", commune, "clerk");
  }

  /** Received Wednesday 3 September 2025 at 09:00; 3 working days: appointment Monday 8. */
  private static String dossier() {
    String code = Api.unique("PH-");
    Map<String, Object> intake =
        place.intake(code, "2025-09-03T09:00:00+07:00", "0912345678", "lan.do@example.vn");
    Api.as(clerk)
        .contentType("application/json")
        .body(intake)
        .post("/api/v1/dossiers")
        .then()
        .statusCode(201);
    return code;
  }

  private static void event(String code, Object... fields) {
    post("/api/v1/dossiers/" + code + "/events", body(fields)).statusCode(201);
  }

  private static String text(byte[] pdf, String keep) throws Exception {
    Files.write(Path.of("target", keep), pdf);
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    try {
      // A5 portrait: 420 x 595 points.
      assertThat(reader.getPageSizeWithRotation(1).getWidth()).isBetween(419f, 421f);
      assertThat(reader.getPageSizeWithRotation(1).getHeight()).isBetween(594f, 596f);
      StringBuilder all = new StringBuilder();
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        all.append(extractor.getTextFromPage(p)).append('\n');
      }
      return all.toString().replaceAll("\\s+", " ");
    } finally {
      reader.close();
    }
  }

  private static byte[] staff(String token, String code, String kind, int status) {
    return Api.as(token)
        .get("/api/v1/dossiers/" + code + "/slips/" + kind)
        .then()
        .statusCode(status)
        .extract()
        .asByteArray();
  }

  @Test
  void theReceiptHasTheFactsOfTheIntakeInFullForTheDesk() throws Exception {
    String code = dossier();
    String text = text(staff(clerk, code, "receipt", 200), "slip-receipt.pdf");
    assertThat(text)
        .contains("XÃ HẢI LẠNG")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("Ngày 03 tháng 09 năm 2025")
        .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
        .contains("Mã hồ sơ: " + code)
        .contains("Người nộp hồ sơ: Đỗ Thị Lan")
        .contains("Số định danh: 022190001234")
        .contains("Số điện thoại: 0912345678")
        .contains("Thư điện tử: lan.do@example.vn")
        .contains("Thủ tục thử " + province.code)
        .contains("Thời hạn giải quyết theo quy định: 3 ngày làm việc")
        .contains("Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 03/09/2025")
        .contains("Thời gian trả kết quả giải quyết hồ sơ: ngày 08/09/2025")
        .contains("NGƯỜI NỘP HỒ SƠ")
        .contains("NGƯỜI TIẾP NHẬN HỒ SƠ");
    // Outside the holding unit the same slip carries the data masked.
    String masked = text(staff(Tokens.operator(), code, "receipt", 200), "slip-receipt-masked.pdf");
    assertThat(masked)
        .contains("Người nộp hồ sơ: Đ. T. L.")
        .contains("Số điện thoại: *******678")
        .doesNotContain("Đỗ Thị Lan")
        .doesNotContain("0912345678");
    // Another commune's clerk does not see the dossier at all.
    staff(Tokens.of("mot-cua-khac", province.code + ".Y", "clerk"), code, "receipt", 404);
  }

  @Test
  void aSupplementRequestAndARefusalCarryTheirReasons() throws Exception {
    String code = dossier();
    staff(clerk, code, "supplement-request", 409);
    staff(clerk, code, "refusal", 409);
    event(
        code,
        "type",
        "SUPPLEMENT_REQUESTED",
        "at",
        "2025-09-04T10:00:00+07:00",
        "reason",
        "Thiếu bản sao giấy chứng nhận quyền sử dụng đất");
    String request = text(staff(clerk, code, "supplement-request", 200), "slip-supplement.pdf");
    assertThat(request)
        .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
        .contains("Ngày 04 tháng 09 năm 2025")
        .contains("Thiếu bản sao giấy chứng nhận quyền sử dụng đất")
        .contains("được tính lại từ đầu")
        .contains("Ngày tiếp nhận hồ sơ: 03/09/2025");
    event(code, "type", "SUPPLEMENT_RECEIVED", "at", "2025-09-05T10:00:00+07:00");
    event(
        code,
        "type",
        "REJECTED",
        "at",
        "2025-09-09T10:00:00+07:00",
        "reason",
        "Thửa đất không thuộc địa bàn xã");
    String refusal = text(staff(clerk, code, "refusal", 200), "slip-refusal.pdf");
    assertThat(refusal)
        .contains("PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ")
        .contains("Ngày 09 tháng 09 năm 2025")
        .contains("vì lý do: Thửa đất không thuộc địa bàn xã")
        .contains("THỦ TRƯỞNG CƠ QUAN")
        .contains("Nguyễn Văn Trưởng");
  }

  @Test
  void anApologyIsIssuedOnlyWhenMadeInTime() throws Exception {
    String code = dossier();
    staff(clerk, code, "apology", 409);
    event(
        code,
        "type",
        "REAPPOINTED",
        "at",
        "2025-09-04T09:00:00+07:00",
        "reason",
        "Chờ ý kiến Sở Xây dựng",
        "newAppointmentDate",
        "2025-09-15");
    String apology = text(staff(clerk, code, "apology", 200), "slip-apology.pdf");
    assertThat(apology)
        .contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
        .contains("Ngày 04 tháng 09 năm 2025")
        .contains("Lý do: Chờ ý kiến Sở Xây dựng")
        .contains("Ngày hẹn trả kết quả: 08/09/2025")
        .contains("Ngày hẹn trả kết quả mới: 15/09/2025")
        .contains("ngày trả kết quả là ngày 15/09/2025");
    // The receipt keeps the first appointment.
    assertThat(text(staff(clerk, code, "receipt", 200), "slip-receipt-2.pdf"))
        .contains("Thời gian trả kết quả giải quyết hồ sơ: ngày 08/09/2025");
    // Made on the due date itself: later than the law allows, no apology slip.
    String late = dossier();
    event(
        late,
        "type",
        "REAPPOINTED",
        "at",
        "2025-09-08T09:00:00+07:00",
        "reason",
        "Chậm",
        "newAppointmentDate",
        "2025-09-15");
    Api.as(clerk)
        .get("/api/v1/dossiers/" + late + "/slips/apology")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("art. 19(9)"));
  }

  @Test
  void theApplicantGetsTheirCopyBehindTheCheck() throws Exception {
    String code = dossier();
    byte[] own =
        RestAssured.given()
            .queryParam("check", "5678")
            .get("/public/v1/dossiers/" + code + "/slips/receipt")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertThat(text(own, "slip-receipt-citizen.pdf"))
        .contains("Mã hồ sơ: " + code)
        .contains("Thời gian trả kết quả giải quyết hồ sơ: ngày 08/09/2025")
        .contains("Người nộp hồ sơ: Đ. T. L.")
        .doesNotContain("022190001234");
    String wrong =
        RestAssured.given()
            .queryParam("check", "0000")
            .get("/public/v1/dossiers/" + code + "/slips/receipt")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    String unknown =
        RestAssured.given()
            .queryParam("check", "5678")
            .get("/public/v1/dossiers/KHONG-CO-HO-SO/slips/receipt")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    assertThat(wrong).isEqualTo(unknown);
    RestAssured.given()
        .queryParam("check", "5678")
        .get("/public/v1/dossiers/" + code + "/slips/refusal")
        .then()
        .statusCode(409);
    Api.as(clerk)
        .get("/api/v1/dossiers/" + code + "/slips/giay-khac")
        .then()
        .statusCode(404)
        .body("status", equalTo(404));
  }
}
