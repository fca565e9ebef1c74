package vn.dunghan.citizen;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.GreenMailResource;
import vn.dunghan.support.MovableClock;
import vn.dunghan.support.SmsGateway;

/**
 * The applicant is told, by e-mail (GreenMail) and by SMS through a brandname gateway (WireMock),
 * of the receipt, a supplement request, an apology and the result, each once, in Vietnamese.
 */
@QuarkusTest
@TestProfile(CitizenNoticesTest.Delivery.class)
class CitizenNoticesTest {

  public static class Delivery implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "notify.working-hours-only", "false",
          "dunghan.citizen.lookup-url", "https://dichvucong.tinh.gov.vn/tra-cuu");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(GreenMailResource.class), new TestResourceEntry(SmsGateway.class));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static HaiLang place;

  @BeforeEach
  void province() throws Exception {
    MovableClock.pin("2025-09-03T09:30:00+07:00");
    SmsGateway.up();
    // Emptied, not restarted: a restart between two tests left the next send unanswered (25 s).
    GreenMailResource.smtp.purgeEmailFromAllMailboxes();
    if (place == null) {
      place = HaiLang.create("TB", "Tỉnh Thông Báo", null);
    }
  }

  @AfterEach
  void release() {
    MovableClock.release();
  }

  private static String dossier(String receivedAt, Boolean optOut) {
    String code = Api.unique("TB-");
    Map<String, Object> intake = place.intake(code, receivedAt, "0912345678", "lan.do@example.vn");
    @SuppressWarnings("unchecked")
    Map<String, Object> applicant = (Map<String, Object>) intake.get("applicant");
    applicant.put("noticesOptOut", optOut);
    post("/api/v1/dossiers", intake).statusCode(201);
    return code;
  }

  private static int dispatch() {
    return post("/api/v1/admin/jobs/dispatch/run", Map.of())
        .statusCode(200)
        .extract()
        .path("result.sent");
  }

  private static List<JsonNode> texts(String code) throws Exception {
    List<JsonNode> found = new java.util.ArrayList<>();
    for (LoggedRequest r : SmsGateway.gateway.findAll(postRequestedFor(urlEqualTo("/sms/send")))) {
      JsonNode body = JSON.readTree(r.getBodyAsString());
      if (body.path("message").asText().contains(code)) {
        assertThat(r.getHeader("X-Api-Key")).isEqualTo(SmsGateway.API_KEY);
        found.add(body);
      }
    }
    return found;
  }

  /** The mails to the applicant about {@code code} (the heads' own notices are not theirs). */
  private static List<MimeMessage> mails(String code) throws Exception {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage m : GreenMailResource.smtp.getReceivedMessages()) {
      if (m.getSubject().contains(code)
          && "lan.do@example.vn".equals(m.getAllRecipients()[0].toString())) {
        found.add(m);
      }
    }
    return found;
  }

  private static String text(MimeMessage m) throws Exception {
    return m.getContent().toString();
  }

  @Test
  void eachMomentIsToldOnceByMailAndSms() throws Exception {
    String code = dossier("2025-09-03T09:00:00+07:00", null);
    dispatch();
    List<MimeMessage> mail = mails(code);
    assertThat(mail).hasSize(1);
    assertThat(mail.get(0).getSubject()).isEqualTo("Đã tiếp nhận hồ sơ " + code);
    assertThat(mail.get(0).getAllRecipients()[0].toString()).isEqualTo("lan.do@example.vn");
    assertThat(text(mail.get(0)))
        .contains("Xã Hải Lạng đã tiếp nhận hồ sơ " + code)
        .contains("lúc 09:00 ngày 03/09/2025")
        .contains("Ngày hẹn trả kết quả: 08/09/2025.")
        .contains("https://dichvucong.tinh.gov.vn/tra-cuu?ma=" + code)
        .doesNotContain("Đỗ Thị Lan");
    List<JsonNode> sms = texts(code);
    assertThat(sms).hasSize(1);
    assertThat(sms.get(0).path("to").asText()).isEqualTo("84912345678");
    assertThat(sms.get(0).path("brandname").asText()).isEqualTo("UBND-TINH");
    // Without diacritics, as brandname contracts want.
    assertThat(sms.get(0).path("message").asText())
        .isEqualTo(
            "Xa Hai Lang: da tiep nhan ho so "
                + code
                + ", hen tra ket qua ngay 08/09/2025. Tra cuu:"
                + " https://dichvucong.tinh.gov.vn/tra-cuu?ma="
                + code);

    String events = "/api/v1/dossiers/" + code + "/events";
    MovableClock.pin("2025-09-04T10:30:00+07:00");
    post(
            events,
            body(
                "type",
                "SUPPLEMENT_REQUESTED",
                "at",
                "2025-09-04T10:00:00+07:00",
                "reason",
                "Thiếu bản sao sổ hộ khẩu"))
        .statusCode(201);
    post(events, body("type", "SUPPLEMENT_RECEIVED", "at", "2025-09-04T10:15:00+07:00"))
        .statusCode(201);
    post(
            events,
            body(
                "type",
                "REAPPOINTED",
                "at",
                "2025-09-04T10:20:00+07:00",
                "reason",
                "Chờ xác minh",
                "newAppointmentDate",
                "2025-09-15"))
        .statusCode(201);
    post(events, body("type", "RESOLVED", "at", "2025-09-04T10:25:00+07:00", "outcome", "APPROVED"))
        .statusCode(201);
    dispatch();
    assertThat(
            mails(code).stream()
                .map(
                    m -> {
                      try {
                        return m.getSubject();
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    })
                .toList())
        .containsExactlyInAnyOrder(
            "Đã tiếp nhận hồ sơ " + code,
            "Hồ sơ " + code + " cần bổ sung, hoàn thiện",
            "Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + code,
            "Hồ sơ " + code + " đã có kết quả");
    String all =
        String.join(
            "\n",
            mails(code).stream()
                .map(
                    m -> {
                      try {
                        return text(m);
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    })
                .toList());
    assertThat(all)
        .contains("bổ sung, hoàn thiện hồ sơ " + code + ": Thiếu bản sao sổ hộ khẩu.")
        .contains("tính lại từ đầu")
        .contains("Lý do: Chờ xác minh.")
        .contains("Ngày hẹn trả kết quả mới: 15/09/2025.")
        .contains("đã có kết quả giải quyết");
    assertThat(texts(code).stream().map(t -> t.path("message").asText()).toList())
        .hasSize(4)
        .anyMatch(t -> t.contains("can bo sung: Thieu ban sao so ho khau"))
        .anyMatch(t -> t.contains("xin loi ong/ba") && t.contains("15/09/2025"))
        .anyMatch(t -> t.contains("da co ket qua"));
    // Nothing is told twice: another dispatch, the same intake again, the same events again.
    assertThat(dispatch()).isZero();
    post("/api/v1/admin/jobs/dispatch/run", Map.of()).statusCode(200);
    assertThat(mails(code)).hasSize(4);
    assertThat(texts(code)).hasSize(4);
    // The ledger shows the applicant's contacts masked.
    Api.get("/api/v1/notifications?dossier=" + code + "&size=20")
        .statusCode(200)
        .body(
            "items.recipient",
            org.hamcrest.Matchers.everyItem(
                org.hamcrest.Matchers.isOneOf("*******678", "l***@example.vn")));
  }

  @Test
  void aGatewayFailureIsRetriedAndTheTextGoesOutOnce() throws Exception {
    SmsGateway.failNextOnce();
    String code = dossier("2025-09-03T09:10:00+07:00", null);
    post("/api/v1/admin/jobs/dispatch/run", Map.of())
        .statusCode(200)
        .body("result.retried", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    assertThat(mails(code)).hasSize(1);
    MovableClock.pin("2025-09-03T10:30:00+07:00"); // past the first retry's wait
    dispatch();
    List<LoggedRequest> tries =
        SmsGateway.gateway.findAll(postRequestedFor(urlEqualTo("/sms/send"))).stream()
            .filter(r -> r.getBodyAsString().contains(code))
            .toList();
    assertThat(tries).hasSize(2); // the refused one and the accepted one
    // The same notification both times: the gateway can drop a repeat by requestId.
    assertThat(JSON.readTree(tries.get(0).getBodyAsString()).path("requestId"))
        .isEqualTo(JSON.readTree(tries.get(1).getBodyAsString()).path("requestId"));
    dispatch();
    assertThat(
            SmsGateway.gateway.findAll(postRequestedFor(urlEqualTo("/sms/send"))).stream()
                .filter(r -> r.getBodyAsString().contains(code))
                .count())
        .isEqualTo(2);
  }

  @Test
  void historyIsSilentAndAnOptOutIsRespected() throws Exception {
    String old = dossier("2025-08-01T09:00:00+07:00", null); // a sync of last month
    String declined = dossier("2025-09-03T09:05:00+07:00", true);
    String later = dossier("2025-09-03T09:06:00+07:00", null);
    RestAssured.given()
        .queryParam("check", "5678")
        .post("/public/v1/dossiers/" + later + "/opt-out")
        .then()
        .statusCode(204);
    RestAssured.given()
        .queryParam("check", "0000")
        .post("/public/v1/dossiers/" + later + "/opt-out")
        .then()
        .statusCode(404);
    dispatch();
    for (String code : new String[] {old, declined, later}) {
      assertThat(mails(code))
          .as(code + (code.equals(old) ? " old" : code.equals(declined) ? " declined" : " later"))
          .isEmpty();
      assertThat(texts(code)).as(code).isEmpty();
    }
    Api.get("/api/v1/notifications?dossier=" + later + "&status=SKIPPED")
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.equalTo(2));
    // And nothing more is queued for them.
    MovableClock.pin("2025-09-04T10:30:00+07:00");
    post(
            "/api/v1/dossiers/" + later + "/events",
            body("type", "RESOLVED", "at", "2025-09-04T10:00:00+07:00", "outcome", "APPROVED"))
        .statusCode(201);
    dispatch();
    assertThat(mails(later)).isEmpty();
    assertThat(texts(later)).isEmpty();
  }

  @Test
  void thePassedAppointmentIsToldOnceUnlessAnApologyCameFirst() throws Exception {
    String late = dossier("2025-09-03T09:20:00+07:00", null); // due Monday 8 September
    String apologised = dossier("2025-09-03T09:21:00+07:00", null);
    MovableClock.pin("2025-09-04T09:30:00+07:00");
    post(
            "/api/v1/dossiers/" + apologised + "/events",
            body(
                "type",
                "REAPPOINTED",
                "at",
                "2025-09-04T09:00:00+07:00",
                "reason",
                "Chờ xác minh",
                "newAppointmentDate",
                "2025-09-15"))
        .statusCode(201);
    dispatch();
    MovableClock.pin("2025-09-09T08:00:00+07:00");
    post("/api/v1/admin/jobs/sla-scan/run", Map.of()).statusCode(200);
    post("/api/v1/admin/jobs/sla-scan/run", Map.of()).statusCode(200);
    dispatch();
    List<MimeMessage> told = mails(late);
    assertThat(told).hasSize(2); // the receipt, then the passed appointment
    MimeMessage passed =
        told.stream()
            .filter(
                m -> {
                  try {
                    return m.getSubject().contains("quá ngày hẹn");
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .findFirst()
            .orElseThrow();
    assertThat(passed.getSubject()).isEqualTo("Hồ sơ " + late + " đã quá ngày hẹn trả kết quả");
    assertThat(text(passed))
        .contains("chưa trả được kết quả hồ sơ " + late + " đúng ngày hẹn 08/09/2025");
    assertThat(texts(late).stream().map(t -> t.path("message").asText()))
        .anyMatch(t -> t.contains("chua co ket qua dung ngay hen 08/09/2025"));
    // The apology already gave a new day: no second message about the same delay.
    assertThat(
            mails(apologised).stream()
                .filter(
                    m -> {
                      try {
                        return m.getSubject().contains("quá ngày hẹn");
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    })
                .count())
        .isZero();
  }
}
