package vn.dunghan.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static vn.dunghan.support.Api.get;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.IsolatedDatabaseProfile;

/**
 * What {@code ./mvnw quarkus:dev} shows on an empty database: the demo province, loaded at start
 * through the API's own validation. This profile restarts the application on a fresh database.
 */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
class DemoDataTest {

  @Test
  void demoProvinceHasThirteenDistrictsBeforeTheReorganisation() {
    get("/api/v1/units/22")
        .statusCode(200)
        .body("name", equalTo("Tỉnh Quảng Ninh"))
        .body("demo", equalTo(true));
    get("/api/v1/units?kind=DISTRICT").statusCode(200).body("total", equalTo(13));
    get("/api/v1/units?kind=DISTRICT&on=2025-07-01").statusCode(200).body("total", equalTo(0));
    get("/api/v1/units?kind=COMMUNE&on=2025-07-01")
        .statusCode(200)
        .body("total", greaterThanOrEqualTo(12));
  }

  @Test
  void aSurvivingWardKeepsItsCodeUnderTheProvince() {
    // Phường Quảng Yên outlives Thị xã Quảng Yên and absorbs Phường Yên Giang on 2025-07-01.
    get("/api/v1/units/22.206.01")
        .statusCode(200)
        .body("parentCode", equalTo("22"))
        .body("validTo", org.hamcrest.Matchers.nullValue());
    get("/api/v1/units/22.206.01/versions")
        .statusCode(200)
        .body("parentCode", org.hamcrest.Matchers.contains("22.206", "22"))
        .body("validTo[0]", equalTo("2025-06-30"));
    get("/api/v1/units/22.206.02").statusCode(200).body("successorCode", equalTo("22.206.01"));
    get("/api/v1/units/22.C07").statusCode(404);
  }

  @Test
  void demoProceduresCoverTheFieldsOfTheIssue() {
    for (String field :
        new String[] {
          "dat-dai", "xay-dung", "tai-nguyen-moi-truong", "dau-tu", "ho-tich", "kinh-doanh"
        }) {
      get("/api/v1/procedures?field=" + field)
          .statusCode(200)
          .body("total", greaterThanOrEqualTo(1));
    }
    get("/api/v1/procedures/1.001806")
        .statusCode(200)
        .body("processingTime.amount", equalTo(10))
        .body("steps.size()", equalTo(7));
    get("/api/v1/procedures/2.000815").statusCode(200).body("sameDayCutoff", equalTo("15:00:00"));
  }
}
