package vn.dunghan.dossier;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.given;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DossierEventsTest {

  private static final String PROBLEM = "application/problem+json";

  @BeforeEach
  void referenceData() {
    Fixtures.ensure();
  }

  private static String received(String at) {
    String code = Fixtures.code();
    post("/api/v1/dossiers", Fixtures.dossier(code, Fixtures.COMMUNE, at)).statusCode(201);
    return code;
  }

  @Test
  void lateEventsAreReplayedInTimeOrder() {
    // Received Wed 03/09/2025 (01-02/09 are off); 15 WD: 04-05, 08-12, 15-19, 22-24 -> Wed 24/09.
    String code = received("2025-09-03T09:00:00+07:00");
    String events = "/api/v1/dossiers/" + code + "/events";
    // The resumption arrives before the suspension it ends.
    post(events, body("type", "RESOLVED", "at", "2025-09-30T09:00:00+07:00", "outcome", "APPROVED"))
        .statusCode(201)
        .body("timeliness", equalTo("LATE"));
    post(events, body("type", "RESUMED", "at", "2025-09-12T09:00:00+07:00"))
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("https://dunghan.vn/problems/illegal-transition"))
        .body("currentStatus", equalTo("RESOLVED"))
        .body("statusAtThatTime", equalTo("IN_PROGRESS"));
    post(
            events,
            body(
                "type",
                "SUSPENDED",
                "at",
                "2025-09-08T09:00:00+07:00",
                "reason",
                "Xác định nghĩa vụ tài chính"))
        .statusCode(409);
    // A suspension inserted before a resolution it would block is refused as well.
    String second = received("2025-09-03T09:00:00+07:00");
    String secondEvents = "/api/v1/dossiers/" + second + "/events";
    post(
            secondEvents,
            body("type", "RESOLVED", "at", "2025-09-29T09:00:00+07:00", "outcome", "APPROVED"))
        .statusCode(201)
        .body("timeliness", equalTo("LATE"));
    post(
            secondEvents,
            body(
                "type",
                "SUSPENDED",
                "at",
                "2025-09-08T09:00:00+07:00",
                "reason",
                "Thẩm định giá đất"))
        .statusCode(409)
        .body("statusAtThatTime", equalTo("SUSPENDED"));
  }

  @Test
  void anEventArrivingLateIsPlacedBeforeLaterOnes() {
    String code = received("2025-09-03T09:00:00+07:00");
    String events = "/api/v1/dossiers/" + code + "/events";
    post(
            events,
            body(
                "type",
                "SUSPENDED",
                "at",
                "2025-09-08T09:00:00+07:00",
                "reason",
                "Thẩm định giá đất"))
        .statusCode(201);
    post(events, body("type", "RESOLVED", "at", "2025-09-30T09:00:00+07:00", "outcome", "APPROVED"))
        .statusCode(409)
        .body("currentStatus", equalTo("SUSPENDED"));
    post(events, body("type", "RESUMED", "at", "2025-09-12T09:00:00+07:00"))
        .statusCode(201)
        // Paused 09/09-12/09 = 4 WD: the due date moves from 24/09 to 30/09.
        .body("dueDate", equalTo("2025-09-30"))
        .body("clock.pausedWorkingDays", equalTo(4));
    post(events, body("type", "RESOLVED", "at", "2025-09-30T16:00:00+07:00", "outcome", "APPROVED"))
        .statusCode(201)
        .body("timeliness", equalTo("ON_TIME"));
    // A transfer reported late, between suspension and resolution, is replayed in its place.
    post(
            events,
            body(
                "type",
                "TRANSFERRED",
                "at",
                "2025-09-15T09:00:00+07:00",
                "toUnitCode",
                Fixtures.DEPARTMENT,
                "allotment",
                3))
        .statusCode(201)
        .body("steps", hasSize(2))
        .body("steps[1].unitCode", equalTo(Fixtures.DEPARTMENT))
        .body("steps[1].dueDate", equalTo("2025-09-18"))
        // Due 18/09, completed at the resolution on 30/09: 19, 22-26, 29, 30 = 8 working days over.
        .body("steps[1].overrunWorkingDays", equalTo(8))
        .body("timeliness", equalTo("ON_TIME"))
        .body("events", hasSize(4));
  }

  @Test
  void theSameEventTwiceIsRecordedOnce() {
    String code = received("2025-09-03T09:00:00+07:00");
    String events = "/api/v1/dossiers/" + code + "/events";
    var event = body("type", "SUSPENDED", "at", "2025-09-08T09:00:00+07:00", "reason", "Giám định");
    post(events, event).statusCode(201);
    post(events, event).statusCode(200).body("events", hasSize(1));
  }

  @Test
  void eventContentIsChecked() {
    String code = received("2025-09-03T09:00:00+07:00");
    String events = "/api/v1/dossiers/" + code + "/events";
    post(
            events,
            body(
                "type",
                "TRANSFERRED",
                "at",
                "2025-09-04T09:00:00+07:00",
                "toUnitCode",
                Fixtures.DISTRICT))
        .statusCode(422)
        .body("errors.field", org.hamcrest.Matchers.hasItems("toUnitCode", "allotment"));
    post(events, body("type", "RESOLVED", "at", "2025-09-02T09:00:00+07:00"))
        .statusCode(422)
        .body("errors.field", org.hamcrest.Matchers.hasItems("at", "outcome"));
    post(
            events,
            body(
                "type",
                "REAPPOINTED",
                "at",
                "2025-09-10T09:00:00+07:00",
                "reason",
                "Chờ ý kiến",
                "newAppointmentDate",
                "2025-09-20"))
        .statusCode(422)
        .body("errors[0].field", equalTo("newAppointmentDate"));
    post(
            "/api/v1/dossiers/NO-SUCH-DOSSIER/events",
            body("type", "RETURNED", "at", "2025-09-10T09:00:00+07:00"))
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  void reappointmentIsOnceAndFlaggedWhenLate() {
    String code = received("2025-09-03T09:00:00+07:00"); // due 24/09; apology due by 23/09
    String events = "/api/v1/dossiers/" + code + "/events";
    post(
            events,
            body(
                "type",
                "REAPPOINTED",
                "at",
                "2025-09-24T09:00:00+07:00",
                "reason",
                "Chờ ý kiến Sở Xây dựng",
                "newAppointmentDate",
                "2025-10-03"))
        .statusCode(201)
        .body("appointmentDate", equalTo("2025-10-03"))
        .body("dueDate", equalTo("2025-09-24"))
        .body("flags[0]", equalTo("REAPPOINTMENT_LATE"));
    post(
            events,
            body(
                "type",
                "REAPPOINTED",
                "at",
                "2025-09-25T09:00:00+07:00",
                "reason",
                "Lần hai",
                "newAppointmentDate",
                "2025-10-10"))
        .statusCode(409)
        .body("detail", containsString("only once"));
  }

  @Test
  void aStaleIfMatchIsRefused() {
    String code = received("2025-09-03T09:00:00+07:00");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(
            body("type", "WITHDRAWN", "at", "2025-09-04T09:00:00+07:00", "reason", "Công dân rút"))
        .post("/api/v1/dossiers/" + code + "/events")
        .then()
        .statusCode(412);
    get("/api/v1/dossiers/" + code).body("status", equalTo("IN_PROGRESS"));
  }
}
