package vn.dunghan.procedure;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.post;
import static vn.dunghan.support.Api.put;
import static vn.dunghan.support.Api.unique;
import static vn.dunghan.support.Api.with;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProcedureResourceTest {

  private static final String PROBLEM = "application/problem+json";
  private static int sequence = 100_000;

  private String field;

  @BeforeEach
  void aField() {
    field = unique("f");
    post("/api/v1/fields", body("code", field, "name", "Bảo trợ xã hội")).statusCode(201);
  }

  /** The internal process of 1.001806 in Cao Bằng QĐ 2022/QĐ-UBND: 10 working days in six steps. */
  private Map<String, Object> socialAssistance(String code) {
    return body(
        "code",
        code,
        "name",
        "Trợ cấp xã hội hằng tháng",
        "fieldCode",
        field,
        "levels",
        List.of("COMMUNE", "DISTRICT"),
        "processingTime",
        body("amount", 10, "unit", "WORKING_DAYS"),
        "onlineService",
        "PARTIAL",
        "steps",
        List.of(
            body("name", "Tiếp nhận hồ sơ", "allotment", 0.5),
            body("name", "Phân công xử lý", "allotment", 0.5),
            body("name", "Chuyên viên thẩm định", "allotment", 7),
            body("name", "Lãnh đạo phòng xem xét", "allotment", 0.5),
            body("name", "Lãnh đạo đơn vị phê duyệt", "allotment", 1),
            body("name", "Văn thư phát hành", "allotment", 0.5),
            body("name", "Trả kết quả", "allotment", 0)));
  }

  /** A demo-range code (9.xxxxxx) unique within the run. */
  private static synchronized String nextCode() {
    sequence = (sequence + 1 + (int) (System.nanoTime() % 7)) % 1_000_000;
    return String.format("9.%06d", sequence);
  }

  @Test
  void createsAProcedureWithHalfDaySteps() {
    String code = nextCode();
    post("/api/v1/procedures", socialAssistance(code))
        .statusCode(201)
        .body("code", equalTo(code))
        .body("fieldCode", equalTo(field))
        .body("levels", contains("DISTRICT", "COMMUNE"))
        .body("processingTime.amount", equalTo(10))
        .body("steps", hasSize(7))
        .body("steps[0].allotment", equalTo(0.5f))
        .body("steps[2].name", equalTo("Chuyên viên thẩm định"))
        .body("sameDayCutoff", nullValue());
    get("/api/v1/procedures/" + code)
        .statusCode(200)
        .body("name", equalTo("Trợ cấp xã hội hằng tháng"));
  }

  @Test
  void stepsThatDoNotAddUpAreRefused() {
    Map<String, Object> request =
        with(
            socialAssistance(nextCode()),
            "processingTime",
            body("amount", 12, "unit", "WORKING_DAYS"));
    post("/api/v1/procedures", request)
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("steps"))
        .body(
            "errors[0].message",
            equalTo("the allotments add up to 10 working days but the prescribed time is 12"));
  }

  @Test
  void allotmentsAreWholeOrHalfDays() {
    Map<String, Object> request =
        with(
            socialAssistance(nextCode()),
            "processingTime",
            body("amount", 1, "unit", "WORKING_DAYS"),
            "steps",
            List.of(body("name", "A", "allotment", 0.25), body("name", "B", "allotment", 0.75)));
    post("/api/v1/procedures", request)
        .statusCode(422)
        .body("errors.field", hasItem("steps[0].allotment"))
        .body("errors.field", hasItem("steps[1].allotment"));
  }

  @Test
  void hourStepsAddUpToTheHoursInDays() {
    Map<String, Object> request =
        with(
            socialAssistance(nextCode()),
            "processingTime",
            body("amount", 8, "unit", "WORKING_HOURS"),
            "steps",
            List.of(body("name", "A", "allotment", 0.5), body("name", "B", "allotment", 0.5)));
    post("/api/v1/procedures", request)
        .statusCode(201)
        .body("processingTime.unit", equalTo("WORKING_HOURS"));
  }

  @Test
  void sameDayProcedureKeepsItsCutoff() {
    String code = nextCode();
    Map<String, Object> request =
        with(
            socialAssistance(code),
            "name",
            "Chứng thực bản sao từ bản chính",
            "processingTime",
            body("amount", 0, "unit", "WORKING_DAYS"),
            "sameDayCutoff",
            "15:00",
            "steps",
            null);
    post("/api/v1/procedures", request).statusCode(201).body("sameDayCutoff", equalTo("15:00:00"));
  }

  @Test
  void unknownFieldCodeAndBadCodeAreNamed() {
    post("/api/v1/procedures", with(socialAssistance("1.23"), "fieldCode", "no-such-field"))
        .statusCode(422)
        .body("errors.field", hasItem("code"));
    post("/api/v1/procedures", with(socialAssistance(nextCode()), "fieldCode", "no-such-field"))
        .statusCode(422)
        .body("errors[0].field", equalTo("fieldCode"));
  }

  @Test
  void updateReplacesTheDefinition() {
    String code = nextCode();
    post("/api/v1/procedures", socialAssistance(code)).statusCode(201);
    put(
            "/api/v1/procedures/" + code,
            with(socialAssistance(code), "steps", null, "levels", List.of("COMMUNE")))
        .statusCode(200)
        .body("steps", hasSize(0))
        .body("levels", contains("COMMUNE"))
        .body("version", equalTo(1));
    get("/api/v1/procedures?field=" + field + "&level=COMMUNE")
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].code", equalTo(code));
  }

  @Test
  void fieldsAreListedAndConflictsRefused() {
    post("/api/v1/fields", body("code", field, "name", "Trùng"))
        .statusCode(409)
        .contentType(PROBLEM);
    get("/api/v1/fields/" + field).statusCode(200).body("name", equalTo("Bảo trợ xã hội"));
    get("/api/v1/fields/none").statusCode(404).contentType(PROBLEM);
    put("/api/v1/fields/" + field, body("code", field, "name", "Bảo trợ xã hội và trẻ em"))
        .statusCode(200)
        .body("name", equalTo("Bảo trợ xã hội và trẻ em"));
  }
}
