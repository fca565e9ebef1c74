package vn.dunghan.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for RestAssured calls with JSON bodies built from maps. */
public final class Api {

  private Api() {}

  /** A request carrying the functional tests' token ({@link Tokens#operator()}). */
  public static RequestSpecification given() {
    return RestAssured.given().header("Authorization", "Bearer " + Tokens.operator());
  }

  /** A request with no token at all. */
  public static RequestSpecification anonymous() {
    return RestAssured.given();
  }

  /** A request carrying {@code token}. */
  public static RequestSpecification as(String token) {
    return RestAssured.given().header("Authorization", "Bearer " + token);
  }

  public static ValidatableResponse post(String path, Object body) {
    return given().contentType(ContentType.JSON).body(body).when().post(path).then();
  }

  public static ValidatableResponse put(String path, Object body) {
    return given().contentType(ContentType.JSON).body(body).when().put(path).then();
  }

  public static ValidatableResponse get(String path) {
    return given().accept(ContentType.JSON).when().get(path).then();
  }

  /** A mutable map, so tests can derive a variant of a valid body with {@code with}. */
  public static Map<String, Object> body(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  public static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    copy.putAll(body(keyValues));
    return copy;
  }

  /** A code unique to this test run, so tests sharing one database never collide. */
  public static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  }
}
