package vn.dunghan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.given;
import static vn.dunghan.support.Api.post;
import static vn.dunghan.support.Api.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DossierIntakeTest {

  private static final String PROBLEM = "application/problem+json";

  @BeforeEach
  void referenceData() {
    Fixtures.ensure();
  }

  @Test
  void sameContentAgainAnswersTheStoredDossier() {
    String code = Fixtures.code();
    Map<String, Object> body =
        Fixtures.dossier(code, Fixtures.COMMUNE, "2025-09-03T09:00:00+07:00");
    post("/api/v1/dossiers", body).statusCode(201).body("version", equalTo(0));
    post("/api/v1/dossiers", body).statusCode(200).body("code", equalTo(code));
  }

  @Test
  void differentContentUnderTheSameCodeNamesTheDifferences() {
    String code = Fixtures.code();
    Map<String, Object> body =
        Fixtures.dossier(code, Fixtures.COMMUNE, "2025-09-03T09:00:00+07:00");
    post("/api/v1/dossiers", body).statusCode(201);
    post(
            "/api/v1/dossiers",
            with(body, "channel", "ONLINE", "receivedAt", "2025-09-03T10:00:00+07:00"))
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("https://dunghan.vn/problems/idempotency-mismatch"))
        .body("differingFields", hasItems("channel", "receivedAt"))
        .body("differingFields", not(hasItem("procedureCode")));
  }

  @Test
  void tenConcurrentIdenticalRequestsCreateOneDossier() throws Exception {
    String code = Fixtures.code();
    Map<String, Object> body =
        Fixtures.dossier(code, Fixtures.COMMUNE, "2025-09-04T09:00:00+07:00");
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(
          () ->
              given()
                  .contentType(ContentType.JSON)
                  .body(body)
                  .post("/api/v1/dossiers")
                  .statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : pool.invokeAll(calls)) {
      statuses.add(f.get());
    }
    pool.shutdown();
    assertThat(statuses).containsOnly(200, 201);
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    get("/api/v1/dossiers?procedure="
            + Fixtures.PROCEDURE
            + "&receivedFrom=2025-09-04&receivedTo=2025-09-04")
        .statusCode(200)
        .body("items.findAll { it.code == '" + code + "' }.size()", equalTo(1));
  }

  @Test
  void aDistrictCannotReceiveAfterTheReorganisation() {
    post(
            "/api/v1/dossiers",
            Fixtures.dossier(Fixtures.code(), Fixtures.DISTRICT, "2025-07-01T09:00:00+07:00"))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors.field", hasItems("handlingUnitCode", "receivingUnitCode"))
        .body("errors[0].message", containsString("does not exist on 2025-07-01"));
  }

  @Test
  void unknownProcedureAndUnitAreNamed() {
    Map<String, Object> body =
        with(
            Fixtures.dossier(Fixtures.code(), "NO-UNIT", "2025-09-03T09:00:00+07:00"),
            "procedureCode",
            "9.999999");
    post("/api/v1/dossiers", body)
        .statusCode(422)
        .body("errors.field", hasItems("procedureCode", "handlingUnitCode", "receivingUnitCode"));
  }

  @Test
  void aProcedureNotPerformedAtTheUnitsLevelIsRefused() {
    String code = "9.990101";
    post(
        "/api/v1/procedures",
        body(
            "code",
            code,
            "name",
            "Cấp phép đầu tư",
            "fieldCode",
            Fixtures.FIELD,
            "levels",
            List.of("PROVINCE"),
            "processingTime",
            body("amount", 35, "unit", "WORKING_DAYS"),
            "onlineService",
            "PARTIAL"));
    post(
            "/api/v1/dossiers",
            with(
                Fixtures.dossier(Fixtures.code(), Fixtures.COMMUNE, "2025-09-03T09:00:00+07:00"),
                "procedureCode",
                code))
        .statusCode(422)
        .body("errors[0].field", equalTo("procedureCode"))
        .body("errors[0].message", containsString("not performed at COMMUNE level"));
  }

  @Test
  void personalDataIsMaskedAndDiacriticsSurvive() {
    String code = Fixtures.code();
    post("/api/v1/dossiers", Fixtures.dossier(code, Fixtures.COMMUNE, "2025-09-03T09:00:00+07:00"))
        .statusCode(201)
        .body("applicant.idNumber", equalTo("********1234"))
        .body("applicant.name", equalTo("N. V. Á."));
    String list =
        get("/api/v1/dossiers?unit=" + Fixtures.COMMUNE + "&size=200")
            .statusCode(200)
            .extract()
            .asString();
    assertThat(list).doesNotContain("022090001234").doesNotContain("Nguyễn Văn Ánh");
    String raw = get("/api/v1/dossiers/" + code).extract().asString();
    assertThat(raw).doesNotContain("022090001234");
  }

  @Test
  void sameDayProcedureAfterTheCutoffIsDueTheNextWorkingDay() {
    Map<String, Object> late =
        with(
            Fixtures.dossier(Fixtures.code(), Fixtures.COMMUNE, "2025-09-05T15:20:00+07:00"),
            "procedureCode",
            Fixtures.SAME_DAY);
    post("/api/v1/dossiers", late).statusCode(201).body("dueDate", equalTo("2025-09-08"));
    Map<String, Object> early =
        with(
            Fixtures.dossier(Fixtures.code(), Fixtures.COMMUNE, "2025-09-05T10:00:00+07:00"),
            "procedureCode",
            Fixtures.SAME_DAY);
    post("/api/v1/dossiers", early).statusCode(201).body("dueDate", equalTo("2025-09-05"));
  }

  @Test
  void listsFilterAndPage() {
    String code = Fixtures.code();
    post("/api/v1/dossiers", Fixtures.dossier(code, Fixtures.COMMUNE, "2025-10-01T09:00:00+07:00"))
        .statusCode(201);
    get("/api/v1/dossiers?receivedFrom=2025-10-01&receivedTo=2025-10-01&status=IN_PROGRESS&level=COMMUNE")
        .statusCode(200)
        .body("items.code", hasItem(code));
    get("/api/v1/dossiers?receivedFrom=2025-10-01&receivedTo=2025-10-01&slaState=OVERDUE")
        .statusCode(200)
        .body("items.code", hasItem(code))
        .body("items.find { it.code == '" + code + "' }.slaState", equalTo("OVERDUE"));
    get("/api/v1/dossiers?receivedFrom=2025-10-01&receivedTo=2025-10-01&slaState=ON_TRACK")
        .statusCode(200)
        .body("items.code", not(hasItem(code)));
  }
}
