package vn.dunghan.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.given;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;

@QuarkusTest
class OpsMetricsTest {

  @Test
  void openDossiersPerLevelCountAReceivedDossier() {
    String province = Api.unique("OP");
    String commune = province + ".X";
    String field = Api.unique("ops");
    String procedure = "9.950001." + Api.unique("");
    unit(province, "PROVINCE", null);
    unit(commune, "COMMUNE", province);
    post("/api/v1/fields", body("code", field, "name", "Hộ tịch")).statusCode(201);
    post(
            "/api/v1/procedures",
            body(
                "code",
                procedure,
                "name",
                "Đăng ký khai sinh",
                "fieldCode",
                field,
                "levels",
                List.of("COMMUNE"),
                "processingTime",
                body("amount", 3, "unit", "WORKING_DAYS"),
                "onlineService",
                "FULL"))
        .statusCode(201);

    double before = gauge("dunghan_dossiers_open", "COMMUNE");
    double provinceBefore = gauge("dunghan_dossiers_open", "PROVINCE");
    post(
            "/api/v1/dossiers",
            body(
                "code",
                Api.unique("G99.OPS-"),
                "procedureCode",
                procedure,
                "handlingUnitCode",
                commune,
                "receivingUnitCode",
                commune,
                "channel",
                "ONLINE",
                "receivedAt",
                "2026-03-02T09:00:00+07:00",
                "applicant",
                body("kind", "CITIZEN", "name", "Trần Thị Bình")))
        .statusCode(201);

    assertThat(gauge("dunghan_dossiers_open", "COMMUNE")).isEqualTo(before + 1);
    assertThat(gauge("dunghan_dossiers_open", "PROVINCE")).isEqualTo(provinceBefore);
  }

  @Test
  void poolAndHttpMetricsAreExposed() {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("agroal_active_count").contains("http_server_requests_seconds");
  }

  /** The value of a gauge with a {@code level} tag in the Prometheus text format. */
  private static double gauge(String name, String level) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m =
        Pattern.compile("(?m)^" + name + "\\{[^}]*level=\"" + level + "\"[^}]*\\} ([0-9.E+-]+)$")
            .matcher(metrics);
    assertThat(m.find()).as("%s{level=%s} in /q/metrics", name, level).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static void unit(String code, String kind, String parent) {
    post(
            "/api/v1/units",
            body(
                "code",
                code,
                "name",
                "Đơn vị " + code,
                "kind",
                kind,
                "parentCode",
                parent,
                "head",
                body("name", "Vũ Văn Lâm", "email", code.toLowerCase() + "@ops.test"),
                "validFrom",
                "2025-07-01"))
        .statusCode(201);
  }
}
