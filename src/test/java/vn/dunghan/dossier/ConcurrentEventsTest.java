package vn.dunghan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.given;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Events sent at the same moment to one dossier are all kept: none overwrites another. */
@QuarkusTest
class ConcurrentEventsTest {

  @Test
  void tenConcurrentTransfersAreAllRecorded() throws Exception {
    Fixtures.ensure();
    String code = Fixtures.code();
    post("/api/v1/dossiers", Fixtures.dossier(code, Fixtures.COMMUNE, "2025-09-03T09:00:00+07:00"))
        .statusCode(201);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String at = String.format("2025-09-%02dT10:00:00+07:00", 4 + i);
      String unit = i % 2 == 0 ? Fixtures.DEPARTMENT : Fixtures.COMMUNE;
      calls.add(
          () ->
              given()
                  .contentType(ContentType.JSON)
                  .body(
                      body(
                          "type",
                          "TRANSFERRED",
                          "at",
                          at,
                          "toUnitCode",
                          unit,
                          "allotment",
                          1,
                          "reason",
                          null))
                  .post("/api/v1/dossiers/" + code + "/events")
                  .statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : pool.invokeAll(calls)) {
      statuses.add(f.get());
    }
    pool.shutdown();
    assertThat(statuses).containsOnly(201);
    // Replayed in time order whatever the order of arrival: the last transfer (13/09) went to the
    // commune.
    get("/api/v1/dossiers/" + code)
        .statusCode(200)
        .body("events", hasSize(10))
        .body("steps", hasSize(11))
        .body("holdingUnitCode", equalTo(Fixtures.COMMUNE))
        .body("version", equalTo(10));
  }
}
