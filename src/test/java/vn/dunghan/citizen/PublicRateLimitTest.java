package vn.dunghan.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.MovableClock;

/** Without a token, each client address gets a few lookups a minute, then 429 and Retry-After. */
@QuarkusTest
@TestProfile(PublicRateLimitTest.FivePerMinute.class)
class PublicRateLimitTest {

  public static class FivePerMinute implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("dunghan.public.requests-per-minute", "5");
    }
  }

  @AfterEach
  void release() {
    MovableClock.release();
  }

  @Test
  void theSixthLookupInAMinuteWaitsAndTheBucketRefills() {
    MovableClock.pin("2026-03-02T09:00:00+07:00");
    for (int i = 0; i < 5; i++) {
      RestAssured.given()
          .queryParam("check", "1234")
          .get("/public/v1/dossiers/KHONG-CO-" + i)
          .then()
          .statusCode(404);
    }
    var refused =
        RestAssured.given().queryParam("check", "1234").get("/public/v1/dossiers/KHONG-CO-5");
    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("type", equalTo("https://dunghan.vn/problems/too-many-requests"))
        .body("status", equalTo(429));
    // One request every 12 seconds refills the bucket.
    assertThat(refused.header("Retry-After")).isEqualTo("12");
    // The page counts against the same bucket.
    RestAssured.given().get("/tra-cuu").then().statusCode(429).header("Retry-After", "12");
    MovableClock.pin("2026-03-02T09:00:12+07:00");
    RestAssured.given().get("/tra-cuu").then().statusCode(200);
    RestAssured.given().get("/tra-cuu").then().statusCode(429);
    // A minute later the whole bucket is back; the staff API is not limited by it.
    MovableClock.pin("2026-03-02T09:01:30+07:00");
    for (int i = 0; i < 5; i++) {
      RestAssured.given().get("/tra-cuu").then().statusCode(200);
    }
    RestAssured.given().get("/tra-cuu").then().statusCode(429);
    vn.dunghan.support.Api.get("/api/v1/units?size=1").statusCode(200);
  }
}
