package vn.dunghan.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.given;
import static vn.dunghan.support.Api.post;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.HangingSmtp;
import vn.dunghan.support.MovableClock;

/**
 * The mail server hangs (accepts connections, never answers) and a webhook receiver answers 503:
 * what goes elsewhere is sent in the same run, each hanging destination costs one timeout a run,
 * and once they are back every notification goes out exactly once, including the mails whose
 * sessions the server never answered. A receiver down for longer than {@code notify.max-attempts}
 * attempts loses nothing until {@code notify.retry-for} has passed.
 */
@QuarkusTest
@TestProfile(DeliveryOutageTest.Outage.class)
@QuarkusTestResource(value = HangingSmtp.class, restrictToAnnotatedClass = true)
class DeliveryOutageTest {

  static final String SECRET = "bí-mật-sự-cố";

  /**
   * A two-second mail timeout and a pool of two SMTP connections, so that hung sessions would
   * exhaust it within one run; three attempts at least, over two hours at least.
   */
  public static class Outage implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "notify.webhook-secret", SECRET,
          "notify.working-hours-only", "false",
          "quarkus.mailer.timeout", "2s",
          "quarkus.mailer.max-pool-size", "2",
          "notify.max-attempts", "3",
          "notify.first-retry-after", "PT1M",
          "notify.max-retry-wait", "PT10M",
          "notify.retry-for", "PT2H",
          "quarkus.http.test-timeout", "120s");
    }
  }

  /** The province's webhook receiver, and the department's, each its own server. */
  private WireMockServer province;

  private WireMockServer department;

  @BeforeEach
  void startReceivers() {
    province = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    department = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    province.start();
    department.start();
  }

  @AfterEach
  void stopReceivers() {
    province.stop();
    department.stop();
    HangingSmtp.recover();
  }

  @Test
  void aHangingMailServerAndAFailingReceiverHoldUpNothingElseAndLoseNothing() throws Exception {
    unit("H1", "Tỉnh Sự cố", "PROVINCE", null, "chutich@h1.test", province, "/hooks/h1");
    unit("H1.S", "Sở Sự cố", "DEPARTMENT", "H1", "giamdoc@h1.test", department, "/hooks/s");
    procedure("h-lv", "9.950005");
    answer(province, "/hooks/h1", 204);
    answer(department, "/hooks/s", 503);
    try {
      // Received four weeks ago: overdue, escalated to the province; each notice by mail and hook.
      MovableClock.pin("2026-11-30T10:00:00+07:00");
      OverdueBatch.sync("H-", "9.950005", "H1.S", 4);
      assertThat(ledger("H-")).hasSize(16);
      // The server keeps the session waiting: five minutes pass before the dispatcher moves on.
      HangingSmtp.hang(() -> MovableClock.pin("2026-11-30T10:05:00+07:00"));
      run("dispatch");

      List<Map<String, Object>> ledger = ledger("H-");
      assertThat(attempts(ledger, "EMAIL", null)).containsExactlyInAnyOrder(1, 0, 0, 0, 0, 0, 0, 0);
      assertThat(attempts(ledger, "WEBHOOK", "/hooks/s")).containsExactlyInAnyOrder(1, 0, 0, 0);
      assertThat(statuses(ledger, "WEBHOOK", "/hooks/h1")).containsOnly("SENT").hasSize(4);
      assertThat(HangingSmtp.held()).isEqualTo(1);
      // The service hung up on the silent session itself: it keeps no connection to it.
      assertThat(HangingSmtp.awaitHangUps(1, Duration.ofSeconds(10))).isTrue();
      // Signed with the time they went out, after the wait, not with the run's start.
      long sentAt = OffsetDateTime.parse("2026-11-30T10:05:00+07:00").toEpochSecond();
      for (ServeEvent e : served(province, "/hooks/h1")) {
        String timestamp = e.getRequest().getHeader(WebhookSender.TIMESTAMP);
        assertThat(timestamp).isEqualTo(Long.toString(sentAt));
        assertThat(e.getRequest().getHeader(WebhookSender.SIGNATURE))
            .isEqualTo(
                "sha256="
                    + WebhookSender.sign(
                        SECRET, timestamp + "." + e.getRequest().getBodyAsString()));
      }

      // A second run while it still hangs: one more silent session, as many as the mailer's pool
      // holds connections; were they kept, no mail could go out once the server is back.
      HangingSmtp.hang(() -> {});
      MovableClock.pin("2026-11-30T10:10:00+07:00");
      run("dispatch");
      assertThat(HangingSmtp.held()).isEqualTo(2);
      assertThat(HangingSmtp.awaitHangUps(1, Duration.ofSeconds(10))).isTrue();

      // Both come back; the sessions the server never answered stay silent.
      HangingSmtp.recover();
      answer(department, "/hooks/s", 204);
      MovableClock.pin("2026-11-30T10:30:00+07:00");
      run("dispatch");
      ledger = ledger("H-");
      assertThat(statuses(ledger, null, null)).containsOnly("SENT").hasSize(16);
      Set<String> mailed =
          ledger.stream()
              .filter(n -> n.get("channel").equals("EMAIL"))
              .map(n -> n.get("id").toString())
              .collect(Collectors.toSet());
      assertThat(deliveredMailIds()).hasSize(8).containsExactlyInAnyOrderElementsOf(mailed);
      List<String> hooked = new ArrayList<>();
      for (ServeEvent e : served(department, "/hooks/s")) {
        if (e.getResponse().getStatus() == 204) {
          hooked.add(e.getRequest().getHeader(WebhookSender.ID));
        }
      }
      assertThat(hooked).hasSize(4).doesNotHaveDuplicates();
    } finally {
      MovableClock.release();
    }
  }

  @Test
  void aReceiverDownLongerThanMaxAttemptsIsRetriedUntilRetryForHasPassed() {
    unit("H2", "Tỉnh Im lặng", "PROVINCE", null, null, department, "/hooks/gone");
    procedure("h2-lv", "9.950006");
    answer(department, "/hooks/gone", 503);
    try {
      MovableClock.pin("2026-11-30T10:00:00+07:00");
      OverdueBatch.sync("H2-", "9.950006", "H2", 1);
      // Retries after 1, 2, 4 minutes, then 8, then at most 10: past the three attempts of
      // notify.max-attempts, still pending.
      for (String at : List.of("10:00", "10:01", "10:03", "10:07", "10:15")) {
        MovableClock.pin("2026-11-30T" + at + ":00+07:00");
        run("dispatch");
      }
      get("/api/v1/notifications?dossier=H2-0000")
          .body("total", equalTo(1))
          .body("items[0].status", equalTo("PENDING"))
          .body("items[0].attempts", equalTo(5))
          .body("items[0].lastError", equalTo("webhook answered 503"))
          .body("items[0].nextAttemptAt", equalTo("2026-11-30T10:25:00+07:00"));
      // Two hours after the first attempt, the next failure is the last.
      MovableClock.pin("2026-11-30T12:00:00+07:00");
      run("dispatch");
      get("/api/v1/notifications?dossier=H2-0000")
          .body("items[0].status", equalTo("FAILED"))
          .body("items[0].attempts", equalTo(6));
    } finally {
      MovableClock.release();
    }
  }

  private static void answer(WireMockServer receiver, String path, int status) {
    receiver.stubFor(WireMock.post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)));
  }

  private static List<ServeEvent> served(WireMockServer receiver, String path) {
    return receiver.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().equals(path))
        .toList();
  }

  private static void unit(
      String code,
      String name,
      String kind,
      String parent,
      String email,
      WireMockServer receiver,
      String hook) {
    Map<String, Object> b =
        body(
            "code",
            code,
            "name",
            name,
            "kind",
            kind,
            "parentCode",
            parent,
            "validFrom",
            "2004-01-01");
    if (email != null) {
      b.put("head", body("name", "Lò Văn Sự", "title", "Thủ trưởng", "email", email));
    }
    b.put("webhookUrl", "http://127.0.0.1:" + receiver.port() + hook);
    post("/api/v1/units", b).statusCode(201);
  }

  private static void procedure(String field, String code) {
    post("/api/v1/fields", body("code", field, "name", "Lĩnh vực " + field)).statusCode(201);
    post(
            "/api/v1/procedures",
            body(
                "code",
                code,
                "name",
                "Thủ tục " + code,
                "fieldCode",
                field,
                "levels",
                List.of("PROVINCE"),
                "processingTime",
                body("amount", 5, "unit", "WORKING_DAYS"),
                "onlineService",
                "FULL"))
        .statusCode(201);
  }

  private static void run(String job) {
    given()
        .contentType(ContentType.JSON)
        .post("/api/v1/admin/jobs/" + job + "/run")
        .then()
        .statusCode(200);
  }

  /** The ledger rows of the dossiers whose code starts with {@code prefix}. */
  private static List<Map<String, Object>> ledger(String prefix) {
    List<Map<String, Object>> items =
        get("/api/v1/notifications?size=200").extract().jsonPath().getList("items");
    return items.stream().filter(n -> n.get("dossierCode").toString().startsWith(prefix)).toList();
  }

  private static List<Integer> attempts(
      List<Map<String, Object>> ledger, String channel, String hook) {
    return rows(ledger, channel, hook).map(n -> (Integer) n.get("attempts")).toList();
  }

  private static List<String> statuses(
      List<Map<String, Object>> ledger, String channel, String hook) {
    return rows(ledger, channel, hook).map(n -> n.get("status").toString()).toList();
  }

  private static java.util.stream.Stream<Map<String, Object>> rows(
      List<Map<String, Object>> ledger, String channel, String hook) {
    return ledger.stream()
        .filter(n -> channel == null || n.get("channel").equals(channel))
        .filter(n -> hook == null || n.get("recipient").toString().endsWith(hook));
  }

  /** The X-DungHan-Notification-Id of every mail the server received, repeats included. */
  private static List<String> deliveredMailIds() throws MessagingException {
    List<String> ids = new ArrayList<>();
    for (MimeMessage m : HangingSmtp.smtp.getReceivedMessages()) {
      String[] id = m.getHeader(MailSender.ID);
      ids.add(id == null ? "none" : id[0]);
    }
    return ids;
  }
}
