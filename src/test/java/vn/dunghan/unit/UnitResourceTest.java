package vn.dunghan.unit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.given;
import static vn.dunghan.support.Api.post;
import static vn.dunghan.support.Api.put;
import static vn.dunghan.support.Api.unique;
import static vn.dunghan.support.Api.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String VALIDATION = "https://dunghan.vn/problems/validation";

  @Test
  void createsAProvinceAndReadsItBackWithDiacritics() {
    String code = unique("P");
    post("/api/v1/units", Units.province(code))
        .statusCode(201)
        .header("Location", endsWith("/api/v1/units/" + code))
        .body("code", equalTo(code))
        .body("name", equalTo("Tỉnh Thử nghiệm " + code))
        .body("level", equalTo("PROVINCE"))
        .body("parentCode", nullValue())
        .body("head.email", equalTo("chutich@" + code.toLowerCase() + ".test"))
        .body("version", equalTo(0));
    get("/api/v1/units/" + code)
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("kind", equalTo("PROVINCE"))
        .body("head.name", equalTo("Nguyễn Văn Tỉnh"));
  }

  @Test
  void departmentUnderADistrictTakesTheDistrictLevel() {
    String province = Units.created(Units.province(unique("P")));
    String district = Units.created(Units.district(unique("D"), province));
    Map<String, Object> office =
        with(Units.district(unique("PH"), district), "kind", "DEPARTMENT", "name", "Phòng Tư pháp");
    post("/api/v1/units", office).statusCode(201).body("level", equalTo("DISTRICT"));
  }

  @Test
  void districtCannotBeValidOnOrAfterTheReorganisation() {
    String province = Units.created(Units.province(unique("P")));
    post("/api/v1/units", with(Units.district(unique("D"), province), "validTo", "2025-07-01"))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo(VALIDATION))
        .body("status", equalTo(422))
        .body("errors.field", hasItem("validTo"))
        .body("errors.message", hasItem("a district-level unit must end by 2025-06-30"));
    post("/api/v1/units", with(Units.district(unique("D"), province), "validTo", null))
        .statusCode(422)
        .body("errors.field", hasItem("validTo"));
  }

  @Test
  void unknownParentIsNamed() {
    post("/api/v1/units", Units.district(unique("D"), "NO-SUCH-UNIT"))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("parentCode"))
        .body("errors[0].message", equalTo("no unit with code 'NO-SUCH-UNIT'"));
  }

  @Test
  void aUnitCannotBecomeItsOwnAncestor() {
    String province = Units.created(Units.province(unique("P")));
    String district = Units.created(Units.district(unique("D"), province));
    put("/api/v1/units/" + province, with(Units.province(province), "parentCode", district))
        .statusCode(422)
        .body("errors[0].field", equalTo("parentCode"))
        .body("errors[0].message", containsString("cycle"));
    put(
            "/api/v1/units/" + district,
            with(Units.district(district, province), "parentCode", district))
        .statusCode(422)
        .body("errors[0].field", equalTo("parentCode"))
        .body("errors[0].message", containsString("cycle"));
  }

  @Test
  void validityMustLieWithinTheParents() {
    String province = Units.created(Units.province(unique("P")));
    String district = Units.created(Units.district(unique("D"), province));
    post("/api/v1/units", Units.commune(unique("X"), district, "2003-01-01", "2025-06-30"))
        .statusCode(422)
        .body("errors[0].field", equalTo("validFrom"))
        .body("errors[0].message", containsString("parent " + district));
    post("/api/v1/units", Units.commune(unique("X"), district, "2010-01-01", null))
        .statusCode(422)
        .body("errors[0].field", equalTo("validTo"));
  }

  @Test
  void shorteningAParentMayNotStrandItsChildren() {
    String province = Units.created(Units.province(unique("P")));
    String commune = Units.created(Units.commune(unique("X"), province, "2025-07-01", null));
    put("/api/v1/units/" + province, with(Units.province(province), "validTo", "2025-12-31"))
        .statusCode(422)
        .body("errors[0].field", equalTo("validTo"))
        .body("errors[0].message", containsString("child " + commune));
  }

  @Test
  void successorMustExistTheDayAfterTheUnitEnds() {
    String province = Units.created(Units.province(unique("P")));
    String district = Units.created(Units.district(unique("D"), province));
    String late = Units.created(Units.commune(unique("N"), province, "2025-08-01", null));
    post(
            "/api/v1/units",
            with(
                Units.commune(unique("O"), district, "2004-01-01", "2025-06-30"),
                "successorCode",
                late))
        .statusCode(422)
        .body("errors[0].field", equalTo("successorCode"))
        .body("errors[0].message", containsString("not valid on 2025-07-01"));
    String merged = Units.created(Units.commune(unique("N"), province, "2025-07-01", null));
    String old =
        Units.created(
            with(
                Units.commune(unique("O"), district, "2004-01-01", "2025-06-30"),
                "successorCode",
                merged));
    get("/api/v1/units/" + old).statusCode(200).body("successorCode", equalTo(merged));
  }

  @Test
  void aStaleIfMatchIsRefused() {
    String code = Units.created(Units.province(unique("P")));
    Map<String, Object> renamed = with(Units.province(code), "name", "Tỉnh Đổi tên");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(renamed)
        .put("/api/v1/units/" + code)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("name", equalTo("Tỉnh Đổi tên"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(renamed)
        .put("/api/v1/units/" + code)
        .then()
        .statusCode(412)
        .contentType(PROBLEM)
        .body("type", equalTo("https://dunghan.vn/problems/precondition-failed"));
  }

  @Test
  void movingAUnitMovesEverythingBelowIt() {
    String first = Units.created(Units.province(unique("P")));
    String second = Units.created(Units.province(unique("P")));
    String district = Units.created(Units.district(unique("D"), first));
    String commune =
        Units.created(Units.commune(unique("X"), district, "2010-01-01", "2025-06-30"));
    put("/api/v1/units/" + district, Units.district(district, second))
        .statusCode(200)
        .body("parentCode", equalTo(second));
    get("/api/v1/units?parent=" + district)
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].code", equalTo(commune));
  }

  @Test
  void listsWithPagingFiltersAndTotal() {
    String province = Units.created(Units.province(unique("P")));
    for (int i = 0; i < 3; i++) {
      Units.created(Units.district(unique("D"), province));
    }
    get("/api/v1/units?parent=" + province + "&size=2&page=0")
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items", hasSize(2))
        .body("page", equalTo(0))
        .body("size", equalTo(2));
    get("/api/v1/units?parent=" + province + "&size=2&page=1").body("items", hasSize(1));
    get("/api/v1/units?parent=" + province + "&on=2025-07-01").body("total", equalTo(0));
  }

  @Test
  void duplicateCodeIsAConflict() {
    Map<String, Object> body = Units.province(unique("P"));
    post("/api/v1/units", body).statusCode(201);
    post("/api/v1/units", body)
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("https://dunghan.vn/problems/conflict"));
  }

  @Test
  void unknownUnitIsNotFound() {
    get("/api/v1/units/NOPE")
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("https://dunghan.vn/problems/not-found"))
        .body("detail", equalTo("unit 'NOPE' not found"))
        .body("instance", equalTo("/api/v1/units/NOPE"));
  }

  @Test
  void missingFieldsAreListedTogether() {
    post("/api/v1/units", Map.of("code", "bad code!"))
        .statusCode(422)
        .body("errors.field", hasItem("code"))
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("kind"))
        .body("errors.field", hasItem("validFrom"));
  }
}
