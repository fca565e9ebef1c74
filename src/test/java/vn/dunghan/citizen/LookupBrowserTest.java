package vn.dunghan.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;

/**
 * The lookup page in headless Chromium on a phone-sized screen: the citizen types the code and the
 * check, reads the answer (compared with the public API's), and a wrong check reads "not found".
 * Screenshot: {@code target/tra-cuu.png}.
 */
@QuarkusTest
class LookupBrowserTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void aCitizenLooksTheirDossierUpOnAPhone() throws Exception {
    vn.dunghan.support.Browser.orSkip();
    HaiLang place = HaiLang.create("TR", "Tỉnh Trình Duyệt", null);
    String code = Api.unique("TR-");
    post("/api/v1/dossiers", place.intake(code, "2025-09-03T09:00:00+07:00", "0912345678", null))
        .statusCode(201);
    Map<String, Object> api =
        io.restassured.RestAssured.given()
            .queryParam("check", "5678")
            .get("/public/v1/dossiers/" + code)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    Map<String, String> expected =
        Map.of(
            "code",
            code,
            "status",
            (String) api.get("statusText"),
            "receivedOn",
            "03/09/2025",
            "appointmentDate",
            "08/09/2025",
            "currentUnit",
            (String) api.get("currentUnit"),
            "resultReady",
            "Chưa có kết quả");
    assertThat(api.get("appointmentDate")).isEqualTo("2025-09-08");
    Path expectedFile = Path.of("target", "tra-cuu-expected.json");
    Files.createDirectories(expectedFile.getParent());
    new ObjectMapper().writeValue(expectedFile.toFile(), expected);
    Path screenshot = Path.of("target", "tra-cuu.png");
    vn.dunghan.support.Browser.run(
        Path.of("src", "test", "js", "lookup.mjs"),
        Path.of("target", "tra-cuu-browser.log"),
        Map.of(),
        root.toString(),
        code,
        "5678",
        expectedFile.toString(),
        screenshot.toString());
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }
}
