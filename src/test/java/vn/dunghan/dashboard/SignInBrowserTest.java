package vn.dunghan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.KeycloakResource;
import vn.dunghan.support.ProviderProfile;

/**
 * Signing in with the province's identity provider, in a browser: a real Keycloak (the realm of
 * {@code deploy/keycloak}) and headless Chromium. A district head follows a dossier link, signs in
 * on Keycloak's own form, lands on that dossier's page, is refused another district's dossier, sees
 * the district's figures (compared with the API's answers to the head's own token), and signs out.
 * Screenshots of each step: {@code target/sign-in-*.png}.
 */
@QuarkusTest
@TestProfile(ProviderProfile.class)
class SignInBrowserTest {

  private static final String HEAD = "truong-huyen-ha-long";
  private static final String DISTRICT_COMMUNE = "22.193.01"; // Phường Hồng Hải, Thành phố Hạ Long
  private static final String OTHER_COMMUNE = "22.194.01"; // Phường Trần Phú, Thành phố Móng Cái

  @TestHTTPResource("/")
  URL root;

  @BeforeEach
  void provider() {
    Assumptions.assumeTrue(
        KeycloakResource.missing == null, "no identity provider: " + KeycloakResource.missing);
  }

  @Test
  void anAnonymousBrowserIsSentToTheProviderAndScriptsStillGet401() {
    // A browser opening a dossier link signs in first, and is to come back to the dossier.
    Response page =
        RestAssured.given().redirects().follow(false).accept("text/html").get("/ho-so/HS-1");
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.header("Location")).isEqualTo("/dang-nhap?tiep=%2Fho-so%2FHS-1");
    // The sign-in path starts the authorization-code flow at the realm, with PKCE.
    Response signIn = RestAssured.given().redirects().follow(false).get("/dang-nhap");
    assertThat(signIn.statusCode()).isEqualTo(302);
    assertThat(signIn.header("Location"))
        .startsWith(
            KeycloakResource.url
                + "/realms/"
                + KeycloakResource.REALM
                + "/protocol/openid-connect/auth")
        .contains("client_id=dung-han-web")
        .contains("response_type=code")
        .contains("code_challenge_method=S256");
    // Whatever is not a browser keeps the problem answer; the API never redirects.
    RestAssured.given().accept("*/*").get("/").then().statusCode(401);
    RestAssured.given()
        .accept("text/html,application/xhtml+xml,*/*;q=0.8")
        .redirects()
        .follow(false)
        .get("/api/v1/units/22")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void aDistrictHeadSignsInThroughTheProviderAndSeesThatDistrictOnly() throws Exception {
    vn.dunghan.support.Browser.orSkip();
    String province = KeycloakResource.accessToken("lanh-dao-tinh");
    String own = intake(province, DISTRICT_COMMUNE);
    String foreign = intake(province, OTHER_COMMUNE);
    // Resolved on time within March's window, so that the district has an on-time rate to show.
    Api.as(province)
        .contentType(ContentType.JSON)
        .body(
            Api.body("type", "RESOLVED", "at", "2025-03-05T15:00:00+07:00", "outcome", "APPROVED"))
        .post("/api/v1/dossiers/" + own + "/events")
        .then()
        .statusCode(201);

    String head = KeycloakResource.accessToken(HEAD);
    ExpectedFigures api = new ExpectedFigures(head);
    LocalDate from = LocalDate.of(2025, 2, 15);
    LocalDate to = LocalDate.of(2025, 3, 14);
    JsonPath byLevel = api.rates(from, to, "level");
    Map<String, Object> tables = new LinkedHashMap<>();
    tables.put("summary", api.summary(byLevel, "2025-03"));
    tables.put("by-level", ExpectedFigures.rateTable(byLevel));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("title", "Đúng Hạn — Bảng điều khiển");
    expected.put(
        "texts",
        Map.of(
            "scope",
            "Thành phố Hạ Long",
            "window",
            "Tháng 03/2025 (kỳ báo cáo 15/02/2025 – 14/03/2025)"));
    expected.put("tables", tables);
    // The head's dossier is in the district's figures (received and resolved in March's window).
    assertThat(byLevel.getLong("total.resolved")).isPositive();

    Map<String, Object> signIn = new LinkedHashMap<>();
    signIn.put("provider", KeycloakResource.url);
    signIn.put("user", HEAD);
    signIn.put("password", KeycloakResource.DEMO_PASSWORD);
    signIn.put("name", "Trần Thị Hạ");
    signIn.put("dossier", Map.of("path", "/ho-so/" + own, "status", "Đã giải quyết"));
    signIn.put("foreign", "/ho-so/" + foreign);

    Path expectedFile = Path.of("target", "sign-in-expected.json");
    Path screenshot = Path.of("target", "sign-in-3-bang-dieu-khien.png");
    Files.createDirectories(expectedFile.getParent());
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    json.writeValue(expectedFile.toFile(), expected);
    vn.dunghan.support.Browser.run(
        DashboardBrowserTest.SCRIPT,
        Path.of("target", "sign-in-browser.log"),
        Map.of("SIGN_IN", json.writeValueAsString(signIn)),
        root.toString() + "?period=2025-03",
        expectedFile.toString(),
        screenshot.toString());
    for (String step : List.of("1-dang-nhap", "2-ho-so", "3-bang-dieu-khien", "4-da-dang-xuat")) {
      Path file = Path.of("target", "sign-in-" + step + ".png");
      assertThat(file).as(step).exists();
      assertThat(Files.size(file)).as(step).isGreaterThan(10_000);
    }
  }

  /** A dossier received at {@code commune} on 3 March 2025, recorded by the province. */
  private static String intake(String token, String commune) {
    String code = Api.unique("DN-");
    Api.as(token)
        .contentType(ContentType.JSON)
        .body(
            Api.body(
                "code",
                code,
                "procedureCode",
                "9.900050",
                "handlingUnitCode",
                commune,
                "receivingUnitCode",
                commune,
                "channel",
                "DIRECT",
                "receivedAt",
                "2025-03-03T09:00:00+07:00",
                "applicant",
                Api.body("kind", "CITIZEN", "name", "Đỗ Thị Lan", "idNumber", "022190001234")))
        .post("/api/v1/dossiers")
        .then()
        .statusCode(201);
    return code;
  }
}
