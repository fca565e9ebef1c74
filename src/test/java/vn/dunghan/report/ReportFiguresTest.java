package vn.dunghan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The periodic report over a hand-computed province: every figure below was worked out by hand from
 * the histories in {@link #createOnce()} (5-working-day procedures; no holidays in the weeks
 * involved; day 1 is the working day after receipt). Windows follow Decree 09/2019: "2025-03" =
 * 15/02-14/03/2025 (the worked example of Decree 09/2019 cut-offs, docs/report.md "Windows").
 */
@QuarkusTest
class ReportFiguresTest {

  private static ReportProvince q;

  @BeforeEach
  void createOnce() {
    if (q != null) {
      return;
    }
    q = new ReportProvince();
    String s = q.department;
    String lp = q.landProcedure;
    q.sync(
        List.of(
            // A: open on 14/02 (carried over), due 17/02, resolved 20/02: late.
            q.dossier(q.province + "-A", s, lp, "DIRECT", "2025-02-10", "RESOLVED", "2025-02-20"),
            // B: received on the last day of February's window, resolved on its due day.
            q.dossier(q.province + "-B", s, lp, "ONLINE", "2025-02-14", "RESOLVED", "2025-02-21"),
            // M: received on Saturday 15/02, the first day of March's window; resolved early.
            q.dossier(q.province + "-M", s, lp, "ONLINE", "2025-02-15", "RESOLVED", "2025-02-18"),
            // E: due 24/02, still open on 14/03: in progress, overdue.
            q.dossier(q.province + "-E", s, lp, "DIRECT", "2025-02-17"),
            // I: suspended before its due day and still suspended: not due.
            q.dossier(q.province + "-I", s, lp, "ONLINE", "2025-02-20", "SUSPENDED", "2025-02-21"),
            // D: resolved early.
            q.dossier(q.province + "-D", s, lp, "ONLINE", "2025-03-03", "RESOLVED", "2025-03-05"),
            // F withdrawn, G rejected, H awaiting a supplement at the end of the window.
            q.dossier(q.province + "-F", s, lp, "DIRECT", "2025-03-03", "WITHDRAWN", "2025-03-04"),
            q.dossier(q.province + "-G", s, lp, "POSTAL", "2025-03-03", "REJECTED", "2025-03-06"),
            q.dossier(
                q.province + "-H",
                s,
                lp,
                "ONLINE",
                "2025-03-03",
                "SUPPLEMENT_REQUESTED",
                "2025-03-04"),
            // C: received on the window's last day, due 21/03.
            q.dossier(q.province + "-C", s, lp, "DIRECT", "2025-03-14"),
            // K: a commune, another field, resolved early.
            q.dossier(
                q.province + "-K",
                q.commune,
                q.constructionProcedure,
                "ONLINE",
                "2025-03-10",
                "RESOLVED",
                "2025-03-14"),
            // L: the district, received in January, due 13/01, never resolved.
            q.dossier(q.province + "-L", q.district, lp, "DIRECT", "2025-01-06"),
            // N: the district, received 13/12/2024 (last day of Q4's window), resolved late.
            q.dossier(
                q.province + "-N",
                q.district,
                lp,
                "DIRECT",
                "2024-12-13",
                "RESOLVED",
                "2025-01-10")));
  }

  /**
   * newOnline, newDirect, carriedOver, early, onTime, late, inProgress, overdue, withdrawn,
   * rejected, awaitingSupplement, suspended.
   */
  private static List<Long> figures(Map<String, Object> row) {
    Map<?, ?> received = (Map<?, ?>) row.get("received");
    Map<?, ?> resolved = (Map<?, ?>) row.get("resolved");
    Map<?, ?> inProgress = (Map<?, ?>) row.get("inProgress");
    return List.of(
        num(received.get("newOnline")),
        num(received.get("newDirect")),
        num(received.get("carriedOver")),
        num(resolved.get("early")),
        num(resolved.get("onTime")),
        num(resolved.get("late")),
        num(inProgress.get("total")),
        num(inProgress.get("overdue")),
        num(row.get("withdrawn")),
        num(row.get("rejected")),
        num(row.get("awaitingSupplement")),
        num(row.get("suspended")));
  }

  private static long num(Object o) {
    return ((Number) o).longValue();
  }

  private static JsonPath report(String period, String unit, String window) {
    var request = given().queryParam("period", period).queryParam("unit", unit);
    if (window != null) {
      request.queryParam("window", window);
    }
    return request
        .get("/api/v1/reports/monthly")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> row(JsonPath report, String unit, String field) {
    List<Map<String, Object>> rows = report.getList("rows");
    return rows.stream()
        .filter(r -> unit.equals(r.get("unitCode")) && field.equals(r.get("fieldCode")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + unit + "/" + field + " in " + rows));
  }

  private static List<Long> longs(long... values) {
    List<Long> list = new ArrayList<>();
    for (long v : values) {
      list.add(v);
    }
    return list;
  }

  @Test
  void marchRegulatoryWindowByHand() {
    JsonPath r = report("2025-03", q.province, null);
    assertThat(r.getString("window.kind")).isEqualTo("REGULATORY");
    assertThat(r.getString("window.from")).isEqualTo("2025-02-15");
    assertThat(r.getString("window.to")).isEqualTo("2025-03-14");
    assertThat(r.getString("source")).isEqualTo("LIVE");
    assertThat(r.getBoolean("closed")).isTrue();
    // new online D H I M, new direct C E F G(postal), carried A B; resolved D M early, B on time,
    // A late; in progress C, E (overdue), H (awaiting), I (suspended); F withdrawn; G rejected.
    Map<String, Object> dept = row(r, q.department, q.land);
    assertThat(figures(dept)).isEqualTo(longs(4, 4, 2, 2, 1, 1, 4, 1, 1, 1, 1, 1));
    assertThat(dept.get("unitName")).isEqualTo("Sở Tài nguyên và Môi trường");
    assertThat(dept.get("fieldName")).isEqualTo("Đất đai");
    assertThat(dept.get("level")).isEqualTo("PROVINCE");
    assertThat(((Number) dept.get("onTimeRate")).floatValue()).isEqualTo(0.75f);
    // L carried over and overdue at the district.
    assertThat(figures(row(r, q.district, q.land)))
        .isEqualTo(longs(0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0));
    // K at the commune.
    assertThat(figures(row(r, q.commune, q.construction)))
        .isEqualTo(longs(1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(r.getList("rows")).hasSize(3);
    Map<String, Object> total = r.getMap("total");
    assertThat(figures(total)).isEqualTo(longs(5, 4, 3, 3, 1, 1, 5, 2, 1, 1, 1, 1));
    assertThat(((Map<?, ?>) total.get("received")).get("total")).isEqualTo(12);
    assertThat(((Map<?, ?>) total.get("resolved")).get("total")).isEqualTo(5);
    assertThat(((Map<?, ?>) total.get("inProgress")).get("notDue")).isEqualTo(3);
    assertThat(((Number) total.get("onTimeRate")).floatValue()).isEqualTo(0.8f);
    // Biểu 06 shares: on time 4 of 5 resolved (legal rule), online 5 of 9 new; no invented points.
    assertThat(r.getInt("progress.total.onTime.numerator")).isEqualTo(4);
    assertThat(r.getInt("progress.total.onTime.denominator")).isEqualTo(5);
    assertThat(r.getDouble("progress.total.onTime.share")).isEqualTo(0.8);
    assertThat(r.getMap("progress.total.onTime")).doesNotContainKey("points");
    assertThat(r.getInt("progress.total.online.numerator")).isEqualTo(5);
    assertThat(r.getInt("progress.total.online.denominator")).isEqualTo(9);
    // Decision 766 by its own rules, for the same window and unit: 2.1 counts what ended in the
    // window and what is open at its end (the report's columns count the resolved only).
    assertThat(r.getString("index766.from")).isEqualTo(r.getString("window.from"));
    assertThat(r.getString("index766.unit")).isEqualTo(q.province);
    List<Map<String, Object>> index = r.getList("index766.total.indicators");
    Map<String, Object> onTime =
        index.stream().filter(v -> "2.1".equals(v.get("id"))).findFirst().orElseThrow();
    assertThat(((Number) onTime.get("maxPoints")).intValue()).isEqualTo(20);
    assertThat(((Number) onTime.get("denominator")).intValue()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void subtotalsPerLevelFieldAndUnit() {
    JsonPath r = report("2025-03", q.province, null);
    List<Map<String, Object>> subtotals = r.getList("subtotals");
    Map<String, Object> provinceLevel =
        subtotals.stream()
            .filter(
                s ->
                    "PROVINCE".equals(s.get("level"))
                        && s.get("unitCode") == null
                        && s.get("fieldCode") == null)
            .findFirst()
            .orElseThrow();
    assertThat(figures(provinceLevel)).isEqualTo(longs(4, 4, 2, 2, 1, 1, 4, 1, 1, 1, 1, 1));
    Map<String, Object> districtLand =
        subtotals.stream()
            .filter(
                s ->
                    "DISTRICT".equals(s.get("level"))
                        && s.get("unitCode") == null
                        && q.land.equals(s.get("fieldCode")))
            .findFirst()
            .orElseThrow();
    assertThat(figures(districtLand)).isEqualTo(longs(0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0));
    Map<String, Object> communeUnit =
        subtotals.stream()
            .filter(s -> q.commune.equals(s.get("unitCode")) && s.get("fieldCode") == null)
            .findFirst()
            .orElseThrow();
    assertThat(figures(communeUnit)).isEqualTo(longs(1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void aParentUnitReportsItsSubtree() {
    JsonPath r = report("2025-03", q.district, null);
    assertThat(r.getString("unit.name")).isEqualTo("Huyện Tiên Yên");
    assertThat(r.getList("rows.unitCode")).containsExactly(q.district, q.commune);
    assertThat(figures(r.getMap("total"))).isEqualTo(longs(1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0));
  }

  @Test
  void februaryEndsWhereMarchBegins() {
    // 2025-02 = 15/01-14/02: A and B are new there and in progress at its end; they are March's
    // carried over. M, received on the 15th, belongs to March only.
    JsonPath feb = report("2025-02", q.province, null);
    assertThat(figures(row(feb, q.department, q.land)))
        .isEqualTo(longs(1, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0));
    JsonPath mar = report("2025-03", q.province, null);
    assertThat(((Map<?, ?>) row(mar, q.department, q.land).get("received")).get("carriedOver"))
        .isEqualTo(2);
    assertThat(num(((Map<?, ?>) feb.getMap("total").get("inProgress")).get("total")))
        .isEqualTo(num(((Map<?, ?>) mar.getMap("total").get("received")).get("carriedOver")));
  }

  @Test
  void calendarWindowIsThePlainMonth() {
    // 01/03-31/03: new C D F G H; carried E and I (open at the end of 28/02); C is overdue by
    // 31/03.
    JsonPath r = report("2025-03", q.province, "calendar");
    assertThat(r.getString("window.from")).isEqualTo("2025-03-01");
    assertThat(r.getString("window.to")).isEqualTo("2025-03-31");
    assertThat(figures(row(r, q.department, q.land)))
        .isEqualTo(longs(2, 3, 2, 1, 0, 0, 4, 2, 1, 1, 1, 1));
  }

  @Test
  void quarterAndYearBoundaries() {
    // Q4-2024 = 15/09-14/12/2024 holds N (received 13/12); Q1-2025 = 15/12/2024-14/03/2025
    // carries N over, resolves it late and receives L; the commune under the district receives K
    // and resolves it early.
    JsonPath q4 = report("2024-Q4", q.district, null);
    assertThat(figures(q4.getMap("total"))).isEqualTo(longs(0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0));
    JsonPath q1 = report("2025-Q1", q.district, null);
    assertThat(q1.getString("window.from")).isEqualTo("2024-12-15");
    assertThat(figures(q1.getMap("total"))).isEqualTo(longs(1, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0));
    JsonPath y2024 = report("2024", q.district, null);
    assertThat(y2024.getString("window.to")).isEqualTo("2024-12-14");
    assertThat(figures(y2024.getMap("total"))).isEqualTo(longs(0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0));
    JsonPath y2025 = report("2025", q.district, null);
    assertThat(num(((Map<?, ?>) y2025.getMap("total").get("received")).get("carriedOver")))
        .isEqualTo(1);
  }

  @Test
  void xlsxCellsMatchTheJson() throws Exception {
    JsonPath json = report("2025-03", q.province, null);
    byte[] bytes =
        given()
            .queryParam("period", "2025-03")
            .queryParam("unit", q.province)
            .queryParam("format", "xlsx")
            .get("/api/v1/reports/monthly")
            .then()
            .statusCode(200)
            .contentType(ReportExport.XLSX)
            .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx"))
            .extract()
            .asByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheet("Biểu 06");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getMergedRegions())
          .anyMatch(m -> m.getFirstColumn() == 2 && m.getLastColumn() == 5);
      int header = find(sheet, 0, "STT").getRowNum();
      assertThat(sheet.getRow(header).getCell(2).getStringCellValue())
          .isEqualTo("Số hồ sơ nhận giải quyết");
      assertThat(sheet.getRow(header + 2).getCell(3).getStringCellValue()).isEqualTo("Trực tuyến");
      Row dept = find(sheet, "Sở Tài nguyên và Môi trường");
      assertThat(numbers(dept)).isEqualTo(xlsxOrder(row(json, q.department, q.land)));
      Row total = find(sheet, "Tổng cộng");
      assertThat(numbers(total)).isEqualTo(xlsxOrder(json.getMap("total")));
      Cell rate = total.getCell(2 + ReportSheet.COLUMNS.size());
      assertThat(rate.getNumericCellValue()).isEqualTo(0.8);
      assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(book.getSheet("Tỷ lệ Biểu 06")).isNotNull();
      Sheet index = book.getSheet("Chỉ số 766");
      assertThat(index.getRow(0).getCell(0).getStringCellValue()).contains("766/QĐ-TTg");
      boolean found = false;
      for (Row row : index) {
        Cell id = row.getCell(2);
        if (id != null
            && "2.1".equals(id.getStringCellValue())
            && row.getCell(0).getStringCellValue().isEmpty()) {
          assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(20.0);
          found = true;
        }
      }
      assertThat(found).as("the total's 2.1 line").isTrue();
    }
  }

  private static byte[] export(String format, String unit) {
    return given()
        .queryParam("period", "2025-03")
        .queryParam("unit", unit)
        .queryParam("format", format)
        .get("/api/v1/reports/monthly")
        .then()
        .statusCode(200)
        .header("Content-Disposition", org.hamcrest.Matchers.containsString("." + format))
        .extract()
        .asByteArray();
  }

  /** "ngày 07 tháng 12 năm 2026": the form is signed on the day it is printed. */
  private static String today() {
    java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    return String.format(
        "ngày %02d tháng %02d năm %d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
  }

  @Test
  void theXlsxIsTheFormAUnitFilesAndPrints() throws Exception {
    byte[] xlsx = export("xlsx", q.district);
    java.nio.file.Files.write(java.nio.file.Path.of("target", "bieu-06.xlsx"), xlsx);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("Biểu 06");
      // Who reports to whom, top left; the form's number and basis, top right.
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Đơn vị báo cáo: Huyện Tiên Yên");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Đơn vị nhận báo cáo: Văn phòng Ủy ban nhân dân tỉnh Báo Cáo");
      assertThat(text(sheet)).contains("Biểu số 06/VPCP/KSTT");
      assertThat(text(sheet))
          .contains("Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020")
          .contains(
              "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI"
                  + " QUYẾT THỦ TỤC HÀNH CHÍNH")
          .contains("Kỳ báo cáo: Tháng 3 năm 2025 (từ ngày 15/02/2025 đến ngày 14/03/2025)")
          .contains("Đơn vị tính: Số hồ sơ TTHC");
      // Three heading levels, then the column numbers (1) to (18).
      int header = find(sheet, 0, "STT").getRowNum();
      assertThat(sheet.getRow(header + 1).getCell(2).getStringCellValue()).isEqualTo("Tổng số");
      assertThat(sheet.getRow(header + 1).getCell(3).getStringCellValue()).isEqualTo("Trong đó");
      assertThat(sheet.getRow(header + 2).getCell(4).getStringCellValue())
          .isEqualTo("Trực tiếp, dịch vụ bưu chính");
      assertThat(sheet.getMergedRegions())
          .anyMatch(
              m ->
                  m.getFirstRow() == header + 1
                      && m.getFirstColumn() == 3
                      && m.getLastColumn() == 5);
      Row numbers = sheet.getRow(header + 3);
      for (int c = 0; c < ReportSheet.width(); c++) {
        assertThat(numbers.getCell(c).getStringCellValue()).isEqualTo("(" + (c + 1) + ")");
      }
      assertThat(ReportSheet.width()).isEqualTo(18);
      // The signatures after the totals.
      int total = find(sheet, "Tổng cộng").getRowNum();
      Row made = find(sheet, 0, "NGƯỜI LẬP BIỂU");
      assertThat(made.getRowNum()).isGreaterThan(total);
      assertThat(text(sheet))
          .contains("(Ký, ghi rõ họ tên)")
          .contains("THỦ TRƯỞNG ĐƠN VỊ")
          .contains("(Ký, đóng dấu, ghi rõ họ tên)")
          .contains("Báo Cáo, " + today())
          .contains("Đỗ Văn Hùng");
      // A4 landscape, one page wide, headings repeated on every page.
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getPrintSetup().getPaperSize())
          .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(sheet.getFitToPage()).isTrue();
      assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header);
      assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(header + 3);
    }
  }

  @Test
  void thePdfIsTheSameFormWithItsDiacritics() throws Exception {
    byte[] pdf = export("pdf", q.province);
    // Kept for a look (pdftoppm -png target/bieu-06.pdf): the closing notes describe it.
    java.nio.file.Files.write(java.nio.file.Path.of("target", "bieu-06.pdf"), pdf);
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
    try {
      com.lowagie.text.Rectangle page = reader.getPageSizeWithRotation(1);
      assertThat(page.getWidth()).isGreaterThan(page.getHeight()); // landscape
      StringBuilder all = new StringBuilder();
      com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
          new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        all.append(extractor.getTextFromPage(p)).append('\n');
      }
      String text = all.toString();
      assertThat(text)
          .contains("Đơn vị báo cáo: Ủy ban nhân dân tỉnh Báo Cáo")
          .contains("Văn phòng Chính phủ")
          .contains("Biểu số 06/VPCP/KSTT")
          .contains("Kỳ báo cáo: Tháng 3 năm 2025 (từ ngày 15/02/2025 đến ngày 14/03/2025)")
          .contains("Số hồ sơ nhận giải quyết")
          .contains("Trong đó")
          .contains("(1)")
          .contains("(18)")
          .contains("Sở Tài nguyên và Môi trường")
          .contains("Tổng cộng")
          .contains("NGƯỜI LẬP BIỂU")
          .contains("THỦ TRƯỞNG ĐƠN VỊ")
          .contains("Báo Cáo, " + today())
          .contains("Đỗ Văn Hùng");
      // The embedded font: every font of the page is a subset carried in the file.
      com.lowagie.text.pdf.PdfDictionary fonts =
          reader
              .getPageN(1)
              .getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES)
              .getAsDict(com.lowagie.text.pdf.PdfName.FONT);
      assertThat(fonts.getKeys()).isNotEmpty();
      for (Object key : fonts.getKeys()) {
        com.lowagie.text.pdf.PdfDictionary font =
            fonts.getAsDict((com.lowagie.text.pdf.PdfName) key);
        assertThat(font.getAsName(com.lowagie.text.pdf.PdfName.BASEFONT).toString())
            .contains("DejaVuSans");
      }
    } finally {
      reader.close();
    }
  }

  /** Every string cell of the sheet, one per line. */
  private static String text(Sheet sheet) {
    StringBuilder all = new StringBuilder();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          all.append(cell.getStringCellValue()).append('\n');
        }
      }
    }
    return all.toString();
  }

  @Test
  void csvStartsWithAByteOrderMarkAndKeepsTheDiacritics() {
    byte[] bytes =
        given()
            .queryParam("period", "2025-03")
            .queryParam("unit", q.province)
            .queryParam("format", "csv")
            .get("/api/v1/reports/monthly")
            .then()
            .statusCode(200)
            .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
            .extract()
            .asByteArray();
    assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
    assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
    assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n");
    assertThat(lines[0]).contains("Số hồ sơ nhận giải quyết - Tổng số");
    assertThat(text).contains("Sở Tài nguyên và Môi trường").contains("Xã Đông Ngũ");
    String total = lines[lines.length - 1];
    assertThat(total).startsWith("Tổng cộng,");
    assertThat(text).contains("\r\nĐơn vị,").contains("\r\nLĩnh vực,").doesNotContain("UNIT,");
    // received 12 = 5 + 4 + 3; resolved 5 = 3 + 1 + 1; in progress 5 = 3 + 2; 1 1 1 1; 0.8
    assertThat(total).endsWith(",12,5,4,3,5,3,1,1,5,3,2,1,1,1,1,0.8");
  }

  @Test
  void badParametersAreProblems() {
    given()
        .queryParam("period", "2025-13")
        .get("/api/v1/reports/monthly")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.is("period"));
    given()
        .queryParam("period", "2025-03")
        .queryParam("format", "docx")
        .get("/api/v1/reports/monthly")
        .then()
        .statusCode(422)
        .body("errors[0].field", org.hamcrest.Matchers.is("format"));
    given()
        .queryParam("period", "2025-03")
        .queryParam("window", "lunar")
        .get("/api/v1/reports/monthly")
        .then()
        .statusCode(422);
    given()
        .queryParam("period", "2099-01")
        .get("/api/v1/reports/monthly")
        .then()
        .statusCode(422)
        .body("detail", org.hamcrest.Matchers.containsString("after today"));
    given()
        .queryParam("period", "2025-03")
        .queryParam("unit", "NO-SUCH-UNIT")
        .get("/api/v1/reports/monthly")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get("/api/v1/reports/monthly").then().statusCode(422);
  }

  private static Row find(Sheet sheet, String label) {
    return find(sheet, 1, label);
  }

  private static Row find(Sheet sheet, int column, String label) {
    for (Row row : sheet) {
      Cell c = row.getCell(column);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
        return row;
      }
    }
    throw new AssertionError("no row labelled " + label);
  }

  private static List<Long> numbers(Row row) {
    List<Long> values = new ArrayList<>();
    for (int c = 2; c < 2 + ReportSheet.COLUMNS.size(); c++) {
      values.add((long) row.getCell(c).getNumericCellValue());
    }
    return values;
  }

  /** The JSON row in the column order of the form. */
  private static List<Long> xlsxOrder(Map<String, Object> row) {
    Map<?, ?> rec = (Map<?, ?>) row.get("received");
    Map<?, ?> res = (Map<?, ?>) row.get("resolved");
    Map<?, ?> inp = (Map<?, ?>) row.get("inProgress");
    return List.of(
        num(rec.get("total")),
        num(rec.get("newOnline")),
        num(rec.get("newDirect")),
        num(rec.get("carriedOver")),
        num(res.get("total")),
        num(res.get("early")),
        num(res.get("onTime")),
        num(res.get("late")),
        num(inp.get("total")),
        num(inp.get("notDue")),
        num(inp.get("overdue")),
        num(row.get("withdrawn")),
        num(row.get("rejected")),
        num(row.get("awaitingSupplement")),
        num(row.get("suspended")));
  }
}
