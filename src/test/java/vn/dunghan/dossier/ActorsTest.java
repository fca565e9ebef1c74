package vn.dunghan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.Tokens;

/**
 * Who did it comes from the token: the clerk who received a dossier and the one who recorded an
 * event are on record with their subject, roles and unit, and a body cannot say otherwise.
 */
@QuarkusTest
class ActorsTest {

  @BeforeEach
  void referenceData() {
    Fixtures.ensure();
  }

  @Test
  void theReceiptAndEachEventCarryTheCallerFromTheToken() {
    String clerk = Tokens.of("can-bo-mot-cua", Fixtures.COMMUNE, "clerk");
    String officer = Tokens.of("chuyen-vien-dia-chinh", Fixtures.COMMUNE, "officer");
    String code = Fixtures.code();
    Api.as(clerk)
        .contentType(ContentType.JSON)
        .body(Fixtures.dossier(code, Fixtures.COMMUNE, "2025-09-03T09:00:00+07:00"))
        .post("/api/v1/dossiers")
        .then()
        .statusCode(201);
    Map<String, Object> event =
        body("type", "RESOLVED", "at", "2025-09-05T10:00:00+07:00", "outcome", "APPROVED");
    // A body that tries to say who did it is refused, and nothing is recorded.
    Map<String, Object> posing = new java.util.LinkedHashMap<>(event);
    posing.put("actor", "chu-tich-tinh");
    int refused =
        Api.as(officer)
            .contentType(ContentType.JSON)
            .body(posing)
            .post("/api/v1/dossiers/" + code + "/events")
            .then()
            .extract()
            .statusCode();
    assertThat(refused).isBetween(400, 422);
    Api.as(officer)
        .contentType(ContentType.JSON)
        .body(event)
        .post("/api/v1/dossiers/" + code + "/events")
        .then()
        .statusCode(201);
    JsonPath d = get("/api/v1/dossiers/" + code).statusCode(200).extract().jsonPath();
    assertThat(d.getString("receivedBy.subject")).isEqualTo("can-bo-mot-cua");
    assertThat(d.getString("receivedBy.roles")).isEqualTo("clerk");
    assertThat(d.getString("receivedBy.unit")).isEqualTo(Fixtures.COMMUNE);
    assertThat(d.getList("events")).hasSize(1);
    assertThat(d.getString("events[0].actor")).isEqualTo("chuyen-vien-dia-chinh");
    assertThat(d.getString("events[0].actorRoles")).isEqualTo("officer");
    assertThat(d.getString("events[0].actorUnit")).isEqualTo(Fixtures.COMMUNE);
  }

  @Test
  void thePortalsRecordsCarryThePortalsAccount() {
    String code = Fixtures.code();
    Map<String, Object> item =
        Api.with(Fixtures.dossier(code, Fixtures.COMMUNE, "2025-09-03T09:00:00+07:00"));
    item.put(
        "events",
        java.util.List.of(
            body("type", "RESOLVED", "at", "2025-09-05T10:00:00+07:00", "outcome", "APPROVED")));
    Api.as(Tokens.of("cong-dvcqg", null, "portal"))
        .contentType(ContentType.JSON)
        .body(java.util.List.of(item))
        .post("/api/v1/sync/dossiers")
        .then()
        .statusCode(200);
    JsonPath d = get("/api/v1/dossiers/" + code).statusCode(200).extract().jsonPath();
    assertThat(d.getString("receivedBy.subject")).isEqualTo("cong-dvcqg");
    assertThat(d.getString("events[0].actor")).isEqualTo("cong-dvcqg");
    assertThat(d.getString("events[0].actorRoles")).isEqualTo("portal");
  }
}
