package vn.dunghan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;
import static vn.dunghan.support.Api.put;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.Tokens;

/**
 * The records that are evidence refuse UPDATE and DELETE in the database itself, whoever tries (the
 * API, a migration, psql): the event trail, the personal-data reads, the report snapshots, the
 * calendar's change record and the ratings. Each has rows here before it is tried.
 */
@QuarkusTest
class AppendOnlyTablesTest {

  @Inject EntityManager em;

  static final Map<String, String> TABLES =
      Map.of(
          "dossier_event", "reason",
          "personal_data_read", "read_by",
          "report_snapshot", "reason",
          "report_snapshot_row", "unit_code",
          "calendar_change", "reason",
          "dossier_rating", "comment",
          "reference_change", "code",
          "job_run", "job");

  @Test
  void evidenceCannotBeChangedOrRemovedInTheDatabase() {
    Fixtures.ensure();
    String code = Fixtures.code();
    post("/api/v1/dossiers", Fixtures.dossier(code, Fixtures.COMMUNE, "2025-09-03T09:00:00+07:00"))
        .statusCode(201);
    post(
            "/api/v1/dossiers/" + code + "/events",
            body("type", "RESOLVED", "at", "2025-09-05T10:00:00+07:00", "outcome", "APPROVED"))
        .statusCode(201);
    Api.as(Tokens.of("can-bo-xa", Fixtures.COMMUNE, "clerk"))
        .get("/api/v1/dossiers/" + code)
        .then()
        .statusCode(200);
    post(
            "/api/v1/dossiers/" + code + "/ratings",
            body("rating", "GOOD", "comment", "Nhanh", "ratedAt", "2025-09-06T10:00:00+07:00"))
        .statusCode(201);
    post(
            "/api/v1/reports/snapshots",
            body("period", "2025-09", "window", "REGULATORY", "reason", "Chốt số liệu thử"))
        .statusCode(
            org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    put(
            "/api/v1/calendar/2034",
            body(
                "status", "OFFICIAL",
                "source", "Thông báo thử",
                "reason", "Lịch thử năm 2034",
                "entries",
                    List.of(body("date", "2034-01-02", "kind", "DAY_OFF", "name", "Nghỉ thử"))))
        .statusCode(200);
    post("/api/v1/admin/jobs/sla-scan/run", Map.of()).statusCode(200);
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        (String)
                            em.createNativeQuery(
                                    "select run_by from job_run where job = 'sla-scan'"
                                        + " order by id desc limit 1")
                                .getSingleResult()))
        .as("a job run by hand names who asked")
        .isEqualTo("kiem-thu-tu-dong");
    for (Map.Entry<String, String> t : TABLES.entrySet()) {
      long rows = count(t.getKey());
      assertThat(rows).as(t.getKey() + " has rows to try").isPositive();
      String update = "update " + t.getKey() + " set " + t.getValue() + " = " + t.getValue();
      assertThat(refusal(update)).as("UPDATE " + t.getKey()).contains(t.getKey() + " is");
      assertThat(refusal("delete from " + t.getKey()))
          .as("DELETE " + t.getKey())
          .contains(t.getKey() + " is");
      assertThat(count(t.getKey())).as(t.getKey() + " unchanged").isEqualTo(rows);
    }
  }

  /** The database's words when it refuses {@code sql} (the trigger names its table). */
  private String refusal(String sql) {
    try {
      QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    } catch (RuntimeException e) {
      StringBuilder messages = new StringBuilder();
      for (Throwable t = e; t != null; t = t.getCause()) {
        messages.append(t.getMessage()).append(" | ");
      }
      return messages.toString();
    }
    return "accepted";
  }

  private long count(String table) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                    .longValue());
  }
}
