package vn.dunghan.dashboard;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dunghan.support.Api;

/**
 * What the dashboard must show for a caller, read from the API with the caller's token (never from
 * the dashboard's own classes), in the shape {@code src/test/js/dashboard.mjs} compares with the
 * page: tables of rows of figures, chart marks.
 */
final class ExpectedFigures {

  private final String token;

  ExpectedFigures(String token) {
    this.token = token;
  }

  JsonPath read(String path) {
    return Api.as(token)
        .accept("application/json")
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  JsonPath rates(LocalDate from, LocalDate to, String groupBy) {
    return read("/api/v1/sla/on-time-rates?groupBy=" + groupBy + "&from=" + from + "&to=" + to);
  }

  /** The tiles over the window {@code from}-{@code to} of regulatory month {@code period}. */
  Map<String, Object> summary(JsonPath byLevel, String period) {
    JsonPath report = read("/api/v1/reports/monthly?period=" + period);
    JsonPath overdue = read("/api/v1/sla/overdue?size=1");
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("onTimeRate", byLevel.get("total.onTimeRate"));
    summary.put("numerator", byLevel.get("total.numerator"));
    summary.put("denominator", byLevel.get("total.denominator"));
    summary.put("resolved", byLevel.get("total.resolved"));
    summary.put("late", byLevel.get("total.late"));
    summary.put(
        "received",
        report.getLong("total.received.newOnline") + report.getLong("total.received.newDirect"));
    summary.put("receivedOnline", report.get("total.received.newOnline"));
    summary.put("carriedOver", report.get("total.received.carriedOver"));
    summary.put("inProgress", report.get("total.inProgress.total"));
    summary.put("overdueNow", overdue.get("total"));
    return table(Map.of("all", summary), false);
  }

  /** A rate table: a row per key and the total. */
  static Map<String, Object> rateTable(JsonPath rates) {
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    for (Map<String, Object> row : rates.<Map<String, Object>>getList("rows")) {
      rows.put((String) row.get("key"), rateFigures(row));
    }
    if (!rows.isEmpty()) {
      rows.put("TOTAL", rateFigures(rates.getMap("total")));
    }
    return table(rows, true);
  }

  /** The chart marks of a rate table: each key's on-time rate. */
  static Map<String, Object> rateMarks(JsonPath rates) {
    Map<String, Object> marks = new LinkedHashMap<>();
    for (Map<String, Object> row : rates.<Map<String, Object>>getList("rows")) {
      marks.put((String) row.get("key"), row.get("onTimeRate"));
    }
    return marks;
  }

  private static Map<String, Object> rateFigures(Map<String, Object> row) {
    return figures(
        "resolved", row.get("resolved"),
        "early", row.get("early"),
        "onTime", row.get("onTime"),
        "late", row.get("late"),
        "onTimeRate", row.get("onTimeRate"));
  }

  static Map<String, Object> table(Map<String, ?> rows, boolean exact) {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("exact", exact);
    table.put("rows", rows);
    return table;
  }

  static Map<String, Object> figures(Object... namesAndValues) {
    Map<String, Object> figures = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      figures.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return figures;
  }
}
