package vn.dunghan.shared;

import static org.hamcrest.Matchers.equalTo;
import static vn.dunghan.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

  @Test
  void readyWhenDatabaseAndMigrationsAreUp() {
    given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }
}
