package vn.dunghan.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.dunghan.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every failure is an RFC 9457 problem; bad input is never a 500 and never leaks internals. */
@QuarkusTest
class ProblemResponsesTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String MALFORMED = "https://dunghan.vn/problems/malformed-request";

  @Test
  void malformedJsonIsA400Problem() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"code\": \"22\", \"name\": ")
        .post("/api/v1/units")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo(MALFORMED))
        .body("title", equalTo("The request could not be read"))
        .body("detail", containsString("not valid JSON"))
        .body("instance", equalTo("/api/v1/units"));
  }

  @Test
  void unknownFieldIsNamed() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"code\": \"x1\", \"name\": \"Lĩnh vực\", \"colour\": \"red\"}")
        .post("/api/v1/fields")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", equalTo("unknown field 'colour'"))
        .body("errors[0].field", equalTo("colour"));
  }

  @Test
  void wrongTypeNamesFieldAndExpectedType() {
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"code\": \"P1\", \"name\": \"T\", \"kind\": \"KINGDOM\", \"validFrom\": \"2020-01-01\"}")
        .post("/api/v1/units")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("kind"))
        .body("errors[0].message", containsString("PROVINCE"));
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"code\": \"P1\", \"name\": \"T\", \"kind\": \"PROVINCE\", \"validFrom\": \"2020-02-30\"}")
        .post("/api/v1/units")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("validFrom"))
        .body("errors[0].message", containsString("date"));
  }

  @Test
  void bodyOfTheWrongShapeIsA400() {
    given()
        .contentType(ContentType.JSON)
        .body("[1, 2, 3]")
        .post("/api/v1/fields")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo(MALFORMED));
  }

  @Test
  void missingBodyIsA422() {
    given()
        .contentType(ContentType.JSON)
        .post("/api/v1/fields")
        .then()
        .statusCode(422)
        .contentType(PROBLEM);
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/units?size=0, size",
    "/api/v1/units?size=1000, size",
    "/api/v1/units?page=-1, page",
    "/api/v1/procedures?size=201, size"
  })
  void pagingOutOfRangeIsA422NamingTheParameter(String path, String field) {
    given()
        .get(path)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo(field));
  }

  @ParameterizedTest
  @CsvSource({"/api/v1/units?size=abc", "/api/v1/units?on=yesterday", "/api/v1/units?kind=KINGDOM"})
  void unparsableQueryParameterIsA400(String path) {
    given().get(path).then().statusCode(400).contentType(PROBLEM).body("type", equalTo(MALFORMED));
  }

  @Test
  void unknownPathIsA404Problem() {
    given()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("https://dunghan.vn/problems/not-found"));
  }

  @Test
  void wrongMethodIsA405Problem() {
    given()
        .delete("/api/v1/units")
        .then()
        .statusCode(405)
        .contentType(PROBLEM)
        .body("type", equalTo("https://dunghan.vn/problems/method-not-allowed"));
  }

  @Test
  void wrongContentTypeIsA415Problem() {
    given()
        .contentType(ContentType.TEXT)
        .body("code=1")
        .post("/api/v1/units")
        .then()
        .statusCode(415)
        .contentType(PROBLEM)
        .body("detail", not(containsString("Exception")));
  }
}
