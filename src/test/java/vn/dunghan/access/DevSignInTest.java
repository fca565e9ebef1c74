package vn.dunghan.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.IsolatedDatabaseProfile;

/**
 * The development sign-in: without a provider, dev mode lists the demo province's people and signs
 * one in by the page cookie; a browser without a session is sent there, a script still gets 401.
 */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
class DevSignInTest {

  @Test
  void aBrowserWithoutASessionIsSentToSignIn() {
    RestAssured.given()
        .redirects()
        .follow(false)
        .accept("text/html,application/xhtml+xml")
        .get("/")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith("/dev/dang-nhap"));
    RestAssured.given().accept("*/*").get("/").then().statusCode(401);
    String page =
        RestAssured.given()
            .accept("text/html")
            .get("/dev/dang-nhap")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("Trần Thị Hạ")
        .contains("Thành phố Hạ Long")
        .contains("Phường Hạ Long");
  }

  @Test
  void aDistrictHeadSignsInAndSeesTheirDistrict() {
    Response signedIn =
        RestAssured.given()
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC)
            .formParam("login", "truong-huyen-ha-long")
            .post("/dev/dang-nhap");
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.header("Location")).endsWith("/");
    String setCookie = signedIn.header("Set-Cookie");
    assertThat(setCookie)
        .startsWith(CookieRule.COOKIE + "=")
        .contains("HttpOnly")
        .contains("SameSite=Lax");
    String token = signedIn.cookie(CookieRule.COOKIE);
    String dashboard =
        RestAssured.given()
            .cookie(CookieRule.COOKIE, token)
            .accept("text/html")
            .get("/")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(dashboard).contains("<b data-figure=\"scope\">Thành phố Hạ Long</b>");
    // The head reads the district's report, not the neighbour's.
    RestAssured.given()
        .cookie(CookieRule.COOKIE, token)
        .get("/bao-cao/bieu-06?period=2025-03&unit=22.193&format=csv")
        .then()
        .statusCode(200);
    RestAssured.given()
        .cookie(CookieRule.COOKIE, token)
        .get("/bao-cao/bieu-06?period=2025-03&unit=22.194&format=csv")
        .then()
        .statusCode(403);
    // Signing out clears the cookie.
    Response out = RestAssured.given().redirects().follow(false).get("/dev/dang-xuat");
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.header("Set-Cookie")).startsWith(CookieRule.COOKIE + "=;").contains("Max-Age=0");
  }

  @Test
  void onlyTheDemoPeopleCanSignIn() {
    RestAssured.given()
        .contentType(ContentType.URLENC)
        .formParam("login", "ai-do")
        .post("/dev/dang-nhap")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }
}
