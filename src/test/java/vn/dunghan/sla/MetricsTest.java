package vn.dunghan.sla;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.dunghan.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

  @Test
  void prometheusShowsTheDomainGauges() {
    given().post("/api/v1/admin/jobs/sla-scan/run").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("dunghan_dossiers_overdue{level=\"COMMUNE\"}"))
        .body(containsString("dunghan_dossiers_overdue{level=\"DISTRICT\"}"))
        .body(matchesPattern("(?s).*dunghan_sla_scan_last_success [1-9][0-9.E]+.*"));
  }
}
