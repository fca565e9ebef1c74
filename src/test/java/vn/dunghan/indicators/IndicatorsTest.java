package vn.dunghan.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.post;

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
 * A worked example of the Decision 766 report over five dossiers of September 2025 in a province of
 * its own, each figure counted by hand in the comments: two same-day civil-status dossiers (one
 * filed online with VNeID, paid online, digitised, re-used, from the citizen's store, with an
 * electronic result; one at the desk, complained about), a land dossier from the portal resolved
 * late, one received on 25/9 still within its appointment, one received on 1/9 past it.
 */
@QuarkusTest
class IndicatorsTest {

  static final String PROVINCE = "P97";
  static final String COMMUNE = "P97.X1";
  static final String LAND = "2.970154";
  static final String CIVIL = "2.970001";

  static String online;
  static String desk;
  static String late;
  static String inTime;
  static String overdue;

  @BeforeEach
  void september() {
    if (online != null) {
      return;
    }
    for (String[] u :
        new String[][] {
          {PROVINCE, "Tỉnh Chỉ Số", "PROVINCE", null}, {COMMUNE, "Xã Chỉ Số", "COMMUNE", PROVINCE}
        }) {
      Map<String, Object> unit =
          body(
              "code",
              u[0],
              "name",
              u[1],
              "kind",
              u[2],
              "parentCode",
              u[3],
              "head",
              body("name", "Đỗ Thị Thu", "title", "Chủ tịch", "email", "thu@chiso.vn"),
              "validFrom",
              "2004-01-01");
      post("/api/v1/units", unit).statusCode(201);
    }
    post("/api/v1/fields", body("code", "p97-f", "name", "Lĩnh vực chỉ số")).statusCode(201);
    procedure(LAND, 15, null, false, false);
    procedure(CIVIL, 0, "15:00", true, true);
    online = Api.unique("G97.A-");
    desk = Api.unique("G97.B-");
    late = Api.unique("G97.C-");
    inTime = Api.unique("G97.D-");
    overdue = Api.unique("G97.E-");
    String envelope =
        "{\"service\": \"DongBoHoSoMC\", \"data\": ["
            + "{\"MaHoSo\": \""
            + online
            + "\", \"MaTTHC\": \""
            + CIVIL
            + "\", \"DonViXuLy\": \""
            + COMMUNE
            + "\", \"ChuHoSo\": \"Lê Văn Đức\", \"LoaiDoiTuong\": 1,"
            + " \"SoDinhDanh\": \"022095006789\", \"TaiKhoanDuocXacThucVoiVNeID\": 1,"
            + " \"NgayTiepNhan\": \"20250903080500\", \"NgayKetThucXuLy\": \"20250903141500\","
            + " \"NgayTra\": \"20250903150000\", \"TrangThaiHoSo\": 10, \"KenhThucHien\": 2,"
            + " \"DuocThanhToanTrucTuyen\": 1, \"HoSoCoThanhPhanSoHoa\": 1,"
            + " \"TaiLieuNop\": [{\"TepDinhKemId\": \"a1\", \"DuocSoHoa\": 1, \"DuocTaiSuDung\": 1,"
            + " \"DuocLayTuKhoDMQG\": 1}], \"DanhSachLePhi\": [{\"Gia\": 8000}],"
            + " \"DanhSachGiayToKetQua\": [{\"GiayToId\": \"k1\","
            + " \"DuongDanTepTinKetQua\": \"https://dichvucong.gov.vn/kq/k1.pdf\"}]},"
            + "{\"MaHoSo\": \""
            + late
            + "\", \"MaTTHC\": \""
            + LAND
            + "\", \"DonViXuLy\": \""
            + COMMUNE
            + "\", \"ChuHoSo\": \"Phạm Văn Long\", \"LoaiDoiTuong\": 1,"
            + " \"NgayTiepNhan\": \"20250903090000\", \"NgayKetThucXuLy\": \"20250926100000\","
            + " \"TrangThaiHoSo\": 9, \"KenhThucHien\": 2, \"DuocThanhToanTrucTuyen\": 0,"
            + " \"TaiLieuNop\": [{\"TepDinhKemId\": \"c1\", \"DuocSoHoa\": 1}],"
            + " \"DanhSachLePhi\": [{\"Gia\": 50000}]}]}";
    Api.given()
        .contentType(ContentType.JSON)
        .body(envelope.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/portal/dvcqg")
        .then()
        .statusCode(200)
        .body("error_code", org.hamcrest.Matchers.equalTo("00"));
    intake(desk, CIVIL, "2025-09-03T09:00:00+07:00");
    post(
            "/api/v1/dossiers/" + desk + "/events",
            body("type", "RESOLVED", "at", "2025-09-03T11:00:00+07:00", "outcome", "APPROVED"))
        .statusCode(201);
    post(
            "/api/v1/dossiers/" + desk + "/ratings",
            body(
                "complaint",
                true,
                "comment",
                "Phải chờ lâu",
                "ratedAt",
                "2025-09-04T10:00:00+07:00"))
        .statusCode(201);
    post(
            "/api/v1/dossiers/" + online + "/ratings",
            body("rating", "VERY_GOOD", "liked", true, "ratedAt", "2025-09-04T10:00:00+07:00"))
        .statusCode(201);
    intake(inTime, LAND, "2025-09-25T09:00:00+07:00");
    intake(overdue, LAND, "2025-09-01T09:00:00+07:00");
  }

  static void procedure(
      String code, int days, String cutoff, boolean eligible, boolean population) {
    Map<String, Object> p =
        body(
            "code",
            code,
            "name",
            "Thủ tục " + code,
            "fieldCode",
            "p97-f",
            "levels",
            List.of("PROVINCE", "COMMUNE"),
            "processingTime",
            body("amount", days, "unit", "WORKING_DAYS"),
            "onlineService",
            eligible ? "FULL" : "PARTIAL",
            "eligibleFullOnline",
            eligible,
            "paperResult",
            true,
            "feeBearing",
            true,
            "populationDbConnected",
            population);
    if (cutoff != null) {
      p.put("sameDayCutoff", cutoff);
    }
    post("/api/v1/procedures", p).statusCode(201);
  }

  static void intake(String code, String procedure, String at) {
    post(
            "/api/v1/dossiers",
            body(
                "code",
                code,
                "procedureCode",
                procedure,
                "handlingUnitCode",
                COMMUNE,
                "receivingUnitCode",
                COMMUNE,
                "channel",
                "DIRECT",
                "receivedAt",
                at,
                "applicant",
                body("kind", "CITIZEN", "name", "Ngô Thị Hà", "idNumber", "022190004321")))
        .statusCode(201);
  }

  static JsonPath report(String query) {
    return get("/api/v1/indicators/766?" + query).statusCode(200).extract().jsonPath();
  }

  static Map<String, Object> indicator(JsonPath report, String path, String id) {
    List<Map<String, Object>> values = report.getList(path + ".indicators");
    return values.stream().filter(v -> id.equals(v.get("id"))).findFirst().orElseThrow();
  }

  static void expect(JsonPath r, String id, int numerator, int denominator, String points) {
    Map<String, Object> v = indicator(r, "total", id);
    assertThat(((Number) v.get("numerator")).intValue()).as(id + " numerator").isEqualTo(numerator);
    assertThat(((Number) v.get("denominator")).intValue())
        .as(id + " denominator")
        .isEqualTo(denominator);
    if (points == null) {
      assertThat(v.get("points")).as(id + " points").isNull();
    } else {
      assertThat(new java.math.BigDecimal(v.get("points").toString()))
          .as(id + " points")
          .isEqualByComparingTo(points);
    }
  }

  @Test
  void septemberCountedByHand() {
    JsonPath r = report("period=2025-09&unit=" + PROVINCE);
    // 1.4: the two the portal sent are acknowledged; the desk's are not pushed here: 2/5 x 6.
    expect(r, "1.4", 2, 5, "2.40");
    // 2.1: ended on time A, B; late C; open in time D, overdue E on 30/9: (2 + 1) / (3 + 2) x 20.
    expect(r, "2.1", 3, 5, "12.00");
    // 3.x: eligible (civil status) A, B; online A: 1/2 x 12.
    expect(r, "3.x", 1, 2, "6.00");
    // 3.3: online A (its paper result has an electronic one); C online without: 1/5, shown only.
    expect(r, "3.3", 1, 5, null);
    // 3.5b: fee-bearing procedures with dossiers 2, with an online payment 1: 1/2 x 2.
    expect(r, "3.5b", 1, 2, "1.00");
    // 3.6: all five bear fees; A paid online: 1/5 x 6.
    expect(r, "3.6", 1, 5, "1.20");
    // 4.1: resolved with a paper result A, B, C; electronic result A: 1/3 x 6.
    expect(r, "4.1", 1, 3, "2.00");
    // 4.2: resolved 3, digitised documents and result A: 1/3 x 4 / 0.8.
    expect(r, "4.2", 1, 3, "1.67");
    // 4.3: re-used A: 1/5 x 2 / 0.8.
    expect(r, "4.3", 1, 5, "0.50");
    // 4.4: from the store A: 1/5 x 4.
    expect(r, "4.4", 1, 5, "0.80");
    // 4.5b: civil status is connected to the population database: A (VNeID), B: 1/2 x 2.
    expect(r, "4.5b", 1, 2, "1.00");
    // 5.4: ended 3, late C, complaint B: (3 - 2)/3 x 6 / 0.9.
    expect(r, "5.4", 1, 3, "2.22");
    // 2.2: resolved A (0 days), B (0 days), C: received 3/9, resolved 26/9: 17 working days.
    Map<String, Object> average = indicator(r, "total", "2.2");
    assertThat(((Number) average.get("denominator")).intValue()).isEqualTo(3);
    assertThat(((Number) average.get("numerator")).intValue()).isEqualTo(17);
    assertThat(r.getString("total.points")).isEqualTo("30.79");
    assertThat(r.getInt("total.maxPoints")).isEqualTo(70);
    assertThat(r.getList("notAvailable.id")).contains("1.1", "5.2", "5.3");
  }

  @Test
  void groupedByUnitEachRowHoldsTheUnitsBelowIt() {
    JsonPath r = report("from=2025-09-01&to=2025-09-30&unit=" + PROVINCE + "&groupBy=unit");
    assertThat(r.getList("rows.unitCode")).containsExactly(PROVINCE, COMMUNE);
    for (String row : List.of("rows[0]", "rows[1]")) {
      Map<String, Object> v = indicator(r, row, "2.1");
      assertThat(((Number) v.get("numerator")).intValue()).isEqualTo(3);
      assertThat(((Number) v.get("denominator")).intValue()).isEqualTo(5);
    }
    // Another month: nothing received, nothing ended; D and E are still open on 31/10.
    JsonPath october = report("period=2025-10&unit=" + PROVINCE);
    Map<String, Object> onTime = indicator(october, "total", "2.1");
    assertThat(((Number) onTime.get("denominator")).intValue()).isEqualTo(2);
    assertThat(((Number) onTime.get("numerator")).intValue()).isZero(); // D's appointment passed
    assertThat(indicator(october, "total", "4.3").get("ratio")).isNull();
  }

  @Test
  void theLostPointsNameTheDossiersAndTheHeadWhoAnswersForThem() {
    JsonPath lost =
        get("/api/v1/indicators/766/2.1/dossiers?period=2025-09&unit=" + PROVINCE)
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(lost.getList("items.code")).containsExactlyInAnyOrder(late, overdue);
    assertThat(lost.getString("items[0].head.name")).isEqualTo("Đỗ Thị Thu");
    assertThat(lost.getList("items.why").toString()).contains("after the appointment");
    assertThat(
            get("/api/v1/indicators/766/3.6/dossiers?period=2025-09&unit=" + PROVINCE)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code"))
        .containsExactlyInAnyOrder(desk, late, inTime, overdue);
    assertThat(
            get("/api/v1/indicators/766/5.4/dossiers?period=2025-09&unit=" + PROVINCE)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code"))
        .containsExactlyInAnyOrder(desk, late);
    get("/api/v1/indicators/766/9.9/dossiers?period=2025-09").statusCode(404);
    get("/api/v1/indicators/766/2.2/dossiers?period=2025-09").statusCode(422);
  }

  @Test
  void theDueSoonListIsOrderedByThePointsAUnitStandsToLose() {
    // On 23/9/2025: E's appointment (23/9) is due within one working day. The commune's 2.1
    // denominator so far this month: A and B ended, C and E open: 4, so E puts 20 / 4 at stake.
    vn.dunghan.support.MovableClock.pin("2025-09-23T10:00:00+07:00");
    try {
      JsonPath list =
          get("/api/v1/indicators/766/at-stake?unit=" + PROVINCE)
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(list.getList("items.code")).containsExactly(overdue);
      assertThat(list.getString("items[0].appointment"))
          .isEqualTo(
              get("/api/v1/dossiers/" + overdue)
                  .extract()
                  .jsonPath()
                  .getString("verdicts.index.appointment"))
          .isEqualTo("2025-09-23");
      assertThat(list.getDouble("items[0].pointsAtStake")).isEqualTo(5.0);
      assertThat(list.getInt("items[0].unitDossiersThisMonth")).isEqualTo(4);
      assertThat(list.getString("items[0].head.name")).isEqualTo("Đỗ Thị Thu");
    } finally {
      vn.dunghan.support.MovableClock.release();
    }
  }

  @Test
  void theDashboardShowsTheIndexPerUnitWithThePointsLost() {
    String html =
        Api.given()
            .accept("text/html")
            .get("/?from=2025-09-01&to=2025-09-30&unit=" + PROVINCE)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    int section = html.indexOf("data-section=\"index766\"");
    assertThat(section).as("the index section").isPositive();
    String table = html.substring(section, html.indexOf("</table>", section));
    // The commune lost 70 - 30.79 points; the scope's total row says the same.
    assertThat(table)
        .contains("data-key=\"" + COMMUNE + "\"")
        .contains(">30,79<")
        .contains(">39,21<");
  }

  @jakarta.inject.Inject jakarta.persistence.EntityManager em;

  @Test
  void aRebuildGivesDossiersFromBeforeTheIndexTheirVerdict() {
    // As a dossier written before 0.11.0 looks: no index verdict, supplement requests not counted.
    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update dossier set index_verdict = null, index_effective_end = null,"
                            + " index_reason = null, supplement_requests = 0 where code = :code")
                    .setParameter("code", late)
                    .executeUpdate());
    assertThat(
            get("/api/v1/dossiers/" + late)
                .extract()
                .jsonPath()
                .getString("verdicts.index.verdict"))
        .isNull();
    post("/api/v1/admin/jobs/index-rebuild/run", Map.of()).statusCode(200);
    JsonPath d = get("/api/v1/dossiers/" + late).extract().jsonPath();
    assertThat(d.getString("verdicts.index.verdict")).isEqualTo("LATE");
    assertThat(d.getString("verdicts.index.effectiveEnd")).isEqualTo("2025-09-26");
  }

  @Test
  void aRebuildFromTheDossiersGivesTheSameFigures() {
    String before = report("period=2025-09&unit=" + PROVINCE).getString("total");
    post("/api/v1/admin/jobs/index-rebuild/run", Map.of()).statusCode(200);
    assertThat(report("period=2025-09&unit=" + PROVINCE).getString("total")).isEqualTo(before);
  }

  @Test
  void badWindowsAndScopesAreProblems() {
    get("/api/v1/indicators/766?period=2025-13").statusCode(422);
    get("/api/v1/indicators/766?period=2025-09&from=2025-09-01").statusCode(422);
    get("/api/v1/indicators/766?from=2025-09-30&to=2025-09-01").statusCode(422);
    get("/api/v1/indicators/766?period=2025-09&groupBy=field").statusCode(422);
    Api.as(Tokens.of("can-bo", COMMUNE, "clerk"))
        .get("/api/v1/indicators/766?period=2025-09&unit=" + PROVINCE)
        .then()
        .statusCode(403);
    Api.as(Tokens.of("can-bo", COMMUNE, "clerk"))
        .get("/api/v1/indicators/766?period=2025-09")
        .then()
        .statusCode(200)
        .body("unit", org.hamcrest.Matchers.equalTo(COMMUNE));
  }
}
