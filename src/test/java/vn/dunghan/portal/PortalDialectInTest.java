package vn.dunghan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.dunghan.portal.PortalProvince.dossiers;
import static vn.dunghan.portal.PortalProvince.golden;
import static vn.dunghan.portal.PortalProvince.with;
import static vn.dunghan.support.Api.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.Tokens;

/**
 * The portal's records on the way in ({@code POST /api/v1/portal/dvcqg}): golden records checked
 * field by field against what the service derived and kept, the same verdict for a record that
 * arrives finished as for one followed step by step, and every kind of bad record refused alone.
 */
@QuarkusTest
class PortalDialectInTest {

  @BeforeEach
  void province() {
    PortalProvince.ensure();
  }

  private static JsonPath dossier(String code) {
    return get("/api/v1/dossiers/" + code).statusCode(200).extract().jsonPath();
  }

  private static JsonPath portal(String code) {
    return get("/api/v1/portal/dossiers/" + code).statusCode(200).extract().jsonPath();
  }

  @Test
  void aLandDossierThatArrivesFinishedHasTheVerdictOfOneFollowedStepByStep() {
    String once = PortalProvince.code();
    JsonNode finished = golden("land-supplement-reappointed", once);
    dossiers(finished)
        .statusCode(200)
        .body("error_code", equalTo("00"))
        .body("results[0].MaHoSo", equalTo(once))
        .body("results[0].outcome", equalTo("CREATED"))
        .body("results[0].status", equalTo("RETURNED"))
        .body("results[0].dueDate", equalTo("2025-10-01"));

    // The same history as the portal would have sent it along the way.
    String stepwise = PortalProvince.code();
    JsonNode full = golden("land-supplement-reappointed", stepwise);
    ArrayNode history = (ArrayNode) full.get("DanhSachHoSoBoSung");
    ObjectNode received = bare(full, 2);
    ObjectNode supplementAsked = bare(full, 5);
    supplementAsked
        .putArray("DanhSachHoSoBoSung")
        .add(with(history.get(0), "NgayTiepNhanBoSung", null));
    ObjectNode supplementBack = bare(full, 4);
    supplementBack.putArray("DanhSachHoSoBoSung").add(history.get(0));
    ObjectNode reappointed = bare(full, 4);
    reappointed.set("DanhSachHoSoBoSung", history);
    ObjectNode done = reappointed.deepCopy();
    done.put("TrangThaiHoSo", 9);
    done.put("NgayKetThucXuLy", "20251007150000");
    List<String> outcomes =
        List.of(received, supplementAsked, supplementBack, reappointed, done, full).stream()
            .map(
                r ->
                    dossiers(r)
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("results[0].outcome"))
            .toList();
    assertThat(outcomes)
        .containsExactly("CREATED", "UPDATED", "UPDATED", "UPDATED", "UPDATED", "UPDATED");

    for (String code : List.of(once, stepwise)) {
      JsonPath d = dossier(code);
      assertThat(d.getString("status")).as(code).isEqualTo("RETURNED");
      assertThat(d.getString("procedureCode")).isEqualTo(PortalProvince.LAND);
      assertThat(d.getString("handlingUnitCode")).isEqualTo(PortalProvince.COMMUNE);
      assertThat(d.getString("channel")).isEqualTo("DIRECT");
      assertThat(d.getString("receivedAt")).isEqualTo("2025-09-03T09:00:00+07:00");
      assertThat(d.getString("dueDate")).isEqualTo("2025-10-01");
      assertThat(d.getString("appointmentDate")).isEqualTo("2025-10-08");
      assertThat(d.getString("timeliness")).isEqualTo("LATE");
      assertThat(d.getString("resolvedAt")).isEqualTo("2025-10-07T15:00:00+07:00");
      assertThat(d.getString("returnedAt")).isEqualTo("2025-10-08T09:00:00+07:00");
      assertThat(d.getInt("clock.restarts")).isEqualTo(1);
      assertThat(d.getList("events.type"))
          .containsExactly(
              "SUPPLEMENT_REQUESTED", "SUPPLEMENT_RECEIVED", "REAPPOINTED", "RESOLVED", "RETURNED");
      assertThat(d.getString("events[0].reason"))
          .isEqualTo("Bổ sung bản sao giấy chứng nhận quyền sử dụng đất");
      assertThat(d.getString("events[2].newAppointmentDate")).isEqualTo("2025-10-08");
      assertThat(d.getString("events[0].source")).isEqualTo("PORTAL");
      assertThat(d.getString("applicant.kind")).isEqualTo("CITIZEN");

      JsonPath p = portal(code);
      assertThat(p.getInt("portalStatus")).isEqualTo(10);
      assertThat(p.getString("portalAppointmentDate")).isEqualTo("2025-10-08");
      assertThat(p.getBoolean("appointmentDiffers")).isFalse();
      assertThat(p.getBoolean("hasDigitisedComponent")).isTrue();
      assertThat(p.getString("onlinePayment")).isEqualTo("NONE");
      assertThat(p.getInt("feeTotal")).isEqualTo(50000);
      assertThat(p.getString("documents[0].name")).isEqualTo("Đơn đăng ký biến động đất đai");
      assertThat(p.getBoolean("documents[0].digitised")).isTrue();
      assertThat(p.getString("results[0].link"))
          .isEqualTo("https://dichvucong.gov.vn/ket-qua/kq-1.pdf");
      assertThat(p.getString("sync.origin")).isEqualTo("RECEIVED");
    }
  }

  /** The record at status {@code status} without its history and end. */
  private static ObjectNode bare(JsonNode full, int status) {
    ObjectNode r = full.deepCopy();
    r.remove(List.of("DanhSachHoSoBoSung", "NgayKetThucXuLy", "NgayTra"));
    r.put("TrangThaiHoSo", status);
    return r;
  }

  @Test
  void theSameRecordAgainIsUnchangedAndOlderNewsChangesNothing() {
    String code = PortalProvince.code();
    JsonNode finished = golden("land-supplement-reappointed", code);
    dossiers(finished).body("results[0].outcome", equalTo("CREATED"));
    long version = dossier(code).getLong("version");
    dossiers(finished).body("results[0].outcome", equalTo("UNCHANGED"));
    // The record as it was when the dossier was received, arriving late.
    dossiers(bare(finished, 2)).body("results[0].outcome", equalTo("UNCHANGED"));
    assertThat(dossier(code).getLong("version")).isEqualTo(version);
    assertThat(dossier(code).getString("status")).isEqualTo("RETURNED");
    assertThat(portal(code).getInt("portalStatus")).isEqualTo(10);
  }

  @Test
  void aCivilStatusDossierFiledOnlineKeepsWhatOnlyThePortalKnows() {
    String code = PortalProvince.code();
    dossiers(golden("civil-status-online", code))
        .body("error_code", equalTo("00"))
        .body("results[0].outcome", equalTo("CREATED"))
        .body("results[0].status", equalTo("RESOLVED"));
    JsonPath d = dossier(code);
    assertThat(d.getString("procedureCode")).isEqualTo(PortalProvince.CIVIL_STATUS);
    assertThat(d.getString("channel")).isEqualTo("ONLINE");
    assertThat(d.getString("dueDate")).isEqualTo("2025-09-03");
    assertThat(d.getString("timeliness")).isIn("EARLY", "ON_TIME");
    assertThat(d.getString("outcome")).isEqualTo("APPROVED");

    JsonPath p = portal(code);
    assertThat(p.getString("receiptNumber")).isEqualTo("BN-" + code);
    assertThat(p.getString("filedAt")).isEqualTo("2025-09-02T21:30:00+07:00");
    assertThat(p.getInt("portalStatus")).isEqualTo(9);
    assertThat(p.getString("portalAppointmentDate")).isEqualTo("2025-09-03");
    assertThat(p.getBoolean("appointmentDiffers")).isFalse();
    assertThat(p.getBoolean("vneidAuthenticated")).isTrue();
    assertThat(p.getString("onlinePayment")).isEqualTo("PORTAL");
    assertThat(p.getInt("feeTotal")).isEqualTo(8000);
    assertThat(p.getList("documents.id")).containsExactly("tl-a", "tl-b");
    assertThat(p.getList("documents.digitised")).containsExactly(true, true);
    assertThat(p.getList("documents.reused")).containsExactly(false, true);
    assertThat(p.getList("documents.fromStore")).containsExactly(false, true);
    assertThat(p.getString("documents[0].link")).isEqualTo("https://dichvucong.gov.vn/tep/tl-a");
    assertThat(p.getString("fees[0].code")).isEqualTo("LPKS");
    assertThat(p.getString("results[0].id")).isEqualTo("kq-ks");

    // The portal pays later than it first said: the same events, new facts, an update.
    dossiers(with(golden("civil-status-online", code), "DuocThanhToanTrucTuyen", 2))
        .body("results[0].outcome", equalTo("UPDATED"));
    assertThat(portal(code).getString("onlinePayment")).isEqualTo("LOCAL_GATEWAY");
  }

  @Test
  void aPortalAppointmentOtherThanTheDerivedOneIsFlagged() {
    String code = PortalProvince.code();
    dossiers(with(golden("civil-status-online", code), "NgayHenTra", "20250905170000"))
        .body("results[0].outcome", equalTo("CREATED"));
    JsonPath p = portal(code);
    assertThat(p.getString("portalAppointmentDate")).isEqualTo("2025-09-05");
    assertThat(p.getString("appointmentDate")).isEqualTo("2025-09-03");
    assertThat(p.getBoolean("appointmentDiffers")).isTrue();
  }

  @Test
  void withdrawnAndStoppedRecordsEndTheDossierOnTheirDates() {
    String withdrawn = PortalProvince.code();
    String stopped = PortalProvince.code();
    dossiers(golden("withdrawn", withdrawn), golden("stopped", stopped))
        .body("results.outcome", equalTo(List.of("CREATED", "CREATED")))
        .body("results.status", equalTo(List.of("WITHDRAWN", "REJECTED")));
    assertThat(dossier(withdrawn).getString("closedAt")).isEqualTo("2025-09-05T10:00:00+07:00");
    assertThat(dossier(stopped).getString("closedAt")).isEqualTo("2025-09-12T16:00:00+07:00");
    assertThat(dossier(stopped).getString("applicant.kind")).isEqualTo("ORGANISATION");
  }

  @Test
  void aRecordRefusedAtReceptionIsKeptButNeverBecomesADossier() {
    String code = PortalProvince.code();
    JsonNode refused = golden("refused-at-reception", code);
    dossiers(refused)
        .body("results[0].outcome", equalTo("CREATED"))
        .body("results[0].status", equalTo("REFUSED_AT_RECEPTION"));
    dossiers(refused).body("results[0].outcome", equalTo("UNCHANGED"));
    get("/api/v1/dossiers/" + code).statusCode(404);
    get("/api/v1/portal/status?from=2025-09-01&to=2025-09-30&unit=" + PortalProvince.PROVINCE)
        .statusCode(200)
        .body("refusedAtReception", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
  }

  @Test
  void stepsAtTwoAgenciesBecomeATransferWithTheSecondAgencysDeadline() {
    String code = PortalProvince.code();
    ObjectNode inProcessing = with(golden("withdrawn", code), "TrangThaiHoSo", 4);
    inProcessing.remove("NgayKetThucXuLy");
    dossiers(inProcessing).body("results[0].outcome", equalTo("CREATED"));
    JsonNode steps = golden("progress-two-agencies", code);
    PortalProvince.send("CapNhatTienDoHoSoMC", steps)
        .body("error_code", equalTo("00"))
        .body("results", hasSize(2))
        .body("results.outcome", equalTo(List.of("UPDATED", "UPDATED")));
    JsonPath d = dossier(code);
    assertThat(d.getString("holdingUnitCode")).isEqualTo(PortalProvince.DEPARTMENT);
    assertThat(d.getList("steps.unitCode"))
        .containsExactly(PortalProvince.COMMUNE, PortalProvince.DEPARTMENT);
    assertThat(d.getString("steps[1].startedOn")).isEqualTo("2025-09-08");
    assertThat(d.getString("steps[1].dueDate")).isEqualTo("2025-09-15");
    assertThat(d.getString("events[0].type")).isEqualTo("TRANSFERRED");
    assertThat(d.getString("events[0].reason")).isEqualTo("Chuyển Sở thẩm định hồ sơ");
    // The portal's own handler is kept as the reported actor, beside the portal's account.
    assertThat(d.getString("events[0].reportedBy")).isEqualTo("Nguyễn Văn Bình");
    assertThat(d.getString("events[0].reportedByTitle"))
        .isEqualTo("Chuyên viên phòng Đăng ký đất đai");
    assertThat(d.getString("events[0].actor")).isEqualTo("kiem-thu-tu-dong");
    PortalProvince.send("CapNhatTienDoHoSoMC", steps)
        .body("results.outcome", equalTo(List.of("UNCHANGED", "UNCHANGED")));
  }

  @Test
  void unknownReferenceCodesAreRejectedByNameAndTheRestIsTaken() {
    String good = PortalProvince.code();
    String badProcedure = PortalProvince.code();
    String badAgency = PortalProvince.code();
    dossiers(
            golden("withdrawn", good),
            with(golden("withdrawn", badProcedure), "MaTTHC", "1.999999.000.00.00.H98"),
            with(golden("withdrawn", badAgency), "DonViXuLy", "000.99.99.H98"))
        .statusCode(200)
        .body("error_code", equalTo("-1"))
        .body("results.outcome", equalTo(List.of("CREATED", "REJECTED", "REJECTED")))
        .body("results[1].MaHoSo", equalTo(badProcedure))
        .body("results[1].problem.errors[0].field", equalTo("MaTTHC"))
        .body("results[1].problem.errors[0].message", containsString("1.999999.000.00.00.H98"))
        .body("results[2].problem.errors[0].field", equalTo("DonViXuLy"))
        .body("results[2].problem.errors[0].message", containsString("000.99.99.H98"));
    get("/api/v1/dossiers/" + badProcedure).statusCode(404);
    get("/api/v1/dossiers/" + badAgency).statusCode(404);
  }

  @Test
  void aUnitsOwnCodeAndABaseProcedureCodeAreUnderstoodToo() {
    String code = PortalProvince.code();
    ObjectNode record = with(golden("withdrawn", code), "DonViXuLy", PortalProvince.COMMUNE);
    dossiers(with(record, "MaTTHC", PortalProvince.LAND))
        .body("results[0].outcome", equalTo("CREATED"));
    assertThat(dossier(code).getString("handlingUnitCode")).isEqualTo(PortalProvince.COMMUNE);
  }

  @Test
  void everyKindOfBadRecordIsRejectedAloneNamingItsField() {
    JsonNode base = golden("withdrawn", "X");
    Map<String, JsonNode> bad = new java.util.LinkedHashMap<>();
    bad.put("NgayTiepNhan", with(base, "NgayTiepNhan", "20250230090000"));
    bad.put("TrangThaiHoSo", with(base, "TrangThaiHoSo", 11));
    bad.put("KenhThucHien", with(base, "KenhThucHien", 4));
    bad.put("ChuHoSo", with(base, "ChuHoSo", "Trần\u0000Ánh"));
    bad.put("SoDinhDanh", with(base, "SoDinhDanh", List.of("0221")));
    bad.put("NgayKetThucXuLy", with(base, "NgayKetThucXuLy", null));
    bad.put("DanhSachHoSoBoSung", with(with(base, "TrangThaiHoSo", 5), "NgayKetThucXuLy", null));
    bad.put("DanhSachLePhi[0].Gia", with(base, "DanhSachLePhi", List.of(Map.of("Gia", -5))));
    bad.put(
        "DanhSachGiayToKetQua[0].DuongDanTepTinKetQua",
        with(
            base, "DanhSachGiayToKetQua", List.of(Map.of("DuongDanTepTinKetQua", "javascript:x"))));
    List<String> codes = new java.util.ArrayList<>();
    List<JsonNode> records = new java.util.ArrayList<>();
    for (JsonNode r : bad.values()) {
      String code = PortalProvince.code();
      codes.add(code);
      records.add(with(r, "MaHoSo", code));
    }
    JsonPath answer =
        dossiers(records.toArray(JsonNode[]::new)).statusCode(200).extract().jsonPath();
    assertThat(answer.getString("error_code")).isEqualTo("-1");
    int i = 0;
    for (String field : bad.keySet()) {
      assertThat(answer.getString("results[" + i + "].outcome")).as(field).isEqualTo("REJECTED");
      assertThat(answer.getList("results[" + i + "].problem.errors.field", String.class))
          .as(field)
          .contains(field);
      get("/api/v1/dossiers/" + codes.get(i)).statusCode(404);
      i++;
    }
  }

  @Test
  void numbersBeyondAnyAmountAreRejectedNotOverflowed() {
    String code = PortalProvince.code();
    String record = with(golden("withdrawn", code), "DanhSachLePhi", null).toString();
    String withFee =
        record.substring(0, record.length() - 1) + ",\"DanhSachLePhi\": [{\"Gia\": 1e999999}]}";
    Api.given()
        .contentType(ContentType.JSON)
        .body(
            ("{\"service\": \"DongBoHoSoMC\", \"data\": [" + withFee + "]}")
                .getBytes(StandardCharsets.UTF_8))
        .post(PortalProvince.DVCQG)
        .then()
        .statusCode(200)
        .body("results[0].outcome", equalTo("REJECTED"))
        .body("results[0].problem.errors.field", hasItem("DanhSachLePhi[0].Gia"));
    get("/api/v1/dossiers/" + code).statusCode(404);
  }

  @Test
  void theApplicantsContactsComeFromThePortalsRecord() {
    String code = PortalProvince.code();
    JsonNode record =
        with(
            with(golden("civil-status-online", code), "SoDienThoai", "091 234.5678"),
            "Email",
            " lan.do@example.vn ");
    dossiers(record).body("results[0].outcome", equalTo("CREATED"));
    JsonPath d = dossier(code);
    // Kept without the portal's formatting (read masked here: the province is not the holding
    // unit); the public lookup opens it with the last four digits.
    assertThat(d.getString("applicant.phone")).isEqualTo("*******678");
    assertThat(d.getString("applicant.email")).isEqualTo("l***@example.vn");
    io.restassured.RestAssured.given()
        .queryParam("check", "5678")
        .get("/public/v1/dossiers/" + code)
        .then()
        .statusCode(200);
    String bad = PortalProvince.code();
    dossiers(with(golden("civil-status-online", bad), "SoDienThoai", "12"))
        .body("results[0].outcome", equalTo("REJECTED"))
        .body("results[0].problem.errors.field", hasItem("SoDienThoai"));
  }

  @Test
  void theServicesOwnChecksNameThePortalsFields() {
    String code = PortalProvince.code();
    dossiers(with(golden("withdrawn", code), "NgayTiepNhan", "20991231090000"))
        .body("results[0].outcome", equalTo("REJECTED"))
        .body("results[0].problem.errors.field", hasItem("NgayTiepNhan"))
        .body("results[0].problem.detail", containsString("NgayTiepNhan"));
  }

  @Test
  void aFiledRecordIsNotReceivedYet() {
    String code = PortalProvince.code();
    dossiers(with(golden("withdrawn", code), "TrangThaiHoSo", 1))
        .body("results[0].outcome", equalTo("REJECTED"))
        .body("results[0].problem.type", containsString("not-received"))
        .body("results[0].problem.status", equalTo(422));
    get("/api/v1/dossiers/" + code).statusCode(404);
  }

  @Test
  void aBadEnvelopeIsAProblemAndChangesNothing() {
    String code = PortalProvince.code();
    String record = golden("withdrawn", code).toString();
    Map<String, Integer> envelopes =
        Map.of(
            "{\"service\": \"XoaHoSo\", \"data\": [" + record + "]}",
            422,
            "{\"service\": \"DongBoHoSoMC\"}",
            422,
            "{\"service\": \"DongBoHoSoMC\", \"data\": {}}",
            422,
            "{\"service\": \"DongBoHoSoMC\", \"isUpdating\": \"yes\", \"data\": [" + record + "]}",
            422,
            "[" + record + "]",
            400,
            "{\"service\": \"DongBoHoSoMC\", \"data\": [" + record + "]",
            400,
            "{\"service\": \"DongBoHoSoMC\", \"service\": \"DongBoHoSoMC\", \"data\": []}",
            400);
    envelopes.forEach(
        (body, status) ->
            Api.given()
                .contentType(ContentType.JSON)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(PortalProvince.DVCQG)
                .then()
                .statusCode(status)
                .contentType("application/problem+json"));
    StringBuilder many = new StringBuilder("{\"service\": \"DongBoHoSoMC\", \"data\": [");
    for (int i = 0; i <= 10_000; i++) {
      many.append(i == 0 ? "" : ",").append("{}");
    }
    Api.given()
        .contentType(ContentType.JSON)
        .body(many.append("]}").toString().getBytes(StandardCharsets.UTF_8))
        .post(PortalProvince.DVCQG)
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    get("/api/v1/dossiers/" + code).statusCode(404);
  }

  @Test
  void onlyThePortalRoleMaySend() {
    String body =
        "{\"service\": \"DongBoHoSoMC\", \"data\": ["
            + golden("withdrawn", PortalProvince.code())
            + "]}";
    Api.anonymous()
        .contentType(ContentType.JSON)
        .body(body)
        .post(PortalProvince.DVCQG)
        .then()
        .statusCode(401);
    Api.as(Tokens.of("can-bo", PortalProvince.COMMUNE, "clerk"))
        .contentType(ContentType.JSON)
        .body(body)
        .post(PortalProvince.DVCQG)
        .then()
        .statusCode(403);
  }

  @Test
  void progressForAnUnknownDossierOrAgencyIsRejected() {
    String unknown = PortalProvince.code();
    JsonNode steps = golden("progress-two-agencies", unknown);
    PortalProvince.send("CapNhatTienDoHoSoMC", steps)
        .body("results.outcome", equalTo(List.of("REJECTED", "REJECTED")))
        .body("results[0].problem.status", equalTo(404));
    String code = PortalProvince.code();
    ObjectNode inProcessing = with(golden("withdrawn", code), "TrangThaiHoSo", 4);
    inProcessing.remove("NgayKetThucXuLy");
    dossiers(inProcessing).body("results[0].outcome", equalTo("CREATED"));
    PortalProvince.send(
            "CapNhatTienDoHoSoMC",
            with(golden("progress-two-agencies", code).get(1), "DonViXuLy", "000.77.77.H98"))
        .body("results[0].outcome", equalTo("REJECTED"))
        .body("results[0].problem.errors.field", hasItem("DonViXuLy"))
        .body("results[0].problem.errors[0].message", containsString("000.77.77.H98"));
    assertThat(dossier(code).getList("steps")).hasSize(1);
    get("/api/v1/portal/dossiers/" + unknown)
        .statusCode(404)
        .body("detail", org.hamcrest.Matchers.notNullValue());
    get("/api/v1/portal/dossiers/" + code).statusCode(200).body("sync.lastError", nullValue());
  }
}
