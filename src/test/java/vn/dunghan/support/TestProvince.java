package vn.dunghan.support;

import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;

import java.util.List;
import java.util.Map;

/**
 * A province of its own for one test class, made through the API: the province (and any units added
 * under it), a field and a 3-working-day procedure performed at every level, so a test can receive
 * dossiers without touching what other classes created.
 */
public final class TestProvince {

  public final String code;
  public final String field;
  public final String procedure;

  private TestProvince(String code, String field, String procedure) {
    this.code = code;
    this.field = field;
    this.procedure = procedure;
  }

  /** A province whose code is {@code code}, named {@code name}, with its field and procedure. */
  public static TestProvince create(String code, String name) {
    unit(code, name, "PROVINCE", null);
    String field = Api.unique("f");
    post("/api/v1/fields", body("code", field, "name", "Lĩnh vực thử " + code)).statusCode(201);
    String procedure = "9.900003." + Api.unique("p");
    post(
            "/api/v1/procedures",
            body(
                "code",
                procedure,
                "name",
                "Thủ tục thử " + code,
                "fieldCode",
                field,
                "levels",
                List.of("PROVINCE", "DISTRICT", "COMMUNE"),
                "processingTime",
                body("amount", 3, "unit", "WORKING_DAYS"),
                "onlineService",
                "FULL"))
        .statusCode(201);
    return new TestProvince(code, field, procedure);
  }

  /**
   * A unit under {@code parent}: a district (or a department) ends on 2025-06-30 like every
   * district, a province has no end.
   */
  public static void unit(String code, String name, String kind, String parent) {
    post(
            "/api/v1/units",
            body(
                "code", code,
                "name", name,
                "kind", kind,
                "parentCode", parent,
                "head", body("name", "Tạ Văn Đầu", "title", "Thủ trưởng", "email", "thu@test.vn"),
                "validFrom", "2004-01-01",
                "validTo", kind.equals("PROVINCE") ? null : "2025-06-30"))
        .statusCode(201);
  }

  /** An intake at {@code unit} on 3 March 2025, 09:00, of this province's procedure. */
  public Map<String, Object> intake(String dossier, String unit, String name, String idNumber) {
    return body(
        "code", dossier,
        "procedureCode", procedure,
        "handlingUnitCode", unit,
        "receivingUnitCode", unit,
        "channel", "DIRECT",
        "receivedAt", "2025-03-03T09:00:00+07:00",
        "applicant", body("kind", "CITIZEN", "name", name, "idNumber", idNumber));
  }
}
