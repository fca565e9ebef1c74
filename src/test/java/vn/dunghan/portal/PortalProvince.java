package vn.dunghan.portal;

import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.dunghan.support.Api;

/**
 * A province as the portal names it: units with agency identifiers (Decision 20/2020/QĐ-TTg) and
 * procedures registered by national code, created once per application through the API; and the
 * golden records under {@code src/test/resources/portal}.
 */
final class PortalProvince {

  static final String PROVINCE = "P98";
  static final String COMMUNE = "P98.X1";
  static final String COMMUNE_AGENCY = "000.21.25.H98";
  static final String COMMUNE_NAME = "Ủy ban nhân dân xã Thử Nghiệm";
  static final String DEPARTMENT = "P98.S1";
  static final String DEPARTMENT_AGENCY = "000.00.12.H98";
  static final String DEPARTMENT_NAME = "Sở Nông nghiệp và Môi trường";
  static final String LAND = "2.990154";
  static final String CIVIL_STATUS = "2.990001";
  static final String DVCQG = "/api/v1/portal/dvcqg";

  static final ObjectMapper JSON = new ObjectMapper();

  private PortalProvince() {}

  static synchronized void ensure() {
    if (get("/api/v1/units/" + PROVINCE).extract().statusCode() == 200) {
      return;
    }
    unit(PROVINCE, "Tỉnh Thử Nghiệm", "PROVINCE", null, "000.00.00.H98");
    unit(COMMUNE, COMMUNE_NAME, "COMMUNE", PROVINCE, COMMUNE_AGENCY);
    unit(DEPARTMENT, DEPARTMENT_NAME, "DEPARTMENT", PROVINCE, DEPARTMENT_AGENCY);
    post("/api/v1/fields", body("code", "p98-dat-dai", "name", "Đất đai")).statusCode(201);
    post("/api/v1/fields", body("code", "p98-ho-tich", "name", "Hộ tịch")).statusCode(201);
    procedure(LAND, "p98-dat-dai", 15, null, "Đăng ký biến động quyền sử dụng đất");
    procedure(CIVIL_STATUS, "p98-ho-tich", 0, "15:00", "Đăng ký khai sinh");
  }

  private static void unit(String code, String name, String kind, String parent, String agency) {
    post(
            "/api/v1/units",
            body(
                "code", code,
                "name", name,
                "kind", kind,
                "parentCode", parent,
                "agencyId", agency,
                "head", body("name", "Hoàng Thị Lan", "title", "Chủ tịch", "email", "lan@test.vn"),
                "validFrom", "2004-01-01"))
        .statusCode(201);
  }

  private static void procedure(String code, String field, int days, String cutoff, String name) {
    Map<String, Object> body =
        body(
            "code",
            code,
            "name",
            name,
            "fieldCode",
            field,
            "levels",
            List.of("PROVINCE", "COMMUNE"),
            "processingTime",
            body("amount", days, "unit", "WORKING_DAYS"),
            "onlineService",
            "FULL");
    if (cutoff != null) {
      body.put("sameDayCutoff", cutoff);
    }
    post("/api/v1/procedures", body).statusCode(201);
  }

  /** A golden record (or array of records) with {@code {code}} replaced. */
  static JsonNode golden(String name, String code) {
    try (InputStream in = PortalProvince.class.getResourceAsStream("/portal/" + name + ".json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.replace("{code}", code));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of {@code record} with {@code field} set to {@code value} (null removes it). */
  static ObjectNode with(JsonNode record, String field, Object value) {
    ObjectNode copy = record.deepCopy();
    if (value == null) {
      copy.remove(field);
    } else {
      copy.set(field, JSON.valueToTree(value));
    }
    return copy;
  }

  /** Posts an envelope of {@code service} with these records. */
  static ValidatableResponse send(String service, JsonNode... records) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("service", service);
    envelope.put("isUpdating", false);
    ArrayNode data = envelope.putArray("data");
    for (JsonNode r : records) {
      if (r.isArray()) {
        r.forEach(data::add);
      } else {
        data.add(r);
      }
    }
    return Api.given()
        .contentType(ContentType.JSON)
        .body(envelope.toString().getBytes(StandardCharsets.UTF_8))
        .post(DVCQG)
        .then();
  }

  static ValidatableResponse dossiers(JsonNode... records) {
    return send("DongBoHoSoMC", records);
  }

  static String code() {
    return Api.unique("G98.P-");
  }
}
