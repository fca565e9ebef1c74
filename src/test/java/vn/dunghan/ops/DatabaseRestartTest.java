package vn.dunghan.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.PostgresTestResource;
import vn.dunghan.support.TestProvince;

/**
 * PostgreSQL restarts under the service: while it is down every request that needs it is a 503 with
 * {@code Retry-After} (a problem body, never a 500) and nothing is half-written; once it is back
 * the service answers again by itself, without a restart of its own.
 */
@QuarkusTest
class DatabaseRestartTest {

  @Inject AgroalDataSource pool;

  @Test
  void whileTheDatabaseIsDownRequestsAre503AndItRecoversAlone() throws Exception {
    Assumptions.assumeTrue(
        PostgresTestResource.restartable(), "the tests run on an external server");
    TestProvince province = TestProvince.create(Api.unique("KL"), "Tỉnh Khởi Lại");
    String code = Api.unique("KL-");
    Map<String, Object> intake = province.intake(code, province.code, "Đỗ Thị Lan", "022190001234");
    Api.get("/api/v1/units/" + province.code).statusCode(200);

    PostgresTestResource.stopServer();
    try {
      for (int i = 0; i < 3; i++) {
        Api.get("/api/v1/units/" + province.code)
            .statusCode(503)
            .contentType("application/problem+json")
            .header("Retry-After", "5")
            .body("type", equalTo("https://dunghan.vn/problems/database-unavailable"));
      }
      Api.post("/api/v1/dossiers", intake).statusCode(503).header("Retry-After", "5");
    } finally {
      PostgresTestResource.startServer();
    }

    // Back: the pool drops the connections the restart broke as it meets them (each such
    // request is one more 503), then answers.
    int unavailable = 0;
    Response answer = Api.get("/api/v1/units/" + province.code).extract().response();
    while (answer.statusCode() == 503 && unavailable < 100) {
      unavailable++;
      answer = Api.get("/api/v1/units/" + province.code).extract().response();
    }
    assertThat(answer.statusCode()).as("after %d more 503s", unavailable).isEqualTo(200);
    // The intake refused while the database was down wrote nothing.
    Api.get("/api/v1/dossiers/" + code).statusCode(404);
    Api.post("/api/v1/dossiers", intake).statusCode(201);
    // The other tests' requests must not meet a connection the restart broke.
    pool.flush(AgroalDataSource.FlushMode.ALL);
  }
}
