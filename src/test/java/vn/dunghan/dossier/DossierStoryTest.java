package vn.dunghan.dossier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One dossier from receipt to return around the 2025 Victory Day break (30/04-02/05 off, Saturday
 * 26/04 worked), every date computed by hand from the official 2025 schedule.
 */
@QuarkusTest
class DossierStoryTest {

  @BeforeEach
  void referenceData() {
    Fixtures.ensure();
  }

  @Test
  void receiveTransferSupplementTransferResolveReturn() {
    String code = Fixtures.code();
    String events = "/api/v1/dossiers/" + code + "/events";
    // 15 WD from Mon 21/04: 22-25 (4), Sat 26 (5), 28-29 (7), 30/04-02/05 off, 05-09/05 (12), 12-14
    // (15).
    post("/api/v1/dossiers", Fixtures.dossier(code, Fixtures.DISTRICT, "2025-04-21T09:00:00+07:00"))
        .statusCode(201)
        .body("status", equalTo("IN_PROGRESS"))
        .body("dueDate", equalTo("2025-05-14"))
        .body("appointmentDate", equalTo("2025-05-14"))
        .body("level", equalTo("DISTRICT"))
        .body("fieldCode", equalTo(Fixtures.FIELD))
        .body("steps", hasSize(1))
        .body("steps[0].dueDate", equalTo("2025-05-14"));
    // Step at the department: 5 WD from Tue 22/04: 23, 24, 25, Sat 26, 28.
    post(
            events,
            body(
                "type",
                "TRANSFERRED",
                "at",
                "2025-04-22T10:00:00+07:00",
                "toUnitCode",
                Fixtures.DEPARTMENT,
                "allotment",
                5))
        .statusCode(201)
        .body("holdingUnitCode", equalTo(Fixtures.DEPARTMENT))
        .body("steps[1].dueDate", equalTo("2025-04-28"))
        .body("steps[0].completedOn", equalTo("2025-04-22"));
    post(
            events,
            body(
                "type",
                "SUPPLEMENT_REQUESTED",
                "at",
                "2025-04-23T14:00:00+07:00",
                "reason",
                "Thiếu bản sao giấy chứng nhận"))
        .statusCode(201)
        .body("status", equalTo("AWAITING_SUPPLEMENT"))
        .body("sla.state", equalTo("PAUSED"))
        .body("flags", hasSize(0));
    // Restart from Fri 25/04: Sat 26 (1), 28-29 (3), 05-09/05 (8), 12-16 (13), 19-20 (15).
    // The department's step restarts too: 26, 28, 29, 05, 06 -> 06/05.
    post(events, body("type", "SUPPLEMENT_RECEIVED", "at", "2025-04-25T08:30:00+07:00"))
        .statusCode(201)
        .body("status", equalTo("IN_PROGRESS"))
        .body("dueDate", equalTo("2025-05-20"))
        .body("clock.restarts", equalTo(1))
        .body("steps[1].dueDate", equalTo("2025-05-06"));
    // Back to the district on Fri 09/05: the department overran 07, 08, 09 = 3 working days.
    // District step: 8 WD from 09/05: 12-16 (5), 19-21 (8) -> 21/05.
    post(
            events,
            body(
                "type",
                "TRANSFERRED",
                "at",
                "2025-05-09T16:00:00+07:00",
                "toUnitCode",
                Fixtures.DISTRICT,
                "allotment",
                8))
        .statusCode(201)
        .body("steps[1].overrunWorkingDays", equalTo(3))
        .body("steps[1].timeliness", equalTo("LATE"))
        .body("steps[2].dueDate", equalTo("2025-05-21"));
    post(events, body("type", "RESOLVED", "at", "2025-05-20T15:00:00+07:00", "outcome", "APPROVED"))
        .statusCode(201)
        .body("status", equalTo("RESOLVED"))
        .body("timeliness", equalTo("ON_TIME"))
        .body("sla.state", equalTo("MET"))
        .body("steps[2].timeliness", equalTo("EARLY"));
    post(events, body("type", "RETURNED", "at", "2025-05-21T09:00:00+07:00"))
        .statusCode(201)
        .body("status", equalTo("RETURNED"))
        .body("events", hasSize(6))
        .body("events[0].source", equalTo("DESK"));
    get("/api/v1/dossiers/" + code + "/deadline")
        .statusCode(200)
        .body("dueDate", equalTo("2025-05-20"))
        .body("clockStartedOn", equalTo("2025-04-25"))
        .body("days.find { it.date == '2025-04-24' }.role", equalTo("AWAITING_SUPPLEMENT"))
        .body("days.find { it.date == '2025-04-22' }.role", equalTo("BEFORE_RESTART"))
        .body("days.find { it.date == '2025-04-26' }.role", equalTo("MAKE_UP_WORKING_DAY"))
        .body("days.find { it.date == '2025-04-30' }.role", equalTo("DAY_OFF"))
        .body("days.find { it.date == '2025-04-30' }.name", equalTo("Ngày Chiến thắng"))
        .body("days.find { it.date == '2025-05-20' }.runningTotal", equalTo(15))
        .body("steps", hasSize(3));
  }
}
