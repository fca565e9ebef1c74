package vn.dunghan.page;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;
import static vn.dunghan.support.Api.put;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.TestProvince;
import vn.dunghan.support.Tokens;

/**
 * The staff's dossier page: where the dossier stands, its deadline day by day, its steps with who
 * held them, its trail and verdicts, under the API's own access rules.
 */
@QuarkusTest
class DossierPageTest {

  private static TestProvince province;
  private static String commune;
  private static String other;

  @BeforeEach
  void province() {
    if (province != null) {
      return;
    }
    province = TestProvince.create(Api.unique("HS"), "Tỉnh Trang Hồ Sơ");
    commune = province.code + ".X";
    other = province.code + ".Y";
    for (String c : new String[] {commune, other}) {
      post(
              "/api/v1/units",
              body(
                  "code",
                  c,
                  "name",
                  c.equals(commune) ? "Xã Hải Lạng" : "Xã Đồng Rui",
                  "kind",
                  "COMMUNE",
                  "parentCode",
                  province.code,
                  "validFrom",
                  "2025-07-01"))
          .statusCode(201);
    }
    put(
            "/api/v1/units/" + commune + "/staff/" + commune.toLowerCase() + "-an",
            body("name", "Nguyễn Thị Ân"))
        .statusCode(201);
  }

  private static String dossier() {
    String code = Api.unique("HS-");
    Map<String, Object> intake = province.intake(code, commune, "Đặng Văn Bảy", "022090009999");
    intake.put("receivedAt", "2025-09-03T09:00:00+07:00");
    post("/api/v1/dossiers", intake).statusCode(201);
    post(
            "/api/v1/dossiers/" + code + "/events",
            body(
                "type", "ASSIGNED",
                "at", "2025-09-03T10:00:00+07:00",
                "officer", commune.toLowerCase() + "-an"))
        .statusCode(201);
    return code;
  }

  private static String page(String token, String code, int status) {
    return Api.as(token)
        .accept("text/html")
        .get("/ho-so/" + code)
        .then()
        .statusCode(status)
        .extract()
        .asString();
  }

  @Test
  void theOfficeHoldingItSeesEverythingInWords() {
    String code = dossier();
    String html = page(Tokens.of("mot-cua", commune, "clerk"), code, 200);
    assertThat(html)
        .contains("<span data-figure=\"code\">" + code + "</span>")
        .contains("<b data-figure=\"status\">Đang giải quyết</b>")
        .contains("<dd data-figure=\"receivedAt\">09:00 03/09/2025</dd>")
        // 3 working days from Wednesday 3 September 2025 (1 and 2 September are the holiday).
        .contains("<dd data-figure=\"dueDate\">08/09/2025</dd>")
        .contains("<dd data-figure=\"handler\">Nguyễn Thị Ân</dd>")
        .contains("<dd data-figure=\"applicant\">Đặng Văn Bảy</dd>")
        .contains("Phân công cán bộ xử lý")
        .contains("cuối tuần")
        .contains("<td data-figure=\"stepHandler\">Nguyễn Thị Ân</td>")
        // The verdicts and the counting rule in Vietnamese words, not the API's English reasons.
        .contains("Chưa có kết quả; hạn giải quyết 08/09/2025")
        .contains("Điều 147 Bộ luật Dân sự")
        .doesNotContain("Counted from")
        .doesNotContain("due 2025");
  }

  @Test
  void othersSeeItMaskedOrNotAtAll() {
    String code = dossier();
    String head = page(Tokens.of("chu-tich-tinh", province.code, "head"), code, 200);
    assertThat(head).doesNotContain("Đặng Văn Bảy").contains("data-figure=\"applicant\">Đ");
    // A desk of another commune is told the dossier does not exist, as by the API.
    Api.as(Tokens.of("mot-cua-khac", other, "clerk"))
        .accept("text/html")
        .get("/ho-so/" + code)
        .then()
        .statusCode(404);
    Api.as(Tokens.of("mot-cua", commune, "clerk"))
        .get("/ho-so/KHONG-CO-HO-SO")
        .then()
        .statusCode(404);
    Api.anonymous().get("/ho-so/" + code).then().statusCode(401);
  }
}
