package vn.dunghan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.MovableClock;

/**
 * The dashboard in a real browser: the demo province with a year of dossiers, the page loaded in
 * headless Chromium (Debian's, driven by playwright-core from {@code src/test/js}), every figure
 * shown compared with the one the API answers, and a screenshot saved to {@code
 * target/dashboard.png}. Without node, Chromium or {@code npm ci --prefix src/test/js} the test is
 * skipped with the reason, except in CI ({@code CI=true}, set by {@code .ci/run}), where it fails.
 */
@QuarkusTest
@TestProfile(DashboardBrowserTest.DemoProvince.class)
class DashboardBrowserTest {

  /** Its own application and database, with the demo province loaded at start. */
  public static class DemoProvince implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("dunghan.demo-data.enabled", "true");
    }
  }

  /** A Wednesday: the current regulatory month is 2026-06, from 15/05 to 14/06/2026. */
  static final String NOW = "2026-06-10T10:00:00+07:00";

  static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final Path SCRIPT = Path.of("src", "test", "js", "dashboard.mjs");
  private static boolean seeded;

  @TestHTTPResource("/")
  URL root;

  @BeforeEach
  void demoYear() {
    MovableClock.pin(NOW);
    if (seeded) {
      return;
    }
    List<Map<String, Object>> batch = DemoDossiers.batch(1200, TODAY);
    JsonPath answer =
        given()
            .contentType(ContentType.JSON)
            .body(batch)
            .post("/api/v1/sync/dossiers")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getInt("created")).as(answer.prettify()).isEqualTo(batch.size());
    seeded = true;
  }

  @AfterEach
  void releaseClock() {
    MovableClock.release();
  }

  @Test
  void theDecision766IndexOverTheDemoProvince() {
    JsonPath index =
        get("/api/v1/indicators/766?period=2026-05&groupBy=unit")
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> total = index.getList("total.indicators");
    Map<String, Object> onTime =
        total.stream().filter(v -> "2.1".equals(v.get("id"))).findFirst().orElseThrow();
    // A year of demo dossiers: May has dossiers ended or open, and the index judges them.
    assertThat(((Number) onTime.get("denominator")).longValue()).isPositive();
    assertThat(((Number) onTime.get("numerator")).longValue())
        .isLessThanOrEqualTo(((Number) onTime.get("denominator")).longValue());
    assertThat(index.getDouble("total.points")).isBetween(0.0, index.getDouble("total.maxPoints"));
    assertThat(index.getList("rows")).isNotEmpty();
    // The demo's recount: the same 2.1 for May straight from the verdicts the dossiers carry.
    JsonPath lost =
        get("/api/v1/indicators/766/2.1/dossiers?period=2026-05&size=1")
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(lost.getLong("total"))
        .isEqualTo(
            ((Number) onTime.get("denominator")).longValue()
                - ((Number) onTime.get("numerator")).longValue());
  }

  @Test
  void pageShowsTheApiFiguresInABrowser() throws Exception {
    vn.dunghan.support.Browser.orSkip();
    Path expected = Path.of("target", "dashboard-expected.json");
    Path screenshot = Path.of("target", "dashboard.png");
    Files.createDirectories(expected.getParent());
    Files.deleteIfExists(screenshot);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(expected.toFile(), expectedFigures());
    vn.dunghan.support.Browser.run(
        SCRIPT,
        Path.of("target", "dashboard-browser.log"),
        Map.of(),
        root.toString(),
        expected.toString(),
        screenshot.toString(),
        vn.dunghan.support.Tokens.of("lanh-dao-tinh", null, "province"));
    assertThat(Files.size(screenshot)).as("screenshot").isGreaterThan(20_000);
  }

  @Test
  void thePageNeedsALeadersToken() {
    vn.dunghan.support.Api.anonymous().get("/").then().statusCode(401);
    vn.dunghan.support.Api.as(vn.dunghan.support.Tokens.of("can-bo", "22.S03", "clerk"))
        .get("/")
        .then()
        .statusCode(403);
  }

  @Test
  void aBadQueryIsExplainedOnThePage() {
    given()
        .accept("text/html,application/xhtml+xml,*/*;q=0.8")
        .queryParam("period", "2026-13")
        .get("/")
        .then()
        .statusCode(422)
        .contentType(containsString("text/html"))
        .body(containsString("Kỳ báo cáo “2026-13” không hợp lệ"));
    // a client that is not a browser gets the refusal as a problem, like every endpoint's
    given()
        .accept("*/*")
        .queryParam("period", "2026-13")
        .get("/")
        .then()
        .statusCode(422)
        .contentType(containsString("application/problem+json"))
        .body("status", org.hamcrest.Matchers.is(422))
        .body("detail", containsString("Kỳ báo cáo “2026-13” không hợp lệ"));
    given()
        .queryParam("unit", "KHONG-CO")
        .get("/")
        .then()
        .statusCode(422)
        .body(containsString("Không có đơn vị mã “KHONG-CO”"));
    given()
        .queryParam("period", "2026-06")
        .queryParam("from", "2026-05-01")
        .get("/")
        .then()
        .statusCode(422)
        .body(containsString("không chọn cả hai"));
  }

  @Test
  void aHeadSeesTheirOwnUnitNamedAndBieu06ToDownload() {
    String page =
        vn.dunghan.support.Api.as(vn.dunghan.support.Tokens.of("chu-tich-xa", "22.C01", "head"))
            .accept("text/html")
            .get("/")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // The scope is the head's unit, never the province's label.
    assertThat(page).contains("<b data-figure=\"scope\">Phường Hạ Long</b>");
    assertThat(page).doesNotContain(">Toàn tỉnh<");
    // Biểu 06 of the current regulatory month (2026-06 on 10 June) and the one before, each file
    // linked for the head's unit.
    assertThat(page)
        .contains("/bao-cao/bieu-06?period=2026-06&amp;unit=22.C01&amp;format=xlsx")
        .contains("/bao-cao/bieu-06?period=2026-06&amp;unit=22.C01&amp;format=pdf")
        .contains("/bao-cao/bieu-06?period=2026-05&amp;unit=22.C01&amp;format=csv")
        .contains("Kỳ hiện tại, tháng 6 năm 2026");
    // The links answer with the files to the browser's cookie, as a page does, for the same head;
    // the cookie still opens no API path.
    String head = vn.dunghan.support.Tokens.of("chu-tich-xa", "22.C01", "head");
    for (String format : List.of("xlsx", "pdf", "csv")) {
      vn.dunghan.support.Api.anonymous()
          .cookie(vn.dunghan.access.CookieRule.COOKIE, head)
          .get("/bao-cao/bieu-06?period=2026-05&unit=22.C01&format=" + format)
          .then()
          .statusCode(200)
          .header("Content-Disposition", containsString("." + format));
    }
    vn.dunghan.support.Api.anonymous()
        .cookie(vn.dunghan.access.CookieRule.COOKIE, head)
        .get("/api/v1/reports/monthly?period=2026-05&unit=22.C01&format=pdf")
        .then()
        .statusCode(401);
    // Another commune's head cannot fetch this commune's form through the page path either.
    vn.dunghan.support.Api.anonymous()
        .cookie(
            vn.dunghan.access.CookieRule.COOKIE,
            vn.dunghan.support.Tokens.of("chu-tich-xa-khac", "22.C02", "head"))
        .get("/bao-cao/bieu-06?period=2026-05&unit=22.C01&format=pdf")
        .then()
        .statusCode(403);
  }

  @Test
  void eachOverdueDossierLinksToItsPage() {
    String page = given().accept("text/html").get("/").then().statusCode(200).extract().asString();
    int at = page.indexOf("<a class=\"code\" href=\"/ho-so/");
    assertThat(at).as("an overdue dossier linked to its page").isPositive();
    String code =
        page.substring(at).replaceFirst("(?s)^<a class=\"code\" href=\"/ho-so/([^\"]+)\".*", "$1");
    given()
        .accept("text/html")
        .get("/ho-so/" + code)
        .then()
        .statusCode(200)
        .body(containsString("<span data-figure=\"code\">" + code + "</span>"));
  }

  @Test
  void anyWindowAndUnitCanBeChosen() {
    given()
        .queryParam("from", "2026-01-01")
        .queryParam("to", "2026-03-31")
        .queryParam("unit", "22.S01")
        .get("/")
        .then()
        .statusCode(200)
        .body(containsString("Từ 01/01/2026 đến 31/03/2026"))
        .body(containsString("Sở Nông nghiệp và Môi trường"));
    get("/api/v1/sla/on-time-rates?from=2026-01-01&to=2026-03-31&unit=22.S01")
        .statusCode(200)
        .body("rows.key", equalTo(List.of("PROVINCE")));
  }

  // What the page must show, read from the API (not from the dashboard's classes).

  private Map<String, Object> expectedFigures() {
    YearMonth month = YearMonth.of(2026, 6);
    LocalDate from = month.minusMonths(1).atDay(15);
    LocalDate to = month.atDay(14);
    Map<String, Object> tables = new LinkedHashMap<>();
    Map<String, Object> charts = new LinkedHashMap<>();

    ExpectedFigures api = new ExpectedFigures(vn.dunghan.support.Tokens.operator());
    JsonPath byLevel = rates(from, to, "level");
    JsonPath byField = rates(from, to, "field");
    List<Map<String, Object>> overdue = allOverdue();
    JsonPath firstOverdue = get("/api/v1/sla/overdue?size=20").statusCode(200).extract().jsonPath();
    JsonPath attribution =
        get("/api/v1/sla/attribution?groupBy=unit&from=" + from + "&to=" + to)
            .statusCode(200)
            .extract()
            .jsonPath();
    tables.put("summary", api.summary(byLevel, "2026-06"));

    tables.put("by-level", ExpectedFigures.rateTable(byLevel));
    tables.put("by-field", ExpectedFigures.rateTable(byField));
    charts.put("by-level", ExpectedFigures.rateMarks(byLevel));
    charts.put("by-field", ExpectedFigures.rateMarks(byField));

    Map<String, Map<String, Object>> trend = new LinkedHashMap<>();
    Map<String, Object> trendMarks = new LinkedHashMap<>();
    for (int i = 11; i >= 0; i--) {
      YearMonth m = month.minusMonths(i);
      JsonPath rates = rates(m.minusMonths(1).atDay(15), m.atDay(14), "level");
      String key = m.toString();
      trend.put(
          key,
          ExpectedFigures.figures(
              "resolved",
              rates.get("total.resolved"),
              "onTimeRate",
              rates.get("total.onTimeRate")));
      trendMarks.put(key, rates.get("total.onTimeRate"));
    }
    tables.put("trend", ExpectedFigures.table(trend, true));
    charts.put("trend", trendMarks);

    Map<String, Map<String, Object>> topUnits = top(overdue, "holdingUnitCode");
    Map<String, Map<String, Object>> topFields = top(overdue, "fieldCode");
    tables.put("top-units", ExpectedFigures.table(topUnits, true));
    tables.put("top-fields", ExpectedFigures.table(topFields, true));
    charts.put("top-units", marks(topUnits, "count"));
    charts.put("top-fields", marks(topFields, "count"));

    Map<String, Map<String, Object>> listed = new LinkedHashMap<>();
    for (Map<String, Object> row : firstOverdue.<Map<String, Object>>getList("items")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> head = (Map<String, Object>) row.get("accountableHead");
      listed.put(
          (String) row.get("code"),
          ExpectedFigures.figures(
              "overdueWorkingDays",
              row.get("overdueWorkingDays"),
              "headName",
              head.get("name"),
              "dueDate",
              LocalDate.parse((String) row.get("dueDate")).format(VN_DATE)));
    }
    tables.put("overdue", ExpectedFigures.table(listed, true));
    tables.put(
        "overdue-total",
        ExpectedFigures.table(
            Map.of("all", ExpectedFigures.figures("total", firstOverdue.get("total"))), false));

    Map<String, Map<String, Object>> delays = new LinkedHashMap<>();
    List<Map<String, Object>> attributionRows = attribution.getList("rows");
    for (Map<String, Object> row :
        attributionRows.subList(0, Math.min(10, attributionRows.size()))) {
      delays.put(
          (String) row.get("key"),
          ExpectedFigures.figures(
              "lateDossiers",
              row.get("lateDossiers"),
              "workingDays",
              row.get("overrunWorkingDays"),
              "fallbackDays",
              row.get("fallbackDays")));
    }
    tables.put("attribution", ExpectedFigures.table(delays, true));
    charts.put("attribution", marks(delays, "workingDays"));

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("title", "Đúng Hạn — Bảng điều khiển");
    expected.put(
        "texts",
        Map.of(
            "scope", "Toàn tỉnh",
            "window",
                "Tháng 06/2026 (kỳ báo cáo "
                    + from.format(VN_DATE)
                    + " – "
                    + to.format(VN_DATE)
                    + ")",
            "generatedAt", "10:00 ngày 10/06/2026"));
    expected.put("tables", tables);
    expected.put("charts", charts);
    return expected;
  }

  private static JsonPath rates(LocalDate from, LocalDate to, String groupBy) {
    return get("/api/v1/sla/on-time-rates?groupBy=" + groupBy + "&from=" + from + "&to=" + to)
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> marks(Map<String, Map<String, Object>> rows, String figure) {
    Map<String, Object> marks = new LinkedHashMap<>();
    rows.forEach((key, figures) -> marks.put(key, figures.get(figure)));
    return marks;
  }

  /** Every open overdue dossier, through the API's paging. */
  private static List<Map<String, Object>> allOverdue() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonPath p =
          get("/api/v1/sla/overdue?size=200&page=" + page).statusCode(200).extract().jsonPath();
      List<Map<String, Object>> items = p.getList("items");
      all.addAll(items);
      if (items.size() < 200) {
        return all;
      }
    }
  }

  /** The ten keys with most overdue dossiers, ties by key. */
  private static Map<String, Map<String, Object>> top(List<Map<String, Object>> rows, String by) {
    Map<String, Integer> counts = new HashMap<>();
    rows.forEach(r -> counts.merge((String) r.get(by), 1, Integer::sum));
    Map<String, Map<String, Object>> top = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(10)
        .forEach(e -> top.put(e.getKey(), ExpectedFigures.figures("count", e.getValue())));
    return top;
  }
}
