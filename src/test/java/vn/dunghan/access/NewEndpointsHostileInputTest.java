package vn.dunghan.access;

import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;

/**
 * The endpoints and pages of the accountability and browser work answer bad input with a 4xx
 * problem, never a 500, and change nothing: unit versions, mergers, staff, the hierarchy parameter,
 * the PDF format, the dossier page, the Biểu 06 download and the development sign-in.
 */
@QuarkusTest
class NewEndpointsHostileInputTest {

  private static void refused(ValidatableResponse response) {
    response.statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)));
  }

  private static ValidatableResponse post(String path, String json) {
    return Api.given().contentType(ContentType.JSON).body(json).post(path).then();
  }

  @Test
  void badBodiesOfVersionsMergersAndStaffAreProblems() {
    String unit = Api.unique("HI");
    Api.post(
            "/api/v1/units",
            Api.body(
                "code",
                unit,
                "name",
                "Tỉnh Thử Độc",
                "kind",
                "PROVINCE",
                "validFrom",
                "2004-01-01"))
        .statusCode(201);
    List<String> versions =
        List.of(
            "{}",
            "{\"validFrom\": \"2025-13-01\"}",
            "{\"validFrom\": \"2025-07-01\", \"parentCode\": \"" + "x".repeat(300) + "\"}",
            "{\"validFrom\": \"2025-07-01\", \"name\": \"\"}",
            "{\"validFrom\": \"2025-07-01\", \"validTo\": \"2025-06-01\"}",
            "{\"validFrom\": [1]}",
            "[]",
            "{\"validFrom\": \"2025-07-01\", \"head\": {\"email\": \"không-phải-email\"}}",
            "{\"validFrom\": \"2025-07-01\",");
    for (String body : versions) {
      refused(post("/api/v1/units/" + unit + "/versions", body));
    }
    refused(post("/api/v1/units/KHONG-CO/versions", "{\"validFrom\": \"2025-07-01\"}"));
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      codes.add("\"C" + i + "\"");
    }
    List<String> mergers =
        List.of(
            "{}",
            "{\"successorCode\": \""
                + unit
                + "\", \"predecessorCodes\": [], \"effectiveOn\":"
                + " \"2025-07-01\", \"reason\": \"x\"}",
            "{\"successorCode\": \""
                + unit
                + "\", \"predecessorCodes\": [null], \"effectiveOn\":"
                + " \"2025-07-01\", \"reason\": \"x\"}",
            "{\"successorCode\": \""
                + unit
                + "\", \"predecessorCodes\": ["
                + String.join(",", codes)
                + "], \"effectiveOn\": \"2025-07-01\", \"reason\": \"x\"}",
            "{\"successorCode\": \""
                + unit
                + "\", \"predecessorCodes\": [\""
                + unit
                + "\"], \"effectiveOn\": \"2025-07-01\", \"reason\": \" \"}",
            "{\"successorCode\": \""
                + unit
                + "\", \"predecessorCodes\": [\""
                + unit
                + "\"], \"effectiveOn\": \"2025-07-01\", \"reason\": \"tự sáp nhập\"}",
            "{\"successorCode\": \"../../etc\", \"predecessorCodes\": [\"A\"], \"effectiveOn\":"
                + " \"2025-07-01\", \"reason\": \"x\"}");
    for (String body : mergers) {
      refused(post("/api/v1/units/mergers", body));
    }
    for (String subject : List.of("có khoảng trắng ", "x".repeat(300))) {
      refused(
          Api.given()
              .contentType(ContentType.JSON)
              .body(Map.of("name", "Ai Đó"))
              .put("/api/v1/units/" + unit + "/staff/" + subject)
              .then());
    }
    refused(
        Api.given()
            .contentType(ContentType.JSON)
            .body("{\"name\": \"Ai\", \"active\": \"có\"}")
            .put("/api/v1/units/" + unit + "/staff/ai-do")
            .then());
    // Nothing of that was written.
    Api.get("/api/v1/units/" + unit + "/versions")
        .statusCode(200)
        .body("size()", org.hamcrest.Matchers.is(1));
    Api.get("/api/v1/units/" + unit + "/staff")
        .statusCode(200)
        .body("size()", org.hamcrest.Matchers.is(0));
  }

  @Test
  void badParametersOfReadsAndPagesAreProblems() {
    for (String query :
        List.of(
            "/api/v1/reports/monthly?period=2025-03&hierarchy=%00",
            "/api/v1/reports/monthly?period=2025-03&format=pdf%0d%0a",
            "/api/v1/sla/on-time-rates?from=2025-01-01&to=2025-02-01&hierarchy=" + "a".repeat(5000),
            "/api/v1/sla/attribution?from=2025-01-01&to=2025-02-01&groupBy=officers",
            "/bao-cao/bieu-06?period=abc&format=pdf",
            "/bao-cao/bieu-06?period=2025-03&format=exe",
            "/bao-cao/bieu-06?period=2025-03&unit=" + "U".repeat(2000),
            "/ho-so/" + "X".repeat(3000),
            "/ho-so/%2e%2e%2f%2e%2e",
            "/ho-so/KHONG-CO")) {
      refused(Api.given().get(query).then());
    }
    refused(
        Api.anonymous()
            .contentType(ContentType.URLENC)
            .formParam("login", "x".repeat(10_000))
            .post("/dev/dang-nhap")
            .then());
    refused(Api.anonymous().contentType(ContentType.JSON).body("{}").post("/dev/dang-nhap").then());
  }
}
