package vn.dunghan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.Tokens;

/**
 * Both verdicts on real dossiers, through the API: legally on time and late for Decision 766 (two
 * supplement requests; a supplement wait paused instead of restarting the clock), legally late and
 * on time for the index (a re-appointment), and the list of the dossiers on which they differ.
 */
@QuarkusTest
class VerdictsTest {

  @BeforeEach
  void referenceData() {
    Fixtures.ensure();
  }

  private static String received(String at, Map<?, ?>... events) {
    String code = Fixtures.code();
    post("/api/v1/dossiers", Fixtures.dossier(code, Fixtures.COMMUNE, at)).statusCode(201);
    for (Map<?, ?> e : events) {
      post("/api/v1/dossiers/" + code + "/events", e).statusCode(201);
    }
    return code;
  }

  private static Map<String, Object> event(String type, String at, Object... more) {
    Map<String, Object> e = body("type", type, "at", at + "+07:00");
    e.putAll(body(more));
    return e;
  }

  private static JsonPath verdicts(String code) {
    return get("/api/v1/dossiers/" + code).statusCode(200).extract().jsonPath();
  }

  @Test
  void twoSupplementRequestsAreOnTimeByLawAndLateByTheIndex() {
    String code =
        received(
            "2025-09-03T09:00:00+07:00",
            event("SUPPLEMENT_REQUESTED", "2025-09-04T10:00:00", "reason", "Thiếu bản sao"),
            event("SUPPLEMENT_RECEIVED", "2025-09-05T10:00:00"),
            event("SUPPLEMENT_REQUESTED", "2025-09-08T10:00:00", "reason", "Thiếu chữ ký"),
            event("SUPPLEMENT_RECEIVED", "2025-09-09T10:00:00"),
            event("RESOLVED", "2025-09-25T10:00:00", "outcome", "APPROVED"));
    JsonPath d = verdicts(code);
    assertThat(d.getString("verdicts.legal.verdict")).isEqualTo("EARLY");
    assertThat(d.getString("verdicts.legal.dueDate")).isEqualTo("2025-09-30");
    assertThat(d.getString("verdicts.legal.reason")).contains("restarted");
    assertThat(d.getString("verdicts.index.verdict")).isEqualTo("LATE");
    assertThat(d.getInt("verdicts.index.supplementRequests")).isEqualTo(2);
    assertThat(d.getString("verdicts.index.reason")).contains("more than one");
  }

  @Test
  void aSupplementWaitIsPausedByTheIndexWhereTheLawRestarts() {
    // Received 3/9 (due 24/9); 14 days' wait for the supplement; the restarted clock runs to 22/10.
    String code =
        received(
            "2025-09-03T09:00:00+07:00",
            event("SUPPLEMENT_REQUESTED", "2025-09-17T10:00:00", "reason", "Thiếu trích đo"),
            event("SUPPLEMENT_RECEIVED", "2025-10-01T10:00:00"),
            event("RESOLVED", "2025-10-20T10:00:00", "outcome", "APPROVED"));
    JsonPath d = verdicts(code);
    assertThat(d.getString("verdicts.legal.verdict")).isEqualTo("EARLY");
    assertThat(d.getString("verdicts.legal.dueDate")).isEqualTo("2025-10-22");
    assertThat(d.getString("verdicts.index.verdict")).isEqualTo("LATE");
    assertThat(d.getString("verdicts.index.appointment")).isEqualTo("2025-09-24");
    assertThat(d.getString("verdicts.index.effectiveEnd")).isEqualTo("2025-10-06");
    assertThat(d.getString("verdicts.index.reason")).contains("less 14 day(s)");
  }

  @Test
  void aReappointedDossierIsLateByLawAndOnTimeByTheIndex() {
    String code =
        received(
            "2025-09-03T09:00:00+07:00",
            event(
                "REAPPOINTED",
                "2025-09-22T09:00:00",
                "reason",
                "Xin lỗi vì chậm đo đạc",
                "newAppointmentDate",
                "2025-10-03"),
            event("RESOLVED", "2025-10-01T10:00:00", "outcome", "APPROVED"));
    JsonPath d = verdicts(code);
    assertThat(d.getString("verdicts.legal.verdict")).isEqualTo("LATE");
    assertThat(d.getString("verdicts.index.verdict")).isEqualTo("EARLY");
    assertThat(d.getString("verdicts.index.appointment")).isEqualTo("2025-10-03");
  }

  @Test
  void anOpenDossierIsJudgedAsOfTodayAndAnUnansweredRequestEndsIt() {
    String open = received("2025-09-03T09:00:00+07:00");
    JsonPath d = verdicts(open);
    assertThat(d.getString("verdicts.legal.verdict")).isNull();
    // Today is long after its appointment of 24/9/2025.
    assertThat(d.getString("verdicts.index.verdict")).isEqualTo("OVERDUE");
    assertThat(d.getString("verdicts.index.asOf")).isNotNull();
    String waiting =
        received(
            "2025-09-03T09:00:00+07:00",
            event("SUPPLEMENT_REQUESTED", "2025-09-05T10:00:00", "reason", "Thiếu bản đồ"));
    JsonPath w = verdicts(waiting);
    assertThat(w.getString("status")).isEqualTo("AWAITING_SUPPLEMENT");
    assertThat(w.getString("verdicts.index.verdict")).isEqualTo("EARLY");
    assertThat(w.getString("verdicts.index.effectiveEnd")).isEqualTo("2025-09-05");
  }

  @Test
  void theDisagreementsListNamesEachAndWhy() {
    String twoRequests =
        received(
            "2025-11-03T09:00:00+07:00",
            event("SUPPLEMENT_REQUESTED", "2025-11-04T10:00:00", "reason", "Thiếu bản sao"),
            event("SUPPLEMENT_RECEIVED", "2025-11-05T10:00:00"),
            event("SUPPLEMENT_REQUESTED", "2025-11-06T10:00:00", "reason", "Thiếu chữ ký"),
            event("SUPPLEMENT_RECEIVED", "2025-11-07T10:00:00"),
            event("RESOLVED", "2025-11-12T10:00:00", "outcome", "APPROVED"));
    String reappointed =
        received(
            "2025-11-03T09:00:00+07:00",
            event(
                "REAPPOINTED",
                "2025-11-20T09:00:00",
                "reason",
                "Xin lỗi",
                "newAppointmentDate",
                "2025-12-05"),
            event("RESOLVED", "2025-12-01T10:00:00", "outcome", "APPROVED"));
    String agreeing =
        received(
            "2025-11-03T09:00:00+07:00",
            event("RESOLVED", "2025-11-10T10:00:00", "outcome", "APPROVED"));
    String withdrawn =
        received(
            "2025-11-03T09:00:00+07:00",
            event("WITHDRAWN", "2025-11-05T10:00:00", "reason", "Công dân rút"));
    JsonPath list =
        get("/api/v1/sla/verdicts/disagreements?from=2025-11-01&to=2025-12-31&unit="
                + Fixtures.COMMUNE
                + "&size=200")
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> codes = list.getList("items.code");
    assertThat(codes).contains(twoRequests, reappointed).doesNotContain(agreeing, withdrawn);
    Map<String, Object> first = row(list, twoRequests);
    assertThat(first.get("cause")).isEqualTo("MORE_THAN_ONE_SUPPLEMENT");
    assertThat(first.get("legal")).isIn("EARLY", "ON_TIME");
    assertThat(first.get("index")).isEqualTo("LATE");
    assertThat((String) first.get("reason")).contains("legally").contains("for the index LATE");
    Map<String, Object> second = row(list, reappointed);
    assertThat(second.get("cause")).isEqualTo("REAPPOINTED");
    assertThat(second.get("legal")).isEqualTo("LATE");
    // Outside the window: not listed.
    assertThat(
            get("/api/v1/sla/verdicts/disagreements?from=2026-01-01&to=2026-01-31&unit="
                    + Fixtures.COMMUNE)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code"))
        .doesNotContain(twoRequests, reappointed);
    // The usual scope: a head of another unit may not read this commune's.
    Api.as(Tokens.of("truong-phong", Fixtures.DEPARTMENT, "head"))
        .get(
            "/api/v1/sla/verdicts/disagreements?from=2025-11-01&to=2025-12-31&unit="
                + Fixtures.COMMUNE)
        .then()
        .statusCode(403);
    get("/api/v1/sla/verdicts/disagreements?from=2025-12-31&to=2025-11-01").statusCode(422);
  }

  private static Map<String, Object> row(JsonPath list, String code) {
    List<Map<String, Object>> items = list.getList("items");
    return items.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
  }
}
