package vn.dunghan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.dunghan.portal.PortalProvince.dossiers;
import static vn.dunghan.portal.PortalProvince.golden;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.FakePortal;
import vn.dunghan.support.MovableClock;

/**
 * The push to the portal, against a fake portal (WireMock) that checks the session and the
 * province's agency code: desk dossiers go out field by field as the golden records say, what the
 * portal sent is not echoed back, a pushed record sent back in changes nothing, and a day-long
 * outage loses nothing. The push job is run by hand; the clock is moved, nothing sleeps.
 */
@QuarkusTest
@TestProfile(PortalPushTest.Pushing.class)
@QuarkusTestResource(value = FakePortal.class, restrictToAnnotatedClass = true)
class PortalPushTest {

  /** Its own application and database, pushing to the fake portal. */
  public static class Pushing implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("dvcqg.retry-initial", "1m", "dvcqg.retry-max", "1h");
    }
  }

  static final String DOSSIER = "DongBoHoSoMC";
  static final String PROGRESS = "CapNhatTienDoHoSoMC";

  /** The fields a desk's dossier is pushed with, as the golden records write them. */
  static final List<String> DESK_FIELDS =
      List.of(
          "MaHoSo",
          "DonViXuLy",
          "ChuHoSo",
          "LoaiDoiTuong",
          "SoDinhDanh",
          "NgayTiepNhan",
          "NgayHenTra",
          "TrangThaiHoSo",
          "KenhThucHien",
          "NgayKetThucXuLy",
          "NgayTra",
          "NgayTuChoi",
          "DanhSachHoSoBoSung");

  @BeforeEach
  void portalUp() {
    PortalProvince.ensure();
    FakePortal.up();
    pushUntilQuiet(); // whatever earlier tests left
    FakePortal.clear();
  }

  @AfterEach
  void clock() {
    MovableClock.release();
  }

  private static JsonPath push() {
    return post("/api/v1/admin/jobs/portal-push/run", Map.of())
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void pushUntilQuiet() {
    for (int i = 0; i < 10 && push().getInt("result.claimed") > 0; i++) {
      // each run takes what is due
    }
  }

  /** Receives a dossier at the desk and records its events, as a clerk would. */
  private static void desk(
      String code, String unit, String procedure, String receivedAt, Map<?, ?>... events) {
    post(
            "/api/v1/dossiers",
            body(
                "code", code,
                "procedureCode", procedure,
                "handlingUnitCode", unit,
                "receivingUnitCode", unit,
                "channel", "DIRECT",
                "receivedAt", receivedAt,
                "applicant",
                    body(
                        "kind",
                        "CITIZEN",
                        "name",
                        "Trần Thị Ngọc Ánh",
                        "idNumber",
                        "022190001234")))
        .statusCode(201);
    for (Map<?, ?> e : events) {
      post("/api/v1/dossiers/" + code + "/events", e).statusCode(201);
    }
  }

  private static void assertFields(JsonNode pushed, JsonNode golden, List<String> fields) {
    for (String field : fields) {
      assertThat(pushed.get(field)).as(field).isEqualTo(golden.get(field));
    }
  }

  @Test
  void aDeskLandDossierGoesOutAsTheGoldenRecordAndComesBackUnchanged() {
    String code = PortalProvince.code();
    desk(
        code,
        PortalProvince.COMMUNE,
        PortalProvince.LAND,
        "2025-09-03T09:00:00+07:00",
        body(
            "type", "SUPPLEMENT_REQUESTED",
            "at", "2025-09-05T10:00:00+07:00",
            "reason", "Bổ sung bản sao giấy chứng nhận quyền sử dụng đất"),
        body("type", "SUPPLEMENT_RECEIVED", "at", "2025-09-10T10:00:00+07:00"),
        body(
            "type", "REAPPOINTED",
            "at", "2025-09-30T09:00:00+07:00",
            "reason", "Xin lỗi vì chậm thẩm định thực địa",
            "newAppointmentDate", "2025-10-08"),
        body("type", "RESOLVED", "at", "2025-10-07T15:00:00+07:00", "outcome", "APPROVED"),
        body("type", "RETURNED", "at", "2025-10-08T09:00:00+07:00"));
    assertThat(push().getInt("result.pushed")).isGreaterThanOrEqualTo(1);

    List<JsonNode> pushed = FakePortal.records(DOSSIER, code);
    assertThat(pushed).hasSize(1);
    JsonNode record = pushed.get(0);
    JsonNode expected = golden("land-supplement-reappointed", code);
    assertFields(record, expected, DESK_FIELDS);
    assertThat(record.get("MaTTHC").asText()).isEqualTo(PortalProvince.LAND);
    assertThat(record.get("TaiKhoanDuocXacThucVoiVNeID").asInt()).isZero();
    assertThat(record.get("DuocThanhToanTrucTuyen").asInt()).isZero();
    assertThat(FakePortal.envelopes().get(0).isUpdating()).isTrue();
    // The fake portal answered only envelopes carrying the session its login gave; the session
    // opened by an earlier run of this application is reused, not opened again each run.
    assertThat(FakePortal.logins()).isLessThanOrEqualTo(1);
    // The step went out too: one agency, finished.
    List<JsonNode> steps = FakePortal.records(PROGRESS, code);
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).get("DonViXuLy").asText()).isEqualTo(PortalProvince.COMMUNE_AGENCY);
    assertThat(steps.get(0).get("TrangThai").asInt()).isEqualTo(2);

    JsonPath portal = get("/api/v1/portal/dossiers/" + code).statusCode(200).extract().jsonPath();
    long version = get("/api/v1/dossiers/" + code).extract().jsonPath().getLong("version");
    assertThat(portal.getLong("sync.acknowledgedVersion")).isEqualTo(version);
    assertThat(portal.getString("sync.origin")).isEqualTo("PUSHED");
    assertThat(portal.getString("sync.waitingSince")).isNull();

    // Round trip: what was pushed, sent back in, is what the service already has.
    dossiers(record).body("results[0].outcome", equalTo("UNCHANGED"));
    PortalProvince.send(PROGRESS, steps.get(0)).body("results[0].outcome", equalTo("UNCHANGED"));
    assertThat(get("/api/v1/dossiers/" + code).extract().jsonPath().getLong("version"))
        .isEqualTo(version);
    // Nothing new to push.
    FakePortal.clear();
    assertThat(push().getInt("result.claimed")).isZero();
  }

  @Test
  void aPortalDossierIsNotEchoedButItsLaterDeskChangeGoesOutWithThePortalsFacts() {
    String code = PortalProvince.code();
    dossiers(golden("civil-status-online", code)).body("results[0].outcome", equalTo("CREATED"));
    push();
    assertThat(FakePortal.records(DOSSIER, code)).isEmpty();

    post(
            "/api/v1/dossiers/" + code + "/events",
            body("type", "RETURNED", "at", "2025-09-04T08:00:00+07:00"))
        .statusCode(201);
    push();
    List<JsonNode> pushed = FakePortal.records(DOSSIER, code);
    assertThat(pushed).hasSize(1);
    JsonNode record = pushed.get(0);
    JsonNode golden = golden("civil-status-online", code);
    assertFields(
        record,
        golden,
        List.of(
            "MaHoSo",
            "SoBienNhan",
            "MaTTHC",
            "ChuHoSo",
            "SoDinhDanh",
            "TaiKhoanDuocXacThucVoiVNeID",
            "NgayNopHoSo",
            "NgayTiepNhan",
            "NgayHenTra",
            "KenhThucHien",
            "DuocThanhToanTrucTuyen",
            "HoSoCoThanhPhanSoHoa",
            "NgayKetThucXuLy",
            "DanhSachGiayToKetQua"));
    assertThat(record.get("TrangThaiHoSo").asInt()).isEqualTo(10);
    assertThat(record.get("NgayTra").asText()).isEqualTo("20250904080000");
    assertThat(record.get("DonViXuLy").asText()).isEqualTo(PortalProvince.COMMUNE_AGENCY);
    assertThat(record.get("LoaiDoiTuong").asInt()).isEqualTo(1);
    assertThat(record.get("DanhSachLePhi").get(0).get("Gia").asInt()).isEqualTo(8000);
    for (int i = 0; i < 2; i++) {
      JsonNode sent = record.get("TaiLieuNop").get(i);
      JsonNode kept = golden.get("TaiLieuNop").get(i);
      for (String flag :
          List.of("TepDinhKemId", "DuocSoHoa", "DuocTaiSuDung", "DuocLayTuKhoDMQG")) {
        assertThat(sent.get(flag)).as(flag).isEqualTo(kept.get(flag));
      }
    }
  }

  @Test
  void withdrawnAndStoppedGoOutWithTheirStatusAndDates() {
    String withdrawn = PortalProvince.code();
    String stopped = PortalProvince.code();
    desk(
        withdrawn,
        PortalProvince.COMMUNE,
        PortalProvince.LAND,
        "2025-09-03T09:00:00+07:00",
        body("type", "WITHDRAWN", "at", "2025-09-05T10:00:00+07:00", "reason", "Công dân rút"));
    desk(
        stopped,
        PortalProvince.COMMUNE,
        PortalProvince.LAND,
        "2025-09-03T09:00:00+07:00",
        body(
            "type", "REJECTED", "at", "2025-09-12T16:00:00+07:00", "reason", "Không đủ điều kiện"));
    push();
    assertFields(
        FakePortal.records(DOSSIER, withdrawn).get(0),
        golden("withdrawn", withdrawn),
        List.of(
            "MaHoSo",
            "DonViXuLy",
            "NgayTiepNhan",
            "NgayHenTra",
            "TrangThaiHoSo",
            "NgayKetThucXuLy"));
    assertFields(
        FakePortal.records(DOSSIER, stopped).get(0),
        golden("stopped", stopped),
        List.of(
            "MaHoSo",
            "DonViXuLy",
            "NgayTiepNhan",
            "NgayHenTra",
            "TrangThaiHoSo",
            "NgayTuChoi",
            "NgayKetThucXuLy"));
  }

  @Test
  void stepsAtTwoAgenciesGoOutAsTheGoldenProgressRecords() {
    String code = PortalProvince.code();
    desk(
        code,
        PortalProvince.COMMUNE,
        PortalProvince.LAND,
        "2025-09-03T09:00:00+07:00",
        body(
            "type", "TRANSFERRED",
            "at", "2025-09-08T14:00:00+07:00",
            "toUnitCode", PortalProvince.DEPARTMENT,
            "allotment", 5,
            "reason", "Chuyển Sở thẩm định hồ sơ"));
    push();
    List<JsonNode> steps = FakePortal.records(PROGRESS, code);
    JsonNode golden = golden("progress-two-agencies", code);
    assertThat(steps).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertFields(
          steps.get(i),
          golden.get(i),
          List.of(
              "MaHoSo",
              "DonViXuLy",
              "PhongBanXuLy",
              "NgayBatDau",
              "NgayKetThucTheoQuyDinh",
              "ThoiDiemXuLy",
              "NoiDungXuLy",
              "TrangThai"));
    }
    // The dossier record went first, in the same run.
    assertThat(FakePortal.servicesFor(code)).containsExactly(DOSSIER, PROGRESS, PROGRESS);

    // Only the step that changes goes out again.
    FakePortal.clear();
    post(
            "/api/v1/dossiers/" + code + "/events",
            body("type", "RESOLVED", "at", "2025-09-12T10:00:00+07:00", "outcome", "APPROVED"))
        .statusCode(201);
    push();
    List<JsonNode> again = FakePortal.records(PROGRESS, code);
    assertThat(again).hasSize(1);
    assertThat(again.get(0).get("DonViXuLy").asText()).isEqualTo(PortalProvince.DEPARTMENT_AGENCY);
    assertThat(again.get(0).get("TrangThai").asInt()).isEqualTo(2);
  }

  @Test
  void aRecordRefusedAtReceptionIsNeverPushed() {
    String code = PortalProvince.code();
    dossiers(golden("refused-at-reception", code)).body("results[0].outcome", equalTo("CREATED"));
    push();
    assertThat(FakePortal.records(DOSSIER, code)).isEmpty();
  }

  @Test
  void aDayWithoutThePortalLosesNothingAndEveryChangeArrivesInOrder() {
    OffsetDateTime start = OffsetDateTime.parse("2025-09-10T08:00:00+07:00");
    MovableClock.pin(start.toString());
    FakePortal.down();
    String first = PortalProvince.code();
    String second = PortalProvince.code();
    desk(first, PortalProvince.COMMUNE, PortalProvince.LAND, "2025-09-10T08:00:00+07:00");
    desk(second, PortalProvince.COMMUNE, PortalProvince.LAND, "2025-09-10T08:00:00+07:00");
    JsonPath failed = push();
    assertThat(failed.getInt("result.unavailable")).isEqualTo(2);
    assertThat(failed.getInt("result.pushed")).isZero();

    // The day goes on: the first dossier moves on at the desk while the portal is away, and the
    // push job keeps trying every twenty minutes.
    for (int minutes = 20; minutes <= 24 * 60; minutes += 20) {
      OffsetDateTime now = start.plusMinutes(minutes);
      MovableClock.pin(now.toString());
      if (minutes == 120) {
        post(
                "/api/v1/dossiers/" + first + "/events",
                body(
                    "type",
                    "TRANSFERRED",
                    "at",
                    now.toString(),
                    "toUnitCode",
                    PortalProvince.DEPARTMENT,
                    "allotment",
                    5))
            .statusCode(201);
      }
      if (minutes == 600) {
        post(
                "/api/v1/dossiers/" + first + "/events",
                body("type", "RESOLVED", "at", now.toString(), "outcome", "APPROVED"))
            .statusCode(201);
      }
      push();
    }
    JsonPath status =
        get("/api/v1/portal/status?from=2025-09-10&to=2025-09-10&unit=" + PortalProvince.PROVINCE)
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(status.getList("oldestWaiting.code")).contains(first, second);
    assertThat(status.getString("oldestWaiting[0].lastError")).contains("500");
    JsonPath waiting = get("/api/v1/portal/dossiers/" + first).extract().jsonPath();
    assertThat(waiting.getInt("sync.attempts")).isGreaterThan(5);
    assertThat(waiting.getString("sync.acknowledgedVersion")).isNull();
    assertThat(FakePortal.records(DOSSIER, first)).isEmpty(); // the 500s took nothing

    FakePortal.up();
    MovableClock.pin(start.plusHours(25).toString());
    pushUntilQuiet();
    List<JsonNode> arrived = FakePortal.records(DOSSIER, first);
    assertThat(arrived).hasSize(1);
    assertThat(arrived.get(0).get("TrangThaiHoSo").asInt()).isEqualTo(9);
    assertThat(FakePortal.records(DOSSIER, second)).hasSize(1);
    assertThat(FakePortal.records(PROGRESS, first)).hasSize(2);
    assertThat(FakePortal.servicesFor(first)).containsExactly(DOSSIER, PROGRESS, PROGRESS);
    JsonPath after =
        get("/api/v1/portal/status?from=2025-09-10&to=2025-09-11&unit=" + PortalProvince.PROVINCE)
            .extract()
            .jsonPath();
    assertThat(after.getList("oldestWaiting")).isEmpty();
    assertThat(after.getLong("received")).isEqualTo(after.getLong("acknowledged"));
    assertThat(after.getDouble("indicator14")).isEqualTo(1.0);
    assertThat(after.getLong("lagP95Millis")).isGreaterThan(24L * 3600 * 1000);
  }

  @Test
  void theNightlyReconciliationPutsBackWhatThePortalNeverAcknowledged() {
    String code = PortalProvince.code();
    desk(code, PortalProvince.COMMUNE, PortalProvince.LAND, "2025-09-03T09:00:00+07:00");
    push();
    assertThat(FakePortal.records(DOSSIER, code)).hasSize(1);
    // Acknowledged: the reconciliation finds nothing of it to push again.
    post("/api/v1/admin/jobs/portal-reconcile/run", Map.of()).statusCode(200);
    FakePortal.clear();
    push();
    assertThat(FakePortal.records(DOSSIER, code)).isEmpty();
  }
}
