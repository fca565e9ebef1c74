package vn.dunghan.report;

import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dunghan.support.Api;

/**
 * A small province for report tests, built through the public API under a code unique to the run:
 * province, a department, a district (to 2025-06-30) with a commune under it; two fields, each with
 * a 5-working-day procedure performed at every level.
 */
final class ReportProvince {

  final String province = Api.unique("R");
  final String department = province + ".S";
  final String district = province + ".D";
  final String commune = province + ".D.X";
  final String land = Api.unique("dd");
  final String construction = Api.unique("xd");
  final String landProcedure = "9.970005." + Api.unique("r");
  final String constructionProcedure = "9.960005." + Api.unique("r");

  ReportProvince() {
    unit(province, "Tỉnh Báo Cáo", "PROVINCE", null);
    unit(department, "Sở Tài nguyên và Môi trường", "DEPARTMENT", province);
    unit(district, "Huyện Tiên Yên", "DISTRICT", province);
    unit(commune, "Xã Đông Ngũ", "COMMUNE", district);
    post("/api/v1/fields", body("code", land, "name", "Đất đai")).statusCode(201);
    post("/api/v1/fields", body("code", construction, "name", "Xây dựng")).statusCode(201);
    procedure(landProcedure, land, "Đăng ký đất đai lần đầu");
    procedure(constructionProcedure, construction, "Cấp giấy phép xây dựng nhà ở riêng lẻ");
  }

  private static void unit(String code, String name, String kind, String parent) {
    Map<String, Object> body =
        body(
            "code", code,
            "name", name,
            "kind", kind,
            "parentCode", parent,
            "head", body("name", "Đỗ Văn Hùng", "title", "Thủ trưởng", "email", "r@test.vn"),
            "validFrom", "2004-01-01");
    body.put("validTo", kind.equals("DISTRICT") || kind.equals("COMMUNE") ? "2025-06-30" : null);
    post("/api/v1/units", body).statusCode(201);
  }

  private static void procedure(String code, String field, String name) {
    post(
            "/api/v1/procedures",
            body(
                "code",
                code,
                "name",
                name,
                "fieldCode",
                field,
                "levels",
                List.of("PROVINCE", "DISTRICT", "COMMUNE"),
                "processingTime",
                body("amount", 5, "unit", "WORKING_DAYS"),
                "onlineService",
                "FULL"))
        .statusCode(201);
  }

  /** A sync item at {@code unit}; events are (type, day) pairs at 10:00 on that day. */
  Map<String, Object> dossier(
      String code,
      String unit,
      String procedure,
      String channel,
      String receivedOn,
      String... events) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < events.length; i += 2) {
      Map<String, Object> e = body("type", events[i], "at", events[i + 1] + "T10:00:00+07:00");
      switch (events[i]) {
        case "RESOLVED" -> e.put("outcome", "APPROVED");
        case "SUPPLEMENT_REQUESTED", "SUSPENDED", "WITHDRAWN", "REJECTED" ->
            e.put("reason", "Lý do kiểm thử");
        default -> {}
      }
      list.add(e);
    }
    Map<String, Object> item =
        body(
            "code", code,
            "procedureCode", procedure,
            "handlingUnitCode", unit,
            "receivingUnitCode", unit,
            "channel", channel,
            "receivedAt", receivedOn + "T09:00:00+07:00",
            "applicant",
                body("kind", "CITIZEN", "name", "Trần Thị Thu", "idNumber", "022190007777"));
    item.put("events", list);
    return item;
  }

  void sync(List<Map<String, Object>> items) {
    post("/api/v1/sync/dossiers", items)
        .statusCode(200)
        .body(
            "items.outcome", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("CREATED")));
  }
}
