package vn.dunghan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.post;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.GreenMailResource;
import vn.dunghan.support.MovableClock;

/**
 * The scan finds overdue and due-soon dossiers, the outbox holds one row per (dossier, stage,
 * recipient), and the dispatcher delivers them by SMTP (GreenMail) and signed webhook (an HTTP
 * server in this test). Jobs are triggered through the admin endpoint; nothing sleeps.
 */
@QuarkusTest
@TestProfile(EscalationDeliveryTest.Delivery.class)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = true)
class EscalationDeliveryTest {

  static final String SECRET = "bí-mật-thử-nghiệm";

  /** Its own application and database, with a webhook secret and no working-hours gate. */
  public static class Delivery implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("notify.webhook-secret", SECRET, "notify.working-hours-only", "false");
    }
  }

  record Received(String path, String body, String timestamp, String signature, String id) {}

  private HttpServer webhook;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void webhookReceiver() throws IOException {
    webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    webhook.createContext(
        "/",
        exchange -> {
          String text =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(
                  exchange.getRequestURI().getPath(),
                  text,
                  exchange.getRequestHeaders().getFirst("X-DungHan-Timestamp"),
                  exchange.getRequestHeaders().getFirst("X-DungHan-Signature"),
                  exchange.getRequestHeaders().getFirst("X-DungHan-Notification-Id")));
          int status = exchange.getRequestURI().getPath().startsWith("/broken") ? 500 : 204;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    webhook.start();
  }

  @AfterEach
  void stopReceiver() {
    webhook.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + webhook.getAddress().getPort() + path;
  }

  private void unit(
      String code, String name, String kind, String parent, String email, String hook) {
    Map<String, Object> b =
        body(
            "code", code,
            "name", name,
            "kind", kind,
            "parentCode", parent,
            "head", body("name", "Đỗ Văn Hùng", "title", "Giám đốc", "email", email),
            "validFrom", "2004-01-01");
    b.put("webhookUrl", hook);
    post("/api/v1/units", b).statusCode(201);
  }

  @Test
  void overdueAndDueSoonDossiersReachTheRightHeadsOnceBySmtpAndSignedWebhook() throws Exception {
    unit("E1", "Tỉnh Thử", "PROVINCE", null, "chutich@tinh.test", null);
    unit("E1.S", "Sở Thử", "DEPARTMENT", "E1", "giamdoc@so.test", url("/so"));
    unit("E1.B", "Chi nhánh Hỏng", "BRANCH", "E1", "truong@cn.test", url("/broken"));
    post("/api/v1/fields", body("code", "e-lv", "name", "Xây dựng")).statusCode(201);
    for (int days : new int[] {5, 1}) {
      post(
              "/api/v1/procedures",
              body(
                  "code",
                  "9.97000" + days,
                  "name",
                  "Thủ tục " + days + " ngày",
                  "fieldCode",
                  "e-lv",
                  "levels",
                  List.of("PROVINCE"),
                  "processingTime",
                  body("amount", days, "unit", "WORKING_DAYS"),
                  "onlineService",
                  "FULL"))
          .statusCode(201);
    }
    try {
      // Monday 02/11/2026: the 1-day dossier is due tomorrow, the others on 09/11.
      MovableClock.pin("2026-11-02T10:00:00+07:00");
      receive("E-SOON", "9.970001", "E1.S", "2026-11-02T09:30:00+07:00");
      receive("E-OVERDUE", "9.970005", "E1.S", "2026-11-02T09:00:00+07:00");
      receive("E-BROKEN", "9.970005", "E1.B", "2026-11-02T09:00:00+07:00");
      // The write that made E-SOON due soon wrote its notices in the same transaction.
      get("/api/v1/notifications?dossier=E-SOON")
          .body("total", equalTo(2))
          .body("items.stage.unique()", equalTo(List.of("DUE_SOON")));
      get("/api/v1/notifications?dossier=E-OVERDUE").body("total", equalTo(0));
      post("/api/v1/admin/jobs/sla-scan/run", Map.of()).body("result.evaluated", equalTo(0));

      // Monday 30/11/2026: all three are overdue by more than 3 working days.
      MovableClock.pin("2026-11-30T10:00:00+07:00");
      post("/api/v1/admin/jobs/sla-scan/run", Map.of())
          .statusCode(200)
          .body("result.evaluated", equalTo(3))
          .body("result.changed", equalTo(3))
          .body("result.failed", equalTo(0));
      get("/api/v1/notifications?dossier=E-OVERDUE")
          .statusCode(200)
          .body("total", equalTo(3))
          .body(
              "items.findAll { it.stage == 'OVERDUE' }.channel.sort()",
              equalTo(List.of("EMAIL", "WEBHOOK")))
          .body("items.find { it.stage == 'ESCALATED' }.recipient", equalTo("chutich@tinh.test"));
      get("/api/v1/notifications?dossier=E-SOON").body("total", equalTo(5));

      post("/api/v1/admin/jobs/dispatch/run", Map.of())
          .statusCode(200)
          .body("result.sent", equalTo(10))
          .body("result.retried", equalTo(1));

      MimeMessage[] mails = GreenMailResource.smtp.getReceivedMessages();
      assertThat(mails).hasSize(7);
      MimeMessage escalated =
          Arrays.stream(mails)
              .filter(
                  m -> recipient(m).equals("chutich@tinh.test") && subject(m).contains("E-OVERDUE"))
              .findFirst()
              .orElseThrow();
      assertThat(subject(escalated))
          .isEqualTo("[Đúng Hạn] Báo cáo vượt cấp: hồ sơ E-OVERDUE quá hạn 15 ngày làm việc");
      assertThat(text(escalated))
          .contains(
              "Thủ tục: 9.970005",
              "Hạn giải quyết: 09/11/2026",
              "Số ngày làm việc quá hạn: 15",
              "Đơn vị đang giải quyết: Sở Thử",
              "Cán bộ được phân công xử lý: chưa phân công",
              "/ho-so/E-OVERDUE");
      assertThat(Arrays.stream(mails).filter(m -> recipient(m).equals("giamdoc@so.test")).count())
          .isEqualTo(3);
      // Each mail is named after its notification: a repeated delivery would be the same message.
      long escalatedId =
          get("/api/v1/notifications?dossier=E-OVERDUE&recipient=chutich@tinh.test")
              .extract()
              .jsonPath()
              .getLong("items[0].id");
      assertThat(messageId(escalated)).isEqualTo("<notification-" + escalatedId + "@localhost>");
      assertThat(Arrays.stream(mails).map(EscalationDeliveryTest::messageId).distinct().count())
          .isEqualTo(mails.length);

      List<Received> toDepartment = received.stream().filter(r -> r.path().equals("/so")).toList();
      assertThat(toDepartment).hasSize(3);
      for (Received r : toDepartment) {
        assertThat(r.signature())
            .isEqualTo("sha256=" + WebhookSender.sign(SECRET, r.timestamp() + "." + r.body()));
        assertThat(r.timestamp()).isEqualTo("1796007600");
        assertThat(r.body()).contains("\"dossierCode\"").contains(r.id());
      }
      get("/api/v1/notifications?dossier=E-BROKEN&status=PENDING")
          .body("total", equalTo(1))
          .body("items[0].attempts", equalTo(1))
          .body("items[0].lastError", equalTo("webhook answered 500"));

      // Nothing changed since: the scan touches nothing, nothing is sent twice.
      post("/api/v1/admin/jobs/sla-scan/run", Map.of()).body("result.evaluated", equalTo(0));
      post("/api/v1/admin/jobs/dispatch/run", Map.of()).body("result.sent", equalTo(0));
      assertThat(GreenMailResource.smtp.getReceivedMessages()).hasSize(7);
      get("/api/v1/notifications?status=SENT").body("total", equalTo(10));
      post("/api/v1/admin/jobs/no-such-job/run", Map.of()).statusCode(404);

      // The daily digest: one mail per head whose unit holds overdue dossiers, once a day.
      post("/api/v1/admin/jobs/daily-digest/run", Map.of())
          .body("result.units", equalTo(2))
          .body("result.enqueued", equalTo(2));
      post("/api/v1/admin/jobs/daily-digest/run", Map.of()).body("result.enqueued", equalTo(0));
      post("/api/v1/admin/jobs/dispatch/run", Map.of()).body("result.sent", equalTo(2));
      MimeMessage digest =
          Arrays.stream(GreenMailResource.smtp.getReceivedMessages())
              .filter(
                  m -> subject(m).equals("[Đúng Hạn] 2 hồ sơ quá hạn tại Sở Thử ngày 30/11/2026"))
              .findFirst()
              .orElseThrow();
      assertThat(recipient(digest)).isEqualTo("giamdoc@so.test");
      assertThat(text(digest))
          .contains("- E-OVERDUE (thủ tục 9.970005), hạn 09/11/2026, quá hạn 15 ngày làm việc")
          .contains("- E-SOON (thủ tục 9.970001), hạn 03/11/2026, quá hạn 19 ngày làm việc");
      // Sunday: no digest.
      MovableClock.pin("2026-11-29T10:00:00+07:00");
      post("/api/v1/admin/jobs/daily-digest/run", Map.of())
          .body("result.notAWorkingDay", equalTo(true));
    } finally {
      MovableClock.release();
    }
  }

  private static void receive(String code, String procedure, String unit, String at) {
    post(
            "/api/v1/dossiers",
            body(
                "code", code,
                "procedureCode", procedure,
                "handlingUnitCode", unit,
                "receivingUnitCode", unit,
                "channel", "ONLINE",
                "receivedAt", at,
                "applicant",
                    body("kind", "CITIZEN", "name", "Lý Thị Mai", "idNumber", "022300001111")))
        .statusCode(201);
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded text (the raw body is quoted-printable UTF-8). */
  private static String text(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (IOException | jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
