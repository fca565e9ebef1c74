package vn.dunghan.dossier;

import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;

import java.util.List;
import java.util.Map;
import vn.dunghan.support.Api;

/**
 * Reference data for dossier tests, created once per run through the API: a province with a
 * district (until 2025-06-30), a provincial department, a commune (from 2025-07-01), a field and a
 * 15-working-day procedure performed at every level.
 */
final class Fixtures {

  static final String PROVINCE = "T99";
  static final String DISTRICT = "T99.D1";
  static final String DEPARTMENT = "T99.S1";
  static final String COMMUNE = "T99.C1";
  static final String FIELD = "t-dat-dai";
  static final String PROCEDURE = "9.990015";
  static final String SAME_DAY = "9.990000";

  private static boolean created;

  private Fixtures() {}

  static synchronized void ensure() {
    if (created) {
      return;
    }
    unit(PROVINCE, "Tỉnh Thử nghiệm", "PROVINCE", null, "2004-01-01", null);
    unit(DISTRICT, "Huyện Đầm Hà", "DISTRICT", PROVINCE, "2004-01-01", "2025-06-30");
    unit(DEPARTMENT, "Sở Tài nguyên và Môi trường", "DEPARTMENT", PROVINCE, "2004-01-01", null);
    unit(COMMUNE, "Xã Quảng Hà", "COMMUNE", PROVINCE, "2025-07-01", null);
    post("/api/v1/fields", body("code", FIELD, "name", "Đất đai"));
    procedure(PROCEDURE, 15, null, "Đăng ký biến động quyền sử dụng đất");
    procedure(SAME_DAY, 0, "15:00", "Chứng thực bản sao từ bản chính");
    created = true;
  }

  static void unit(String code, String name, String kind, String parent, String from, String to) {
    Map<String, Object> body =
        body(
            "code", code,
            "name", name,
            "kind", kind,
            "parentCode", parent,
            "head", body("name", "Lê Thị Hoa", "title", "Thủ trưởng", "email", code + "@test.vn"),
            "validFrom", from);
    body.put("validTo", to);
    post("/api/v1/units", body);
  }

  static void procedure(String code, int days, String cutoff, String name) {
    Map<String, Object> body =
        body(
            "code",
            code,
            "name",
            name,
            "fieldCode",
            FIELD,
            "levels",
            List.of("PROVINCE", "DISTRICT", "COMMUNE"),
            "processingTime",
            body("amount", days, "unit", "WORKING_DAYS"),
            "onlineService",
            "FULL");
    if (cutoff != null) {
      body.put("sameDayCutoff", cutoff);
    }
    post("/api/v1/procedures", body);
  }

  /** A dossier body received at {@code unit} on {@code receivedAt}. */
  static Map<String, Object> dossier(String code, String unit, String receivedAt) {
    return body(
        "code", code,
        "procedureCode", PROCEDURE,
        "handlingUnitCode", unit,
        "receivingUnitCode", unit,
        "channel", "DIRECT",
        "receivedAt", receivedAt,
        "applicant", body("kind", "CITIZEN", "name", "Nguyễn Văn Ánh", "idNumber", "022090001234"));
  }

  static String code() {
    return Api.unique("G99.T-");
  }
}
