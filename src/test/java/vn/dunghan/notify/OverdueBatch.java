package vn.dunghan.notify;

import static org.hamcrest.Matchers.equalTo;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Overdue dossiers for the delivery tests, sent in one portal sync batch. */
final class OverdueBatch {

  private OverdueBatch() {}

  /**
   * {@code count} dossiers of {@code procedure} at {@code unit}, received on 02/11/2026 (due 09/11
   * for a 5-day procedure): overdue by more than 3 days.
   */
  static void sync(String prefix, String procedure, String unit, int count) {
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      batch.add(
          body(
              "code",
              prefix + String.format("%04d", i),
              "procedureCode",
              procedure,
              "handlingUnitCode",
              unit,
              "receivingUnitCode",
              unit,
              "channel",
              "ONLINE",
              "receivedAt",
              "2026-11-02T09:00:00+07:00",
              "applicant",
              body("kind", "CITIZEN", "name", "Tô Văn Lâm", "idNumber", "022300009999")));
    }
    given()
        .contentType(ContentType.JSON)
        .body(batch)
        .post("/api/v1/sync/dossiers")
        .then()
        .statusCode(200)
        .body("created", equalTo(count));
  }
}
