package vn.dunghan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.given;
import static vn.dunghan.support.Api.post;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.MovableClock;

/**
 * Snapshots of closed periods: the job freezes what closed, a closed period then shows its frozen
 * figures, later events appear as listed adjustments with their causes, and an operator's new
 * version takes them in. The application's clock is pinned to days in 2023 (no other test reports
 * on 2023).
 */
@QuarkusTest
class ReportSnapshotTest {

  @Inject EntityManager em;

  @AfterEach
  void release() {
    MovableClock.release();
  }

  private static JsonPath report(String unit) {
    return given()
        .queryParam("period", "2023-04")
        .queryParam("unit", unit)
        .get("/api/v1/reports/monthly")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> deptRow(JsonPath r, ReportProvince q) {
    List<Map<String, Object>> rows = r.getList("rows");
    return rows.stream()
        .filter(x -> q.department.equals(x.get("unitCode")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void frozenFiguresStayAndLaterChangesAreListedAsAdjustments() {
    MovableClock.pin("2023-04-14T16:00:00+07:00");
    ReportProvince q = new ReportProvince();
    String s1 = q.province + "-S1";
    q.sync(
        List.of(
            // Due 27/03, still open at the end of the window (15/03-14/04): overdue.
            q.dossier(s1, q.department, q.landProcedure, "DIRECT", "2023-03-20"),
            q.dossier(
                q.province + "-S2",
                q.department,
                q.landProcedure,
                "ONLINE",
                "2023-04-03",
                "RESOLVED",
                "2023-04-05")));

    // The day after the window closed, at 01:30, the job freezes every period that closed.
    MovableClock.pin("2023-04-15T01:30:00+07:00");
    post("/api/v1/admin/jobs/report-snapshot/run", Map.of())
        .statusCode(200)
        .body(
            "result.frozen",
            is(
                List.of(
                    "2023-04 REGULATORY",
                    "2023-03 REGULATORY",
                    "2023-02 REGULATORY",
                    "2023-Q1 REGULATORY")));
    post("/api/v1/admin/jobs/report-snapshot/run", Map.of())
        .statusCode(200)
        .body("result.frozen", is(List.of()));

    JsonPath frozen = report(q.province);
    assertThat(frozen.getString("source")).isEqualTo("SNAPSHOT");
    assertThat(frozen.getInt("snapshot.version")).isEqualTo(1);
    assertThat(frozen.getString("snapshot.generatedBy")).isEqualTo("report-snapshot job");
    assertThat(frozen.getString("snapshot.generatedAt")).startsWith("2023-04-15T01:30:00+07:00");
    assertThat(frozen.getList("adjustments.rows")).isEmpty();
    assertThat(frozen.getInt("total.inProgress.overdue")).isEqualTo(1);
    assertThat(frozen.getInt("total.received.total")).isEqualTo(2);

    // Two days later a resolution dated inside the window arrives, and a dossier received in it.
    MovableClock.pin("2023-04-17T09:00:00+07:00");
    post(
            "/api/v1/dossiers/" + s1 + "/events",
            body("type", "RESOLVED", "at", "2023-04-10T15:00:00+07:00", "outcome", "APPROVED"))
        .statusCode(201);
    String s3 = q.province + "-S3";
    q.sync(List.of(q.dossier(s3, q.department, q.landProcedure, "POSTAL", "2023-04-12")));

    JsonPath adjusted = report(q.province);
    assertThat(adjusted.getString("source")).isEqualTo("SNAPSHOT");
    Map<String, Object> dept = deptRow(adjusted, q);
    assertThat(((Map<?, ?>) dept.get("inProgress")).get("overdue")).isEqualTo(1);
    assertThat(((Map<?, ?>) dept.get("resolved")).get("late")).isEqualTo(0);
    List<Map<String, Object>> rows = adjusted.getList("adjustments.rows");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("unitCode")).isEqualTo(q.department);
    assertThat(rows.get(0).get("changes"))
        .isEqualTo(
            Map.of(
                "received.newDirect", 1,
                "resolved.late", 1,
                "inProgress.overdue", -1));
    assertThat(adjusted.getMap("adjustments.total")).isEqualTo(rows.get(0).get("changes"));
    List<Map<String, Object>> causes = adjusted.getList("adjustments.causes");
    assertThat(causes)
        .extracting(c -> c.get("dossierCode") + " " + c.get("what"))
        .containsExactly(s1 + " RESOLVED", s3 + " RECEIVED");
    assertThat(causes.get(0).get("occurredAt")).isEqualTo("2023-04-10T15:00:00+07:00");
    assertThat(causes.get(0).get("recordedAt")).isEqualTo("2023-04-17T09:00:00+07:00");

    // An operator takes the changes in as version 2, with the reason.
    post(
            "/api/v1/reports/snapshots",
            body(
                "period", "2023-04",
                "reason", "Bổ sung hồ sơ cập nhật muộn từ Cổng dịch vụ công"))
        .statusCode(201)
        .body("version", is(2))
        .body("generatedBy", is("kiem-thu-tu-dong"));
    JsonPath v2 = report(q.province);
    assertThat(v2.getInt("snapshot.version")).isEqualTo(2);
    assertThat(v2.getList("adjustments.rows")).isEmpty();
    assertThat(v2.getList("adjustments.causes")).isEmpty();
    Map<String, Object> after = deptRow(v2, q);
    assertThat(((Map<?, ?>) after.get("resolved")).get("late")).isEqualTo(1);
    assertThat(((Map<?, ?>) after.get("inProgress")).get("total")).isEqualTo(1);
    assertThat(((Map<?, ?>) after.get("inProgress")).get("overdue")).isEqualTo(0);

    JsonPath versions =
        given()
            .queryParam("period", "2023-04")
            .get("/api/v1/reports/snapshots")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(versions.getList("version")).containsExactly(1, 2);
    assertThat(versions.getList("reason"))
        .containsExactly(
            "Chốt số liệu khi kỳ báo cáo kết thúc",
            "Bổ sung hồ sơ cập nhật muộn từ Cổng dịch vụ công");
  }

  @Test
  void onlyClosedPeriodsAreFrozenAndAReasonIsRequired() {
    MovableClock.pin("2023-05-02T09:00:00+07:00");
    post("/api/v1/reports/snapshots", body("period", "2023-05", "reason", "x"))
        .statusCode(409)
        .contentType("application/problem+json");
    post("/api/v1/reports/snapshots", body("period", "2023-04", "reason", " ")).statusCode(422);
    post("/api/v1/reports/snapshots", body("period", "2023-4", "reason", "x")).statusCode(422);
    // An open period is always live.
    given()
        .queryParam("period", "2023-05")
        .get("/api/v1/reports/monthly")
        .then()
        .statusCode(200)
        .body("source", is("LIVE"))
        .body("closed", is(false))
        .body("asOf", is("2023-05-02"));
  }

  @Test
  void snapshotsCannotBeRewritten() {
    MovableClock.pin("2023-07-20T09:00:00+07:00");
    post("/api/v1/reports/snapshots", body("period", "2023-06", "reason", "Kiểm tra"))
        .statusCode(201);
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            em.createNativeQuery(
                                    "update report_snapshot set reason = 'đã sửa'"
                                        + " where period = '2023-06'")
                                .executeUpdate()))
        .hasStackTraceContaining("immutable");
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            em.createNativeQuery("delete from report_snapshot_row")
                                .executeUpdate()))
        .hasStackTraceContaining("immutable");
  }
}
