package vn.dunghan.sla;

import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dunghan.support.Api;

/**
 * A small province built through the public API for SLA tests, under a code unique to the run so
 * that its figures are not mixed with other tests': province, a department, a district (to
 * 2025-06-30), a commune under it, a field and a procedure performed at every level.
 */
final class SlaProvince {

  final String province = Api.unique("Q");
  final String department = province + ".S";
  final String district = province + ".D";
  final String commune = province + ".D.X";
  final String field = Api.unique("lv");
  final String procedure;

  SlaProvince(int workingDays, String procedureCode) {
    this.procedure = procedureCode;
    unit(province, "Tỉnh Kiểm thử", "PROVINCE", null, null);
    unit(department, "Sở Xây dựng", "DEPARTMENT", province, null);
    unit(district, "Huyện Ba Chẽ", "DISTRICT", province, "2025-06-30");
    unit(commune, "Xã Thanh Sơn", "COMMUNE", district, "2025-06-30");
    post("/api/v1/fields", body("code", field, "name", "Xây dựng")).statusCode(201);
    post(
            "/api/v1/procedures",
            body(
                "code",
                procedureCode,
                "name",
                "Cấp giấy phép xây dựng",
                "fieldCode",
                field,
                "levels",
                List.of("PROVINCE", "DISTRICT", "COMMUNE"),
                "processingTime",
                body("amount", workingDays, "unit", "WORKING_DAYS"),
                "onlineService",
                "PARTIAL"))
        .statusCode(201);
  }

  private static void unit(String code, String name, String kind, String parent, String to) {
    Map<String, Object> body =
        body(
            "code", code,
            "name", name,
            "kind", kind,
            "parentCode", parent,
            "head",
                body(
                    "name", "Phạm Văn Trưởng",
                    "title", "Thủ trưởng " + name,
                    "email", code.toLowerCase().replace('.', '-') + "@test.vn"),
            "validFrom", "2004-01-01");
    body.put("validTo", to);
    post("/api/v1/units", body).statusCode(201);
  }

  /**
   * A sync item received at {@code unit} on {@code receivedAt} and resolved at {@code resolvedAt}.
   */
  Map<String, Object> resolved(String code, String unit, String receivedAt, String resolvedAt) {
    Map<String, Object> item = dossier(code, unit, receivedAt);
    item.put("events", List.of(body("type", "RESOLVED", "at", resolvedAt, "outcome", "APPROVED")));
    return item;
  }

  Map<String, Object> dossier(String code, String unit, String receivedAt) {
    Map<String, Object> item =
        body(
            "code", code,
            "procedureCode", procedure,
            "handlingUnitCode", unit,
            "receivingUnitCode", unit,
            "channel", "ONLINE",
            "receivedAt", receivedAt,
            "applicant", body("kind", "CITIZEN", "name", "Vũ Thị Lan", "idNumber", "022190004321"));
    item.put("events", new ArrayList<>());
    return item;
  }
}
