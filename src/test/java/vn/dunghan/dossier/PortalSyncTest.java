package vn.dunghan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.given;
import static vn.dunghan.support.Api.with;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PortalSyncTest {

  private static final String SYNC = "/api/v1/sync/dossiers";
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeEach
  void referenceData() {
    Fixtures.ensure();
  }

  private static Map<String, Object> item(String code, Object... events) {
    Map<String, Object> item =
        with(
            Fixtures.dossier(code, Fixtures.COMMUNE, "2025-09-03T09:00:00+07:00"),
            "channel",
            "ONLINE");
    item.put("events", List.of(events));
    return item;
  }

  private static ValidatableResponse sync(Object batch) {
    return given().contentType(ContentType.JSON).body(batch).post(SYNC).then();
  }

  private static ValidatableResponse syncLines(String lines) {
    return given()
        .contentType("application/x-ndjson")
        .body(lines.getBytes(StandardCharsets.UTF_8))
        .post(SYNC)
        .then();
  }

  @Test
  void theSameBatchTwiceChangesNothingTheSecondTime() {
    String a = Fixtures.code();
    String b = Fixtures.code();
    // Events out of order: the portal sends them as it has them.
    List<Object> batch =
        List.of(
            item(a),
            item(
                b,
                body("type", "RESOLVED", "at", "2025-09-20T10:00:00+07:00", "outcome", "APPROVED"),
                body("type", "SUPPLEMENT_RECEIVED", "at", "2025-09-10T10:00:00+07:00"),
                body(
                    "type",
                    "SUPPLEMENT_REQUESTED",
                    "at",
                    "2025-09-05T10:00:00+07:00",
                    "reason",
                    "Thiếu giấy tờ")));
    sync(batch)
        .statusCode(200)
        .body("total", equalTo(2))
        .body("created", equalTo(2))
        .body("items[0].outcome", equalTo("CREATED"))
        .body("items[0].dueDate", equalTo("2025-09-24"))
        .body("items[1].status", equalTo("RESOLVED"));
    sync(batch)
        .statusCode(200)
        .body("unchanged", equalTo(2))
        .body("items.outcome", equalTo(List.of("UNCHANGED", "UNCHANGED")));
    get("/api/v1/dossiers/" + b)
        .statusCode(200)
        .body("events", hasSize(3))
        .body("events[0].source", equalTo("PORTAL"))
        .body("clock.restarts", equalTo(1))
        .body("timeliness", equalTo("EARLY"));
  }

  /**
   * Portal batches arrive in parallel (several streams, retries). Four batches at once over the
   * same 150 codes, each in its own order and each with a few codes of its own: every code is
   * created exactly once, by whichever batch locked it first, and the others find it stored.
   */
  @Test
  void concurrentOverlappingBatchesCreateEachDossierOnce() throws Exception {
    List<String> shared = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      shared.add(Fixtures.code() + "-" + i);
    }
    List<List<Object>> batches = new ArrayList<>();
    for (int b = 0; b < 4; b++) {
      List<String> codes = new ArrayList<>(shared);
      Collections.rotate(codes, b * 37);
      if (b % 2 == 1) {
        Collections.reverse(codes);
      }
      List<Object> batch = new ArrayList<>();
      for (String code : codes) {
        batch.add(
            item(
                code,
                body(
                    "type", "RESOLVED", "at", "2025-09-10T10:00:00+07:00", "outcome", "APPROVED")));
      }
      for (int own = 0; own < 5; own++) {
        batch.add(item(Fixtures.code() + "-own" + b + own));
      }
      batches.add(batch);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Map<String, Object>>> answers = new ArrayList<>();
    for (List<Object> batch : batches) {
      answers.add(pool.submit(() -> sync(batch).statusCode(200).extract().path("")));
    }
    Map<String, Integer> created = new HashMap<>();
    int unchanged = 0;
    for (Future<Map<String, Object>> answer : answers) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> items = (List<Map<String, Object>>) answer.get().get("items");
      for (Map<String, Object> item : items) {
        if ("CREATED".equals(item.get("outcome"))) {
          created.merge((String) item.get("code"), 1, Integer::sum);
        } else {
          assertThat(item.get("outcome")).as((String) item.get("code")).isEqualTo("UNCHANGED");
          unchanged++;
        }
      }
    }
    pool.shutdown();
    assertThat(created).hasSize(150 + 20);
    assertThat(created.values()).containsOnly(1);
    assertThat(unchanged).isEqualTo(3 * 150);
    for (String code : List.of(shared.get(0), shared.get(149))) {
      get("/api/v1/dossiers/" + code)
          .statusCode(200)
          .body("status", equalTo("RESOLVED"))
          .body("events", hasSize(1));
    }
  }

  @Test
  void newEventsForAKnownDossierUpdateIt() {
    String code = Fixtures.code();
    sync(List.of(item(code))).statusCode(200).body("created", equalTo(1));
    sync(List.of(
            item(
                code,
                body(
                    "type",
                    "SUSPENDED",
                    "at",
                    "2025-09-08T09:00:00+07:00",
                    "reason",
                    "Thẩm định giá đất"),
                body("type", "RESUMED", "at", "2025-09-12T09:00:00+07:00"))))
        .statusCode(200)
        .body("updated", equalTo(1))
        .body("items[0].dueDate", equalTo("2025-09-30"));
  }

  @Test
  void oneBadItemNeverRejectsTheOthers() {
    String good1 = Fixtures.code();
    String good2 = Fixtures.code();
    String impossible = Fixtures.code();
    List<Object> batch =
        List.of(
            item(good1),
            with(item(Fixtures.code()), "procedureCode", "9.999999"),
            with(item(Fixtures.code()), "channel", "CARRIER_PIGEON"),
            item(impossible, body("type", "RESUMED", "at", "2025-09-05T09:00:00+07:00")),
            item(good2));
    sync(batch)
        .statusCode(200)
        .body("created", equalTo(2))
        .body("rejected", equalTo(3))
        .body("items[1].problem.status", equalTo(422))
        .body("items[1].problem.errors[0].field", equalTo("procedureCode"))
        .body("items[2].problem.status", equalTo(400))
        .body("items[2].problem.errors[0].field", equalTo("channel"))
        .body("items[3].code", equalTo(impossible))
        .body("items[3].problem.status", equalTo(409))
        .body("items[4].outcome", equalTo("CREATED"));
    get("/api/v1/dossiers/" + good2).statusCode(200);
    get("/api/v1/dossiers/" + impossible).statusCode(404);
  }

  @Test
  void ndjsonKeepsVietnameseTextAndRejectsABrokenLineAlone() throws JsonProcessingException {
    String code = Fixtures.code();
    String reason = "Bổ sung trích lục thửa đất – Phường Hồng Hải, TP Hạ Long";
    String first =
        JSON.writeValueAsString(
            item(
                code,
                body(
                    "type",
                    "SUPPLEMENT_REQUESTED",
                    "at",
                    "2025-09-04T10:00:00+07:00",
                    "reason",
                    reason)));
    String other = JSON.writeValueAsString(item(Fixtures.code()));
    syncLines(first + "\n{\"code\": \"broken\", \n" + other + "\n")
        .statusCode(200)
        .body("total", equalTo(3))
        .body("created", equalTo(2))
        .body("items[1].outcome", equalTo("REJECTED"))
        .body("items[1].problem.status", equalTo(400));
    get("/api/v1/dossiers/" + code)
        .statusCode(200)
        .body("events[0].reason", equalTo(reason))
        .body("applicant.name", equalTo("N. V. Á."));
  }

  @Test
  void moreThanTenThousandItemsIsTooLarge() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i <= SyncService.MAX_ITEMS; i++) {
      lines.append("{}\n");
    }
    syncLines(lines.toString())
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("https://dunghan.vn/problems/payload-too-large"));
  }
}
