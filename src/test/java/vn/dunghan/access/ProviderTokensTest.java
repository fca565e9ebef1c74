package vn.dunghan.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.KeycloakResource;
import vn.dunghan.support.ProviderProfile;
import vn.dunghan.support.Tokens;

/**
 * Tokens from the province's identity provider, a real Keycloak with the realm of {@code
 * deploy/keycloak}: its realm roles arrive as {@code groups} and the user's {@code unit} attribute
 * as {@code unit}, and the service scopes each caller by them as it does its own test tokens.
 */
@QuarkusTest
@TestProfile(ProviderProfile.class)
class ProviderTokensTest {

  @BeforeEach
  void provider() {
    Assumptions.assumeTrue(
        KeycloakResource.missing == null, "no identity provider: " + KeycloakResource.missing);
  }

  private static String access(String user) {
    return KeycloakResource.accessToken(user);
  }

  @Test
  void aDistrictHeadReadsThatDistrictOnly() {
    String head = access("truong-huyen-ha-long");
    JsonPath own =
        Api.as(head)
            .get("/api/v1/reports/monthly?period=2025-03")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(own.getString("unit.code")).isEqualTo("22.193");
    assertThat(own.getString("unit.name")).isEqualTo("Thành phố Hạ Long");
    Api.as(head)
        .get("/api/v1/reports/monthly?period=2025-03&unit=22.193.01")
        .then()
        .statusCode(200);
    Api.as(head)
        .get("/api/v1/reports/monthly?period=2025-03&unit=22.194")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    // The dashboard is the head's district, named.
    String page =
        Api.as(head).accept("text/html").get("/").then().statusCode(200).extract().asString();
    assertThat(page).contains("<b data-figure=\"scope\">Thành phố Hạ Long</b>");
  }

  @Test
  void theProvidersRolesDecideWhatEachCallerMayDo() {
    Api.as(access("lanh-dao-tinh")).get("/api/v1/units/22").then().statusCode(200);
    Api.as(access("thanh-tra-tinh"))
        .get("/api/v1/reports/monthly?period=2025-03&unit=22.194")
        .then()
        .statusCode(200);
    // A desk clerk has no dashboard, and may not change reference data.
    String clerk = access("mot-cua-phuong-ha-long");
    Api.as(clerk).accept("text/html").get("/").then().statusCode(403);
    Api.as(clerk)
        .contentType("application/json")
        .body(Api.body("name", "Người Lạ"))
        .put("/api/v1/units/22.C01/staff/nguoi-la")
        .then()
        .statusCode(403);
  }

  @Test
  void tokensTheProviderDidNotIssueAreRefused() {
    // Signed with the development key: valid anywhere else in the tests, not here.
    Api.as(Tokens.of("lanh-dao-tinh", "22", "province"))
        .get("/api/v1/units/22")
        .then()
        .statusCode(401);
    Api.anonymous().get("/api/v1/units/22").then().statusCode(401);
  }
}
