package vn.dunghan.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.post;
import static vn.dunghan.support.Api.put;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.TestProvince;
import vn.dunghan.support.Tokens;

/**
 * Officers on steps (issue 18, part 2): an ASSIGNED event puts an officer of the holding unit on
 * the step, a later one re-assigns it, and each working day past the step's deadline is charged to
 * whoever held the step that day.
 *
 * <p>The worked example, procedure of 3 working days received at the commune on Wednesday
 * 2025-09-03 09:00 (1 and 2 September are the National Day holiday): the clock starts that day and
 * the step is due on Monday 2025-09-08 (Thu 4, Fri 5, Mon 8).
 *
 * <ul>
 *   <li>Dossier 1: officer An from 09-03, re-assigned to officer Bình on Wednesday 09-10, resolved
 *       on Friday 09-12: 4 working days late (9, 10, 11, 12); An held it on the 9th (1 day), Bình
 *       on the 10th to the 12th (3 days).
 *   <li>Dossier 2: nobody assigned, resolved on Tuesday 09-09: 1 day late, charged to nobody.
 *   <li>Dossier 3: assigned to An and still open: on the overdue list with An as its handler.
 * </ul>
 */
@QuarkusTest
class OfficerAttributionTest {

  private static TestProvince province;
  private static String commune;
  private static String otherCommune;

  @BeforeEach
  void province() {
    if (province != null) {
      return;
    }
    province = TestProvince.create(Api.unique("OF"), "Tỉnh Phân Công");
    commune = province.code + ".X1";
    otherCommune = province.code + ".X2";
    for (String c : List.of(commune, otherCommune)) {
      post(
              "/api/v1/units",
              body(
                  "code",
                  c,
                  "name",
                  c.equals(commune) ? "Xã Hải Xuân" : "Xã Vĩnh Thực",
                  "kind",
                  "COMMUNE",
                  "parentCode",
                  province.code,
                  "head",
                  body("name", "Trần Văn Trưởng", "title", "Chủ tịch UBND xã"),
                  "validFrom",
                  "2025-07-01"))
          .statusCode(201);
    }
    staff(commune, subject("an"), "Nguyễn Thị An").statusCode(201);
    staff(commune, subject("binh"), "Phạm Văn Bình").statusCode(201);
    staff(otherCommune, subject("cuong"), "Lê Quốc Cường").statusCode(201);
  }

  private static String subject(String name) {
    return province.code.toLowerCase() + "-" + name;
  }

  private static io.restassured.response.ValidatableResponse staff(
      String unit, String subject, String name) {
    return put(
        "/api/v1/units/" + unit + "/staff/" + subject,
        body("name", name, "title", "Công chức địa chính - xây dựng"));
  }

  private static String dossier() {
    String code = Api.unique("OF-");
    post("/api/v1/dossiers", intake(code)).statusCode(201);
    return code;
  }

  private static Map<String, Object> intake(String code) {
    Map<String, Object> body = province.intake(code, commune, "Đỗ Thị Dung", "022090004321");
    body.put("receivedAt", "2025-09-03T09:00:00+07:00");
    return body;
  }

  private static io.restassured.response.ValidatableResponse event(
      String code, Map<String, Object> event) {
    return post("/api/v1/dossiers/" + code + "/events", event);
  }

  private static Map<String, Object> assigned(String at, String officer) {
    return body("type", "ASSIGNED", "at", at, "officer", officer);
  }

  private static Map<String, Object> resolved(String at) {
    return body("type", "RESOLVED", "at", at, "outcome", "APPROVED");
  }

  @Test
  void eachDayPastTheDeadlineIsChargedToWhoeverHeldTheStep() {
    String first = dossier();
    event(first, assigned("2025-09-03T10:00:00+07:00", subject("an"))).statusCode(201);
    event(first, assigned("2025-09-10T09:00:00+07:00", subject("binh"))).statusCode(201);
    JsonPath open = get("/api/v1/dossiers/" + first).statusCode(200).extract().jsonPath();
    assertThat(open.getString("handler.name")).isEqualTo("Phạm Văn Bình");
    assertThat(open.getString("steps[0].handler.subject")).isEqualTo(subject("binh"));
    assertThat(open.getString("events[1].type")).isEqualTo("ASSIGNED");
    assertThat(open.getString("events[1].officerName")).isEqualTo("Phạm Văn Bình");
    event(first, resolved("2025-09-12T10:00:00+07:00")).statusCode(201);

    String second = dossier();
    event(second, resolved("2025-09-09T10:00:00+07:00")).statusCode(201);

    JsonPath d = get("/api/v1/dossiers/" + first).extract().jsonPath();
    assertThat(d.getString("steps[0].dueDate")).isEqualTo("2025-09-08");
    assertThat(d.getInt("steps[0].overrunWorkingDays")).isEqualTo(4);
    assertThat(d.getString("handler")).isNull(); // resolved: nobody handles it any more

    JsonPath byOfficer =
        Api.as(Tokens.of("chu-tich-tinh", province.code, "head"))
            .get(
                "/api/v1/sla/attribution?groupBy=officer&from=2025-09-01&to=2025-09-30&unit="
                    + province.code)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> rows = byOfficer.getList("rows");
    assertThat(rows)
        .extracting(r -> r.get("key"), r -> r.get("name"), r -> r.get("overrunWorkingDays"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(subject("binh"), "Phạm Văn Bình", 3),
            org.assertj.core.groups.Tuple.tuple(subject("an"), "Nguyễn Thị An", 1),
            org.assertj.core.groups.Tuple.tuple(null, "Chưa phân công cán bộ", 1));
    // The unit's total is the officers' sum: nothing is lost in the split.
    JsonPath byUnit =
        get("/api/v1/sla/attribution?groupBy=unit&from=2025-09-01&to=2025-09-30&unit="
                + province.code)
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(byUnit.getInt("rows[0].overrunWorkingDays")).isEqualTo(5);
    assertThat(byUnit.getInt("rows[0].lateDossiers")).isEqualTo(2);
  }

  @Test
  void delayPerOfficerIsForHeadsAndAbove() {
    String path =
        "/api/v1/sla/attribution?groupBy=officer&from=2025-09-01&to=2025-09-30&unit=" + commune;
    Api.as(Tokens.of("chu-tich-xa", commune, "head")).get(path).then().statusCode(200);
    Api.as(Tokens.of("thanh-tra", null, "auditor")).get(path).then().statusCode(200);
    for (String role : List.of("officer", "clerk")) {
      Api.as(Tokens.of(subject("an"), commune, role))
          .get(path)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    // A head of another unit reads neither its officers nor its figures.
    Api.as(Tokens.of("chu-tich-xa-khac", otherCommune, "head")).get(path).then().statusCode(403);
  }

  @Test
  void theCurrentHandlerIsOnTheOverdueList() {
    String code = dossier();
    event(code, assigned("2025-09-04T08:00:00+07:00", subject("an"))).statusCode(201);
    JsonPath overdue =
        get("/api/v1/sla/overdue?size=200&unit=" + commune).statusCode(200).extract().jsonPath();
    List<Map<String, Object>> items = overdue.getList("items");
    Map<String, Object> row =
        items.stream().filter(r -> code.equals(r.get("code"))).findFirst().orElseThrow();
    assertThat(row.get("handler"))
        .isEqualTo(Map.of("subject", subject("an"), "name", "Nguyễn Thị An"));
    assertThat(((Map<?, ?>) row.get("accountableHead")).get("name")).isEqualTo("Trần Văn Trưởng");
  }

  @Test
  void onlyAnActiveOfficerOfTheHoldingUnitCanBeAssigned() {
    String code = dossier();
    long eventsBefore = events(code);
    // An officer of another commune: the step at that moment is not their unit's.
    event(code, assigned("2025-09-04T08:00:00+07:00", subject("cuong")))
        .statusCode(409)
        .contentType("application/problem+json");
    event(code, assigned("2025-09-04T08:00:00+07:00", "khong-co-ai"))
        .statusCode(422)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("officer"));
    event(code, body("type", "ASSIGNED", "at", "2025-09-04T08:00:00+07:00"))
        .statusCode(422)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("officer"));
    event(
            code,
            body(
                "type", "RESOLVED",
                "at", "2025-09-04T08:00:00+07:00",
                "outcome", "APPROVED",
                "officer", subject("an")))
        .statusCode(422)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("officer"));
    // An officer who has left is kept (old steps name them) but cannot be assigned.
    String leaving = subject("roi-di");
    put(
            "/api/v1/units/" + commune + "/staff/" + leaving,
            body("name", "Võ Thị Rời", "active", false))
        .statusCode(201);
    event(code, assigned("2025-09-04T08:00:00+07:00", leaving)).statusCode(422);
    assertThat(events(code)).isEqualTo(eventsBefore);
    // The staff list has them all, the one who left marked so.
    JsonPath staff =
        get("/api/v1/units/" + commune + "/staff").statusCode(200).extract().jsonPath();
    assertThat(staff.getList("name")).contains("Nguyễn Thị An", "Phạm Văn Bình", "Võ Thị Rời");
    assertThat(staff.getList("findAll { it.subject == '" + leaving + "' }.active"))
        .containsExactly(false);
  }

  @Test
  void staffAreWrittenByTheProvinceOnly() {
    Api.as(Tokens.of("chu-tich-xa", commune, "head"))
        .contentType(ContentType.JSON)
        .body(body("name", "Người Lạ"))
        .put("/api/v1/units/" + commune + "/staff/nguoi-la")
        .then()
        .statusCode(403);
    put("/api/v1/units/KHONG-CO/staff/ai-do", body("name", "Ai Đó")).statusCode(404);
    put("/api/v1/units/" + commune + "/staff/ai-do", body("name", " ")).statusCode(422);
  }

  private static long events(String code) {
    return get("/api/v1/dossiers/" + code).extract().jsonPath().getList("events").size();
  }
}
