package vn.dunghan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.shared.Roles;
import vn.dunghan.support.Api;
import vn.dunghan.support.TestProvince;
import vn.dunghan.support.Tokens;

/**
 * Unit codes may hold {@code _}, which SQL's LIKE reads as "any one character". Province {@code
 * A_n} and province {@code AXn} are unrelated, but the pattern {@code '/A_n/%'} matches both
 * subtrees: a filter on the unit path built without escaping handed A_n's head the rates, overdue
 * lists (with dossier codes), attribution, report and dashboard figures of AXn. Here every read of
 * figures and lists, by every role that has one, for the own province, the own district and
 * requested codes made of {@code _}, {@code %} and {@code \}, must show nothing of the lookalike
 * province, and the own counts must be exact.
 */
@QuarkusTest
class LookalikeCodesTest {

  private static String own;
  private static String ownDistrict;
  private static String lookalike;
  private static String lookalikeDistrict;

  /** What no answer to an A_n caller may contain. */
  private static List<String> foreignMarks() {
    return List.of(lookalike, "Nhìn Giống");
  }

  @BeforeEach
  void createOnce() {
    if (own != null) {
      return;
    }
    String n = Api.unique("");
    String a = "A_" + n;
    String x = "AX" + n;
    TestProvince ownProvince = TestProvince.create(a, "Tỉnh Gạch Dưới");
    TestProvince.unit(a + ".D", "Huyện Gạch Dưới", "DISTRICT", a);
    TestProvince.create(x, "Tỉnh Nhìn Giống");
    TestProvince.unit(x + ".D", "Huyện Nhìn Giống", "DISTRICT", x);
    for (String district : List.of(a + ".D", x + ".D")) {
      // one resolved on time, one left open long past its due date
      String resolved = district + "-XONG";
      post("/api/v1/dossiers", ownProvince.intake(resolved, district, "Vũ Thị Lan", "022199004455"))
          .statusCode(201);
      post(
              "/api/v1/dossiers/" + resolved + "/events",
              body("type", "RESOLVED", "at", "2025-03-04T10:00:00+07:00", "outcome", "APPROVED"))
          .statusCode(201);
      post(
              "/api/v1/dossiers",
              ownProvince.intake(district + "-TRE", district, "Vũ Thị Lan", "022199004455"))
          .statusCode(201);
    }
    ownDistrict = a + ".D";
    lookalike = x;
    lookalikeDistrict = x + ".D";
    own = a;
  }

  /** The reads of figures and lists, for a {@code unit} parameter (empty: none). */
  private static List<String> reads(String unit) {
    String u = unit.isEmpty() ? "" : "unit=" + unit;
    String and = unit.isEmpty() ? "" : "&" + u;
    return List.of(
        "/api/v1/sla/on-time-rates?from=2025-01-01&to=2025-12-31&groupBy=unit" + and,
        "/api/v1/sla/on-time-rates?from=2025-01-01&to=2025-12-31" + and,
        "/api/v1/sla/attribution?from=2025-01-01&to=2025-12-31&groupBy=unit" + and,
        "/api/v1/sla/overdue?size=200" + and,
        "/api/v1/sla/due-soon?size=200" + and,
        "/api/v1/dossiers?size=200" + and,
        "/api/v1/reports/monthly?period=2025-03" + and,
        "/api/v1/reports/monthly?period=2025-03&format=csv" + and,
        "/?period=2025-03" + and);
  }

  /** The unit parameters tried by each caller: none, its own, and wildcard-shaped codes. */
  private List<String> unitParameters(String callerUnit) {
    return List.of(
        "",
        callerUnit,
        callerUnit.replace("_", "%5F"),
        "A_%25",
        "A%25",
        "%25",
        "_",
        "%5C",
        "A%5C_" + own.substring(2),
        own.replace("_", "%25"),
        own.replace("_", "%5C_"));
  }

  @Test
  void noReadOfAnUnderscoreProvinceShowsItsLookalike() {
    record Caller(String name, String token, String unit) {}
    List<Caller> callers =
        List.of(
            new Caller("province head", Tokens.of("chu-tich", own, Roles.HEAD), own),
            new Caller(
                "district head", Tokens.of("truong-huyen", ownDistrict, Roles.HEAD), ownDistrict),
            new Caller(
                "district clerk", Tokens.of("mot-cua", ownDistrict, Roles.CLERK), ownDistrict),
            new Caller(
                "district officer",
                Tokens.of("chuyen-vien", ownDistrict, Roles.OFFICER),
                ownDistrict),
            new Caller("auditor", Tokens.of("thanh-tra", null, Roles.AUDITOR), own),
            new Caller("province office", Tokens.of("van-phong", null, Roles.PROVINCE), own));
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Caller caller : callers) {
      for (String unit : unitParameters(caller.unit())) {
        if (unit.isEmpty() && caller.unit().equals(own) && caller.name().startsWith("a")) {
          continue; // an auditor without a unit filter reads the whole service, lookalike included
        }
        if (unit.isEmpty() && caller.name().equals("province office")) {
          continue;
        }
        for (String path : reads(unit)) {
          cells++;
          Response response =
              Api.as(caller.token())
                  .config(
                      RestAssuredConfig.config()
                          .redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                  .urlEncodingEnabled(false)
                  .get(path);
          int status = response.statusCode();
          String text = response.asString();
          String cell = caller.name() + " " + path;
          if (status >= 500) {
            wrong.add(cell + ": " + status);
          } else if (status >= 400
              && !path.startsWith("/?")
              && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            wrong.add(cell + ": " + status + " without a problem body");
          }
          for (String mark : foreignMarks()) {
            if (text.contains(mark)) {
              wrong.add(cell + ": shows '" + mark + "' of the lookalike province");
            }
          }
        }
      }
    }
    assertThat(cells).isGreaterThan(500);
    org.jboss.logging.Logger.getLogger(LookalikeCodesTest.class)
        .infof("lookalike codes: %d reads checked", cells);
    assertThat(wrong).as("reads that leak or fail (of %d)", cells).isEmpty();
  }

  @Test
  void theOwnFiguresCountOnlyTheOwnDossiers() {
    String head = Tokens.of("chu-tich", own, Roles.HEAD);
    Api.as(head)
        .get("/api/v1/sla/on-time-rates?from=2025-01-01&to=2025-12-31")
        .then()
        .statusCode(200)
        .body("total.resolved", org.hamcrest.Matchers.is(1));
    Api.as(head)
        .get("/api/v1/sla/overdue?size=200")
        .then()
        .statusCode(200)
        .body("items.code", org.hamcrest.Matchers.contains(ownDistrict + "-TRE"));
    Api.as(Tokens.of("thanh-tra", null, Roles.AUDITOR))
        .get("/api/v1/sla/overdue?size=200&unit=" + own)
        .then()
        .statusCode(200)
        .body("items.code", org.hamcrest.Matchers.contains(ownDistrict + "-TRE"));
    // and the lookalike's own head sees its own, not A_n's
    Api.as(Tokens.of("chu-tich-x", lookalike, Roles.HEAD))
        .get("/api/v1/sla/overdue?size=200")
        .then()
        .statusCode(200)
        .body("items.code", org.hamcrest.Matchers.contains(lookalikeDistrict + "-TRE"));
  }
}
