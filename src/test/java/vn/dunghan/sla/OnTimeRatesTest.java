package vn.dunghan.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 1,000 resolved dossiers per level, built through the public API, whose resolution dates give the
 * rates Quảng Ninh reported for 2021: province 99.7 %, district 97.9 %, commune 98.3 %.
 */
@QuarkusTest
class OnTimeRatesTest {

  private static SlaProvince q;

  /** Once per run; a @BeforeEach because RestAssured is pointed at the app only then. */
  @BeforeEach
  void province() {
    if (q != null) {
      return;
    }
    q = new SlaProvince(3, "9.980003");
    // Received Mon 01/03/2021; 3 working days run out on Thu 04/03.
    resolveThousand(q.department, "P", 3);
    resolveThousand(q.district, "D", 21);
    resolveThousand(q.commune, "X", 17);
  }

  /**
   * 1,000 dossiers at {@code unit}: {@code late} resolved on 05/03, the rest half early, half on
   * time.
   */
  private static void resolveThousand(String unit, String tag, int late) {
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String resolvedOn = i < late ? "2021-03-05" : i % 2 == 0 ? "2021-03-03" : "2021-03-04";
      batch.add(
          q.resolved(
              q.province + "-" + tag + "-" + i,
              unit,
              "2021-03-01T09:00:00+07:00",
              resolvedOn + "T10:00:00+07:00"));
    }
    given()
        .contentType(ContentType.JSON)
        .body(batch)
        .post("/api/v1/sync/dossiers")
        .then()
        .statusCode(200)
        .body("created", equalTo(1000));
  }

  private String rates(String groupBy) {
    return "/api/v1/sla/on-time-rates?from=2021-03-01&to=2021-03-31&unit="
        + q.province
        + "&groupBy="
        + groupBy;
  }

  @Test
  void ratesByLevelAreTheReportedOnes() {
    get(rates("level"))
        .statusCode(200)
        .body("rows.size()", equalTo(3))
        .body("rows.find { it.key == 'PROVINCE' }.onTimeRate", equalTo(0.997f))
        .body("rows.find { it.key == 'PROVINCE' }.numerator", equalTo(997))
        .body("rows.find { it.key == 'PROVINCE' }.denominator", equalTo(1000))
        .body("rows.find { it.key == 'DISTRICT' }.onTimeRate", equalTo(0.979f))
        .body("rows.find { it.key == 'DISTRICT' }.late", equalTo(21))
        .body("rows.find { it.key == 'COMMUNE' }.onTimeRate", equalTo(0.983f))
        // i = 0..16 late; of 17..999 the even ones early (491), the odd ones on time (492).
        .body("rows.find { it.key == 'COMMUNE' }.early", equalTo(491))
        .body("rows.find { it.key == 'COMMUNE' }.onTime", equalTo(492))
        .body("total.resolved", equalTo(3000))
        .body("total.numerator", equalTo(2959));
  }

  @Test
  void everyGroupingAddsUpToTheSameTotal() {
    for (String groupBy : new String[] {"level", "field", "unit", "procedure"}) {
      List<Integer> resolved = get(rates(groupBy)).statusCode(200).extract().path("rows.resolved");
      assertThat(resolved.stream().mapToInt(Integer::intValue).sum()).as(groupBy).isEqualTo(3000);
    }
    get(rates("unit"))
        .body("rows.find { it.key == '" + q.commune + "' }.name", equalTo("Xã Thanh Sơn"))
        .body("rows.find { it.key == '" + q.commune + "' }.resolved", equalTo(1000));
  }

  /**
   * Windows that cut months: whole months come from the monthly rollup, a month mostly inside from
   * the rollup minus the days outside, a month mostly outside from its days inside. Resolutions:
   * 1,478 early on 03/03, 1,481 on time on 04/03, 41 late on 05/03. The procedure grouping reads
   * only the daily counters and must agree.
   */
  @Test
  void windowsThatCutMonthsCountOnlyTheirDays() {
    Object[][] windows = {
      // from, to, resolved, late
      {"2021-03-04", "2021-04-30", 1522, 41}, // March minus 1-3/03
      {"2021-03-02", "2021-03-30", 3000, 41}, // March minus 01/03 and 31/03
      {"2021-03-04", "2021-03-04", 1481, 0}, // one day
      {"2021-02-15", "2021-03-03", 1478, 0}, // days of February and of March
      {"2021-01-31", "2021-03-05", 3000, 41}, // one day of January, February whole, days of March
      {"2021-03-06", "2021-05-31", 0, 0}, // March minus 1-5/03 leaves nothing
    };
    for (Object[] w : windows) {
      String query =
          "/api/v1/sla/on-time-rates?from=" + w[0] + "&to=" + w[1] + "&unit=" + q.province;
      String what = w[0] + ".." + w[1];
      Map<String, Integer> byLevel =
          get(query + "&groupBy=level").statusCode(200).extract().path("total");
      Map<String, Integer> byProcedure =
          get(query + "&groupBy=procedure").statusCode(200).extract().path("total");
      assertThat(byLevel.get("resolved")).as(what).isEqualTo(w[2]);
      assertThat(byLevel.get("late")).as(what).isEqualTo(w[3]);
      assertThat(byProcedure.get("resolved")).as(what).isEqualTo(w[2]);
    }
    get("/api/v1/sla/on-time-rates?from=2021-03-04&to=2021-04-30&groupBy=level&unit=" + q.province)
        .body("rows.find { it.key == 'PROVINCE' }.resolved", equalTo(502))
        .body("rows.find { it.key == 'DISTRICT' }.resolved", equalTo(511))
        .body("rows.find { it.key == 'COMMUNE' }.resolved", equalTo(509));
    get("/api/v1/sla/on-time-rates?from=2021-03-06&to=2021-05-31&groupBy=unit&unit=" + q.province)
        .body("rows", empty());
  }

  @Test
  void aUnitFilterIncludesTheUnitsBelowIt() {
    get("/api/v1/sla/on-time-rates?from=2021-03-01&to=2021-03-31&groupBy=level&unit=" + q.district)
        .statusCode(200)
        .body("total.resolved", equalTo(2000))
        .body("rows.key", equalTo(List.of("COMMUNE", "DISTRICT")));
    get("/api/v1/sla/on-time-rates?from=2021-03-05&to=2021-03-05&groupBy=level&unit=" + q.province)
        .body("total.resolved", equalTo(41))
        .body("total.late", equalTo(41))
        .body("total.onTimeRate", equalTo(0));
  }

  @Test
  void badQuestionsAreNamed() {
    get("/api/v1/sla/on-time-rates?from=2021-03-31&to=2021-03-01")
        .statusCode(422)
        .body("errors[0].field", equalTo("to"));
    get("/api/v1/sla/on-time-rates?from=2021-03-01&to=2021-03-31&groupBy=colour")
        .statusCode(422)
        .body("errors[0].field", equalTo("groupBy"));
    get("/api/v1/sla/on-time-rates?from=2021-03-01&to=2021-03-31&unit=NOWHERE")
        .statusCode(422)
        .body("errors[0].field", equalTo("unit"));
  }
}
