package vn.dunghan.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.TestProvince;
import vn.dunghan.support.Tokens;

/**
 * The 2025 reorganisation without losing history (issue 18, part 3): a commune that outlives its
 * district keeps its code under the province, each month's report groups it under the parent of
 * that time (or, asked to, under today's), and communes merged into a successor hand it their open
 * dossiers with their deadlines and history.
 */
@QuarkusTest
class ReorganisationTest {

  private static TestProvince province;
  private static String district;
  private static String commune;

  @BeforeEach
  void province() {
    if (province != null) {
      return;
    }
    province = TestProvince.create(Api.unique("RO"), "Tỉnh Sắp Xếp");
    district = province.code + ".D";
    commune = province.code + ".D.01";
    TestProvince.unit(district, "Huyện Tiên Yên", "DISTRICT", province.code);
    // Under its district until the district ends; then carried on under the province.
    TestProvince.unit(commune, "Xã Phong Dụ", "COMMUNE", district);
    post(
            "/api/v1/units/" + commune + "/versions",
            body("validFrom", "2025-07-01", "parentCode", province.code))
        .statusCode(201)
        .body("parentCode", org.hamcrest.Matchers.equalTo(province.code))
        .body("path", org.hamcrest.Matchers.equalTo("/" + province.code + "/" + commune + "/"));
    received(commune, "2025-06-10T09:00:00+07:00", "2025-06-12T10:00:00+07:00");
    received(commune, "2025-08-05T09:00:00+07:00", "2025-08-06T10:00:00+07:00");
  }

  /** A dossier received at {@code unit} at {@code at}, resolved at {@code resolvedAt} if given. */
  private static String received(String unit, String at, String resolvedAt) {
    String code = Api.unique("RO-");
    Map<String, Object> intake = province.intake(code, unit, "Hoàng Thị Lan", "022090007777");
    intake.put("receivedAt", at);
    post("/api/v1/dossiers", intake).statusCode(201);
    if (resolvedAt != null) {
      post(
              "/api/v1/dossiers/" + code + "/events",
              body("type", "RESOLVED", "at", resolvedAt, "outcome", "APPROVED"))
          .statusCode(201);
    }
    return code;
  }

  /** Records that {@code predecessors} merge into {@code successor} on {@code on}. */
  private static io.restassured.response.ValidatableResponse merge(
      String successor, List<String> predecessors, String on, String reason) {
    return post(
        "/api/v1/units/mergers",
        body(
            "successorCode", successor,
            "predecessorCodes", predecessors,
            "effectiveOn", on,
            "reason", reason));
  }

  /** A commune directly under the province from {@code from}. */
  private static void commune(String code, String name, String from) {
    post(
            "/api/v1/units",
            body(
                "code",
                code,
                "name",
                name,
                "kind",
                "COMMUNE",
                "parentCode",
                province.code,
                "head",
                body("name", "Đinh Văn Hậu", "email", code + "@test.vn"),
                "validFrom",
                from))
        .statusCode(201);
  }

  private static List<String> reportUnits(String period, String unit, String hierarchy) {
    String query =
        "/api/v1/reports/monthly?period="
            + period
            + "&unit="
            + unit
            + (hierarchy == null ? "" : "&hierarchy=" + hierarchy);
    return get(query).statusCode(200).extract().jsonPath().getList("rows.unitCode");
  }

  @Test
  void theCommuneKeepsItsCodeAndBothVersions() {
    JsonPath unit = get("/api/v1/units/" + commune).statusCode(200).extract().jsonPath();
    assertThat(unit.getString("parentCode")).isEqualTo(province.code);
    assertThat(unit.getString("validTo")).isNull();
    JsonPath versions =
        get("/api/v1/units/" + commune + "/versions").statusCode(200).extract().jsonPath();
    assertThat(versions.getList("validFrom")).containsExactly("2004-01-01", "2025-07-01");
    assertThat(versions.getList("validTo")).containsExactly("2025-06-30", null);
    assertThat(versions.getList("parentCode")).containsExactly(district, province.code);
    assertThat(versions.getList("path"))
        .containsExactly(
            "/" + province.code + "/" + district + "/" + commune + "/",
            "/" + province.code + "/" + commune + "/");
    assertThat(versions.getList("recordedBy")).containsOnly("kiem-thu-tu-dong");
  }

  @Test
  void eachMonthRollsUpToTheParentOfItsTime() {
    // June 2025: under the district. August 2025: the district is gone, the commune under the
    // province.
    assertThat(reportUnits("2025-06", district, null)).containsExactly(commune);
    assertThat(reportUnits("2025-08", district, null)).isEmpty();
    assertThat(reportUnits("2025-08", province.code, null)).containsExactly(commune);
    assertThat(reportUnits("2025-06", province.code, null)).containsExactly(commune);
    JsonPath june =
        get("/api/v1/reports/monthly?period=2025-06&unit=" + district).extract().jsonPath();
    assertThat(june.getString("hierarchy")).isEqualTo("as-of-day");
    assertThat(june.getInt("rows[0].received.total")).isEqualTo(1);
    assertThat(june.getInt("rows[0].resolved.total")).isEqualTo(1);
  }

  @Test
  void asNowJuneRollsUpToTheProvince() {
    assertThat(reportUnits("2025-06", district, "as-now")).isEmpty();
    assertThat(reportUnits("2025-06", province.code, "as-now")).containsExactly(commune);
    get("/api/v1/reports/monthly?period=2025-06&hierarchy=sideways")
        .statusCode(422)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("hierarchy"));
  }

  @Test
  void ratesAndAttributionTakeTheSameHierarchy() {
    String rates = "/api/v1/sla/on-time-rates?from=2025-06-01&to=2025-08-31&groupBy=unit&unit=";
    assertThat(resolved(rates + district)).isEqualTo(1);
    assertThat(resolved(rates + district + "&hierarchy=as-now")).isEqualTo(0);
    assertThat(resolved(rates + commune)).isEqualTo(2);
    assertThat(resolved(rates + province.code)).isEqualTo(2);
    assertThat(resolved(rates + province.code + "&hierarchy=as-now")).isEqualTo(2);
    get("/api/v1/sla/attribution?from=2025-06-01&to=2025-08-31&hierarchy=nope&unit=" + district)
        .statusCode(422)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("hierarchy"));
  }

  private static int resolved(String query) {
    return get(query).statusCode(200).extract().jsonPath().getInt("total.resolved");
  }

  @Test
  void aMovedUnitMustFitItsNewParentAndComeAfterItsLastVersion() {
    post("/api/v1/units/" + commune + "/versions", body("validFrom", "2025-07-01"))
        .statusCode(422)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("validFrom"));
    // The district ended on 2025-06-30: nothing can sit under it later.
    post(
            "/api/v1/units/" + commune + "/versions",
            body("validFrom", "2026-01-01", "parentCode", district))
        .statusCode(422)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("parentCode"));
    post(
            "/api/v1/units/" + commune + "/versions",
            body("validFrom", "2026-01-01", "parentCode", "KHONG"))
        .statusCode(422);
    Api.as(Tokens.of("chu-tich-xa", commune, "head"))
        .contentType(io.restassured.http.ContentType.JSON)
        .body(body("validFrom", "2026-01-01", "name", "Xã Mới"))
        .post("/api/v1/units/" + commune + "/versions")
        .then()
        .statusCode(403);
    assertThat(
            get("/api/v1/units/" + commune + "/versions").extract().jsonPath().getList("validFrom"))
        .hasSize(2);
  }

  @Test
  void changesDatedAheadTakeEffectOnTheirDay() {
    String merging = province.code + ".F1";
    String successor = province.code + ".F2";
    try {
      vn.dunghan.support.MovableClock.pin("2026-05-20T10:00:00+07:00");
      commune(merging, "Xã Hà Lâu", "2025-07-01");
      commune(successor, "Xã Điền Xá", "2026-06-01");
      post(
              "/api/v1/units/" + successor + "/versions",
              body("validFrom", "2026-07-01", "name", "Xã Điền Xá mới"))
          .statusCode(201);
      String open = received(merging, "2026-05-19T09:00:00+07:00", null);
      String due = get("/api/v1/dossiers/" + open).extract().jsonPath().getString("dueDate");
      JsonPath merger =
          merge(successor, List.of(merging), "2026-06-01", "Sáp nhập từ 01/6/2026")
              .statusCode(201)
              .extract()
              .jsonPath();
      assertThat(merger.getString("handedOverAt")).isNull();
      assertThat(get("/api/v1/dossiers/" + open).extract().jsonPath().getString("holdingUnitCode"))
          .isEqualTo(merging);

      // The day comes: the daily job (run here by hand) hands the dossier over.
      vn.dunghan.support.MovableClock.pin("2026-06-01T00:10:00+07:00");
      post("/api/v1/admin/jobs/unit-versions/run", body())
          .statusCode(200)
          .body("result.mergersHandedOver", org.hamcrest.Matchers.equalTo(1));
      JsonPath after = get("/api/v1/dossiers/" + open).extract().jsonPath();
      assertThat(after.getString("holdingUnitCode")).isEqualTo(successor);
      assertThat(after.getString("dueDate")).isEqualTo(due);
      assertThat(after.getList("events.type")).containsExactly("HANDED_OVER");
      assertThat(get("/api/v1/units/" + successor).extract().jsonPath().getString("name"))
          .isEqualTo("Xã Điền Xá");

      // A month later the successor's rename comes into force the same way.
      vn.dunghan.support.MovableClock.pin("2026-07-01T00:10:00+07:00");
      post("/api/v1/admin/jobs/unit-versions/run", body())
          .statusCode(200)
          .body("result.unitsMoved", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
      assertThat(get("/api/v1/units/" + successor).extract().jsonPath().getString("name"))
          .isEqualTo("Xã Điền Xá mới");
    } finally {
      vn.dunghan.support.MovableClock.release();
    }
  }

  @Test
  void mergedCommunesHandTheirOpenDossiersToTheSuccessor() {
    String first = province.code + ".M1";
    String second = province.code + ".M2";
    String successor = province.code + ".S";
    for (String[] u :
        List.of(
            new String[] {first, "Xã Đông Ngũ", "2025-07-01"},
            new String[] {second, "Xã Đông Hải", "2025-07-01"},
            new String[] {successor, "Xã Tiên Yên Mới", "2026-03-01"})) {
      commune(u[0], u[1], u[2]);
    }
    String open = received(first, "2026-02-26T09:00:00+07:00", null);
    String done = received(second, "2026-02-24T09:00:00+07:00", "2026-02-25T10:00:00+07:00");
    JsonPath before = get("/api/v1/dossiers/" + open).extract().jsonPath();
    String dueDate = before.getString("dueDate");
    String stepDue = before.getString("steps[0].dueDate");

    JsonPath merger =
        merge(
                successor,
                List.of(first, second),
                "2026-03-01",
                "Nghị quyết sáp nhập xã Đông Ngũ và Đông Hải")
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(merger.getString("handedOverAt")).isNotNull();
    assertThat(merger.getString("recordedBy")).isEqualTo("kiem-thu-tu-dong");

    JsonPath after = get("/api/v1/dossiers/" + open).statusCode(200).extract().jsonPath();
    assertThat(after.getString("holdingUnitCode")).isEqualTo(successor);
    assertThat(after.getString("dueDate")).isEqualTo(dueDate);
    assertThat(after.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(after.getList("steps.unitCode")).containsExactly(first, successor);
    assertThat(after.getString("steps[1].dueDate")).isEqualTo(stepDue);
    List<Map<String, Object>> events = after.getList("events");
    Map<String, Object> handOver = events.get(events.size() - 1);
    assertThat(handOver.get("type")).isEqualTo("HANDED_OVER");
    assertThat(handOver.get("at")).isEqualTo("2026-03-01T00:00:00+07:00");
    assertThat(handOver.get("toUnitCode")).isEqualTo(successor);
    assertThat(handOver.get("actor")).isEqualTo("kiem-thu-tu-dong");

    JsonPath closed = get("/api/v1/units/" + first).extract().jsonPath();
    assertThat(closed.getString("validTo")).isEqualTo("2026-02-28");
    assertThat(closed.getString("successorCode")).isEqualTo(successor);

    // The successor's staff read both dossiers and their history, and list them as their own.
    String clerk = Tokens.of("mot-cua-xa-moi", successor, "clerk");
    for (String code : List.of(open, done)) {
      Api.as(clerk)
          .get("/api/v1/dossiers/" + code)
          .then()
          .statusCode(200)
          .body("events.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }
    List<String> listed =
        Api.as(clerk)
            .get("/api/v1/dossiers?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.code");
    assertThat(listed).contains(open, done);
    // ... and answer for the open one from the day after.
    List<String> overdue =
        get("/api/v1/sla/overdue?size=100&unit=" + successor)
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.code");
    assertThat(overdue).containsExactly(open);
    // The calendar month of March: the dossier came in before it, at the merged commune, and is
    // carried over into the successor's March (the regulatory window, from 15 February, sees it
    // received at the merged commune instead).
    JsonPath march =
        get("/api/v1/reports/monthly?window=CALENDAR&period=2026-03&unit=" + successor)
            .extract()
            .jsonPath();
    assertThat(march.getList("rows.unitCode")).containsExactly(successor);
    assertThat(march.getInt("rows[0].received.carriedOver")).isEqualTo(1);
    assertThat(march.getInt("rows[0].inProgress.total")).isEqualTo(1);

    // A unit merges once; the successor must exist on the day.
    merge(successor, List.of(first), "2026-04-01", "lần hai")
        .statusCode(422)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("predecessorCodes[0]"));
    merge(successor, List.of(commune), "2026-02-01", "trước khi xã mới có")
        .statusCode(422)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("successorCode"));
  }
}
