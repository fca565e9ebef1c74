package vn.dunghan.dossier;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.post;
import static vn.dunghan.support.Api.put;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.IsolatedDatabaseProfile;

/** Replacing a year's schedule moves the due dates of open dossiers, and says so on each. */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
class CalendarChangeTest {

  @Test
  void anAddedDayOffMovesOpenDeadlinesAndRecordsWhy() {
    Fixtures.ensure();
    String open = Fixtures.code();
    String closed = Fixtures.code();
    // Fri 20/11/2026 + 15 WD: 23-27/11, 30/11-04/12, 07-11/12 -> Fri 11/12/2026.
    post("/api/v1/dossiers", Fixtures.dossier(open, Fixtures.COMMUNE, "2026-11-20T09:00:00+07:00"))
        .statusCode(201)
        .body("dueDate", equalTo("2026-12-11"));
    post(
            "/api/v1/dossiers",
            Fixtures.dossier(closed, Fixtures.COMMUNE, "2026-11-20T09:00:00+07:00"))
        .statusCode(201);
    post(
            "/api/v1/dossiers/" + closed + "/events",
            body("type", "WITHDRAWN", "at", "2026-11-23T09:00:00+07:00", "reason", "Công dân rút"))
        .statusCode(201);

    List<Map<String, Object>> entries = new ArrayList<>();
    for (Map<String, Object> e :
        get("/api/v1/calendar/2026")
            .statusCode(200)
            .extract()
            .<List<Map<String, Object>>>path("entries")) {
      entries.add(
          body(
              "date",
              e.get("date"),
              "kind",
              e.get("kind"),
              "name",
              e.get("name"),
              "source",
              e.get("source")));
    }
    entries.add(body("date", "2026-12-07", "kind", "DAY_OFF", "name", "Nghỉ bổ sung (thử nghiệm)"));
    put(
            "/api/v1/calendar/2026",
            body(
                "status", "OFFICIAL",
                "source", "Thông báo bổ sung (thử nghiệm)",
                "reason", "Bổ sung ngày nghỉ 07/12",
                "changedBy", "sonoivu@test.vn",
                "entries", entries))
        .statusCode(200)
        .body("revision", equalTo(2));

    get("/api/v1/dossiers/" + open)
        .statusCode(200)
        .body("dueDate", equalTo("2026-12-14"))
        .body("events", hasSize(1))
        .body("events[0].type", equalTo("DEADLINE_RECOMPUTED"))
        .body("events[0].source", equalTo("SYSTEM"))
        .body("events[0].oldDueDate", equalTo("2026-12-11"))
        .body("events[0].newDueDate", equalTo("2026-12-14"))
        .body("events[0].reason", containsString("Bổ sung ngày nghỉ 07/12"));
    get("/api/v1/dossiers/" + closed)
        .statusCode(200)
        .body("dueDate", equalTo("2026-12-11"))
        .body("events", hasSize(1));
  }
}
