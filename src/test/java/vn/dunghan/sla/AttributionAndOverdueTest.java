package vn.dunghan.sla;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttributionAndOverdueTest {

  private static SlaProvince q;

  @BeforeEach
  void province() {
    if (q == null) {
      q = new SlaProvince(15, "9.980015");
    }
  }

  private static void sync(Map<String, Object> item) {
    given()
        .contentType(ContentType.JSON)
        .body(List.of(item))
        .post("/api/v1/sync/dossiers")
        .then()
        .statusCode(200)
        .body("rejected", equalTo(0));
  }

  private static Map<String, Object> transfer(String at, String to, int allotment) {
    return body("type", "TRANSFERRED", "at", at, "toUnitCode", to, "allotment", allotment);
  }

  @Test
  void theStepThatOverranIsCharged() {
    // Received Mon 03/03/2025 at the district: due Mon 24/03. The department's 3 days ran out on
    // 07/03 but it kept the dossier until 20/03 (9 working days over); the commune's step kept its
    // own deadline, yet the dossier was resolved on 26/03, 2 working days late.
    Map<String, Object> item =
        q.dossier(q.province + "-A1", q.district, "2025-03-03T09:00:00+07:00");
    item.put(
        "events",
        List.of(
            transfer("2025-03-04T09:00:00+07:00", q.department, 3),
            transfer("2025-03-20T09:00:00+07:00", q.commune, 10),
            body("type", "RESOLVED", "at", "2025-03-26T09:00:00+07:00", "outcome", "APPROVED")));
    sync(item);
    get("/api/v1/dossiers/" + q.province + "-A1")
        .body("timeliness", equalTo("LATE"))
        .body("steps[1].overrunWorkingDays", equalTo(9))
        .body("steps[2].overrunWorkingDays", equalTo(0));
    get("/api/v1/sla/attribution?from=2025-03-26&to=2025-03-26&groupBy=unit&unit=" + q.province)
        .statusCode(200)
        .body("rows.size()", equalTo(1))
        .body("rows[0].key", equalTo(q.department))
        .body("rows[0].name", equalTo("Sở Xây dựng"))
        .body("rows[0].lateDossiers", equalTo(1))
        .body("rows[0].overrunWorkingDays", equalTo(9))
        .body("rows[0].fallbackDays", equalTo(0));
    get("/api/v1/sla/attribution?from=2025-03-26&to=2025-03-26&groupBy=step&unit=" + q.province)
        .body("rows[0].key", equalTo("2"));
  }

  @Test
  void whenNoStepOverranTheHolderOnTheDueDateIsCharged() {
    // The department was given 20 days (until 01/04) although the dossier was due 24/03.
    Map<String, Object> item =
        q.dossier(q.province + "-B1", q.district, "2025-03-03T09:00:00+07:00");
    item.put(
        "events",
        List.of(
            transfer("2025-03-04T09:00:00+07:00", q.department, 20),
            body("type", "RESOLVED", "at", "2025-03-27T09:00:00+07:00", "outcome", "DENIED")));
    sync(item);
    get("/api/v1/sla/attribution?from=2025-03-27&to=2025-03-27&groupBy=unit&unit=" + q.province)
        .statusCode(200)
        .body("rows[0].key", equalTo(q.department))
        .body("rows[0].overrunWorkingDays", equalTo(3))
        .body("rows[0].fallbackDays", equalTo(3));
  }

  @Test
  void overdueListNamesTheHeadOfTheHoldingUnit() {
    // A commune dossier is not possible after 2025-06-30 here (the test commune ends then), so the
    // department receives it: Mon 02/11/2026 + 5 WD -> due 09/11/2026, overdue since.
    String code = q.province + "-C1";
    String onTrack = q.province + "-C2";
    sync(withProcedure5(q.dossier(code, q.department, "2026-11-02T09:00:00+07:00")));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    int expected =
        get("/api/v1/calendar/working-days?from=2026-11-09&to=" + today)
            .extract()
            .path("workingDays");
    get("/api/v1/sla/overdue?unit=" + q.province)
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].code", equalTo(code))
        .body("items[0].dueDate", equalTo("2026-11-09"))
        .body("items[0].overdueWorkingDays", equalTo(expected))
        .body("items[0].holdingUnitCode", equalTo(q.department))
        .body(
            "items[0].accountableHead.email",
            equalTo(q.department.toLowerCase().replace('.', '-') + "@test.vn"));
    String justNow =
        java.time.OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .minusMinutes(5)
            .withNano(0)
            .toString();
    sync(withProcedure5(q.dossier(onTrack, q.department, justNow)));
    get("/api/v1/sla/overdue?unit=" + q.province).body("items.code", not(hasItem(onTrack)));
  }

  private static Map<String, Object> withProcedure5(Map<String, Object> item) {
    if (get("/api/v1/procedures/9.980005").extract().statusCode() == 404) {
      given()
          .contentType(ContentType.JSON)
          .body(
              body(
                  "code",
                  "9.980005",
                  "name",
                  "Cấp giấy phép xây dựng nhà ở riêng lẻ",
                  "fieldCode",
                  q.field,
                  "levels",
                  List.of("PROVINCE", "DISTRICT", "COMMUNE"),
                  "processingTime",
                  body("amount", 5, "unit", "WORKING_DAYS"),
                  "onlineService",
                  "FULL"))
          .post("/api/v1/procedures")
          .then()
          .statusCode(201);
    }
    item.put("procedureCode", "9.980005");
    return item;
  }
}
