package vn.dunghan.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi/openapi.yaml} is the published contract: this test fails when the running service
 * describes itself differently. After an intended change of contract, accept it with {@code ./mvnw
 * verify -Dopenapi.update=true} and say why in CHANGELOG.md.
 */
@QuarkusTest
class OpenApiContractTest {

  private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

  @Test
  void runningServiceMatchesThePublishedContract() throws IOException {
    String served =
        given()
            .accept("application/yaml")
            .get("/q/openapi?format=yaml")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
    }
    Path actual = Path.of("target", "openapi-served.yaml");
    Files.writeString(actual, served, StandardCharsets.UTF_8);
    assertThat(Files.exists(CONTRACT))
        .as("openapi/openapi.yaml is missing; run ./mvnw verify -Dopenapi.update=true")
        .isTrue();
    assertThat(normalise(served))
        .as(
            "the service differs from openapi/openapi.yaml (served copy: %s); if intended, run"
                + " ./mvnw verify -Dopenapi.update=true",
            actual)
        .isEqualTo(normalise(Files.readString(CONTRACT, StandardCharsets.UTF_8)));
  }

  private static String normalise(String yaml) {
    return yaml.replace("\r\n", "\n").strip();
  }
}
