package vn.dunghan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.given;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.GreenMailResource;
import vn.dunghan.support.MovableClock;

/**
 * Two schedulers on one database run the scan and the dispatch at the same time over hundreds of
 * overdue dossiers: every (dossier, stage, recipient) is delivered exactly once. Then the SMTP
 * server goes down mid-way: nothing is lost, and after it comes back nothing is sent twice.
 */
@QuarkusTest
@TestProfile(ConcurrentDispatchTest.Retrying.class)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = true)
class ConcurrentDispatchTest {

  /** Retries become due almost at once, so a second run can retry without waiting. */
  public static class Retrying implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "notify.working-hours-only", "false",
          "notify.first-retry-after", "PT0.001S",
          "notify.scan-batch-size", "40",
          "notify.dispatch-batch-size", "25",
          // A mail that times out is retried later, but the run that met it waits for it.
          "quarkus.http.test-timeout", "120s");
    }
  }

  @Test
  void twoSchedulersDeliverEachNotificationOnceAndAnOutageLosesNothing() throws Exception {
    try {
      setUpProvince();
      // Received on Monday 02/11/2026, due 09/11: on track when they arrive.
      MovableClock.pin("2026-11-02T10:00:00+07:00");
      OverdueBatch.sync("F-", "9.960005", "F1.S", 200);
      get("/api/v1/notifications?size=1").body("total", equalTo(0));
      // Four weeks later two schedulers scan at once: each dossier is taken by one of them.
      MovableClock.pin("2026-11-30T10:00:00+07:00");
      List<Map<String, Object>> scans = inParallel(() -> run("sla-scan"), () -> run("sla-scan"));
      assertThat(scans.stream().mapToInt(r -> (Integer) r.get("evaluated")).sum()).isEqualTo(200);
      assertThat(scans.stream().mapToInt(r -> (Integer) r.get("failed")).sum()).isZero();
      inParallel(() -> run("dispatch"), () -> run("dispatch"));
      // Retry rounds, in case a delivery failed (an SMTP session slower than the mail timeout on
      // a loaded machine): retries must not duplicate.
      retryWhilePending("2026-11-30T10:0%d:00+07:00");
      // Per dossier: OVERDUE to the department's head, ESCALATED to the province's.
      get("/api/v1/notifications?status=SENT&size=1").body("total", equalTo(400));
      assertThat(distinctDeliveries()).isEqualTo(400);
      assertThat(GreenMailResource.smtp.getReceivedMessages()).hasSize(400);

      // The mail server goes down: the first attempt fails and is kept for a retry, and the run
      // tries no other mail (they would meet the same refusal); none is lost.
      OverdueBatch.sync("G-", "9.960005", "F1.S", 30);
      GreenMailResource.outage();
      Map<String, Object> failedRun = run("dispatch");
      assertThat(failedRun.get("sent")).isEqualTo(0);
      assertThat(failedRun.get("retried")).isEqualTo(1);
      get("/api/v1/notifications?status=PENDING&size=1").body("total", equalTo(60));
      GreenMailResource.recover();
      MovableClock.pin("2026-11-30T10:05:00+07:00");
      inParallel(() -> run("dispatch"), () -> run("dispatch"));
      retryWhilePending("2026-11-30T10:1%d:00+07:00");
      get("/api/v1/notifications?status=SENT&size=1").body("total", equalTo(460));
      assertThat(GreenMailResource.smtp.getReceivedMessages()).hasSize(60);
      assertThat(distinctDeliveries()).isEqualTo(60);
    } finally {
      MovableClock.release();
    }
  }

  /** Up to five more dispatch runs, a minute apart, while anything is still pending. */
  private static void retryWhilePending(String minutes) {
    for (int round = 1; round <= 5; round++) {
      int pending = get("/api/v1/notifications?status=PENDING&size=1").extract().path("total");
      if (pending == 0) {
        return;
      }
      MovableClock.pin(String.format(minutes, round));
      run("dispatch");
    }
  }

  private static void setUpProvince() {
    unit("F1", "Tỉnh Song song", "PROVINCE", null, "chutich@f1.test");
    unit("F1.S", "Sở Song song", "DEPARTMENT", "F1", "giamdoc@f1.test");
    post("/api/v1/fields", body("code", "f-lv", "name", "Đất đai")).statusCode(201);
    post(
            "/api/v1/procedures",
            body(
                "code", "9.960005",
                "name", "Đăng ký đất đai",
                "fieldCode", "f-lv",
                "levels", List.of("PROVINCE"),
                "processingTime", body("amount", 5, "unit", "WORKING_DAYS"),
                "onlineService", "FULL"))
        .statusCode(201);
  }

  private static void unit(String code, String name, String kind, String parent, String email) {
    post(
            "/api/v1/units",
            body(
                "code", code,
                "name", name,
                "kind", kind,
                "parentCode", parent,
                "head", body("name", "Hà Văn Nam", "title", "Thủ trưởng", "email", email),
                "validFrom", "2004-01-01"))
        .statusCode(201);
  }

  private static Map<String, Object> run(String job) {
    return given()
        .contentType(ContentType.JSON)
        .post("/api/v1/admin/jobs/" + job + "/run")
        .then()
        .statusCode(200)
        .extract()
        .path("result");
  }

  @SafeVarargs
  private static List<Map<String, Object>> inParallel(Callable<Map<String, Object>>... jobs)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(jobs.length);
    try {
      List<Map<String, Object>> results = new ArrayList<>();
      for (Future<Map<String, Object>> f : pool.invokeAll(List.of(jobs))) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  /** Distinct (recipient, subject) pairs among the delivered mails; subjects name the dossier. */
  private static int distinctDeliveries() throws MessagingException {
    Set<String> seen = new HashSet<>();
    for (MimeMessage m : GreenMailResource.smtp.getReceivedMessages()) {
      seen.add(m.getAllRecipients()[0] + " " + m.getSubject());
    }
    return seen.size();
  }
}
