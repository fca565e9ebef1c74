package vn.dunghan.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import vn.dunghan.unit.Level;

/**
 * The report in the order and wording of the printed form (Biểu số 06/VPCP/KSTT, Circular
 * 01/2020/TT-VPCP), shared by the CSV and XLSX exports: a section per level, under it each field's
 * subtotal followed by its units, the level's total, and the grand total last.
 */
final class ReportSheet {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A numeric column: its group header on the form, its own header, and where its value is. */
  record Column(String group, String header, ToLongFunction<ReportRow> value) {}

  static final List<Column> COLUMNS =
      List.of(
          new Column("Số hồ sơ nhận giải quyết", "Tổng số", r -> r.received().total()),
          new Column("Số hồ sơ nhận giải quyết", "Trực tuyến", r -> r.received().newOnline()),
          new Column(
              "Số hồ sơ nhận giải quyết",
              "Trực tiếp, dịch vụ bưu chính",
              r -> r.received().newDirect()),
          new Column("Số hồ sơ nhận giải quyết", "Từ kỳ trước", r -> r.received().carriedOver()),
          new Column("Số hồ sơ đã giải quyết", "Tổng số", r -> r.resolved().total()),
          new Column("Số hồ sơ đã giải quyết", "Trước hạn", r -> r.resolved().early()),
          new Column("Số hồ sơ đã giải quyết", "Đúng hạn", r -> r.resolved().onTime()),
          new Column("Số hồ sơ đã giải quyết", "Quá hạn", r -> r.resolved().late()),
          new Column("Số hồ sơ đang giải quyết", "Tổng số", r -> r.inProgress().total()),
          new Column("Số hồ sơ đang giải quyết", "Trong hạn", r -> r.inProgress().notDue()),
          new Column("Số hồ sơ đang giải quyết", "Quá hạn", r -> r.inProgress().overdue()),
          new Column(null, "Rút hồ sơ", ReportRow::withdrawn),
          new Column(null, "Từ chối, trả lại", ReportRow::rejected),
          new Column(null, "Chờ bổ sung", ReportRow::awaitingSupplement),
          new Column(null, "Tạm dừng", ReportRow::suspended));

  static final String RATE_HEADER = "Tỷ lệ đúng hạn (%)";

  /** The form's number and the circular that prescribes it. */
  static final String FORM_NUMBER = "Biểu số 06/VPCP/KSTT";

  static final String FORM_BASIS = "Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020";

  static final String UNIT_OF_COUNT = "Đơn vị tính: Số hồ sơ TTHC";

  /** Rows of column headings: group, "Tổng số" / "Trong đó", the columns under "Trong đó". */
  static final int HEADER_ROWS = 3;

  /** STT and the label, then the figures, then the rate. */
  static final int LEAD = 2;

  static int width() {
    return LEAD + COLUMNS.size() + 1;
  }

  /** One heading cell of the table: its text, where it starts and how far it spans. */
  record HeaderCell(String text, int row, int column, int rows, int columns) {}

  /**
   * The headings as on the form, three levels: a group over its columns; under it "Tổng số" down to
   * the column numbers and "Trong đó" over the parts; a column outside any group spans all three.
   */
  static List<HeaderCell> header() {
    List<HeaderCell> cells = new ArrayList<>();
    cells.add(new HeaderCell("STT", 0, 0, HEADER_ROWS, 1));
    cells.add(new HeaderCell("Lĩnh vực, đơn vị giải quyết", 0, 1, HEADER_ROWS, 1));
    int c = 0;
    while (c < COLUMNS.size()) {
      Column col = COLUMNS.get(c);
      if (col.group() == null) {
        cells.add(new HeaderCell(col.header(), 0, LEAD + c, HEADER_ROWS, 1));
        c++;
        continue;
      }
      int end = c;
      while (end + 1 < COLUMNS.size() && col.group().equals(COLUMNS.get(end + 1).group())) {
        end++;
      }
      cells.add(new HeaderCell(col.group(), 0, LEAD + c, 1, end - c + 1));
      cells.add(new HeaderCell(col.header(), 1, LEAD + c, HEADER_ROWS - 1, 1));
      if (end > c) {
        cells.add(new HeaderCell("Trong đó", 1, LEAD + c + 1, 1, end - c));
        for (int k = c + 1; k <= end; k++) {
          cells.add(new HeaderCell(COLUMNS.get(k).header(), 2, LEAD + k, 1, 1));
        }
      }
      c = end + 1;
    }
    cells.add(new HeaderCell(RATE_HEADER, 0, LEAD + COLUMNS.size(), HEADER_ROWS, 1));
    return cells;
  }

  /** The row of column numbers under the headings: (1), (2), ... */
  static List<String> columnNumbers() {
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= width(); i++) {
      numbers.add("(" + i + ")");
    }
    return numbers;
  }

  /** "Kỳ báo cáo: Tháng 11 năm 2026 (từ ngày 15/10/2026 đến ngày 14/11/2026)". */
  static String period(MonthlyReport report) {
    return "Kỳ báo cáo: "
        + report.form().periodInWords()
        + " (từ ngày "
        + DAY.format(report.window().from())
        + " đến ngày "
        + DAY.format(report.window().to())
        + ")";
  }

  /** The reporting and receiving units, as the top left corner of the form names them. */
  static List<String> parties(MonthlyReport report) {
    return List.of(
        "Đơn vị báo cáo: " + report.form().reportingUnit(),
        "Đơn vị nhận báo cáo: " + report.form().receivingUnit());
  }

  /** "Quảng Ninh, ngày 07 tháng 12 năm 2026" (the place left out when unknown). */
  static String placeAndDate(MonthlyReport report) {
    java.time.LocalDate day = report.form().signedOn();
    return (report.form().place() == null ? "" : report.form().place() + ", ")
        + String.format(
            "ngày %02d tháng %02d năm %d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
  }

  /** The two signature columns: who made the sheet and the head, each from the top down. */
  static List<List<String>> signatures(MonthlyReport report) {
    MonthlyReport.Signer head = report.form().head();
    String headLine = head == null || head.name() == null ? "" : head.name();
    return List.of(
        List.of("", "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", "", "", "", ""),
        List.of(
            placeAndDate(report),
            "THỦ TRƯỞNG ĐƠN VỊ",
            "(Ký, đóng dấu, ghi rõ họ tên)",
            "",
            "",
            "",
            headLine));
  }

  /** What each kind of line is called in the CSV. */
  static String kindName(Kind kind) {
    return switch (kind) {
      case SECTION -> "Cấp";
      case FIELD -> "Lĩnh vực";
      case UNIT -> "Đơn vị";
      case LEVEL_TOTAL -> "Cộng cấp";
      case TOTAL -> "Tổng cộng";
    };
  }

  enum Kind {
    SECTION,
    FIELD,
    UNIT,
    LEVEL_TOTAL,
    TOTAL
  }

  /** One printed line: {@code row} is null for a section heading. */
  record Line(Kind kind, String number, String label, ReportRow row) {}

  static String levelName(Level level) {
    return switch (level) {
      case PROVINCE -> "Cấp tỉnh";
      case DISTRICT -> "Cấp huyện";
      case COMMUNE -> "Cấp xã";
    };
  }

  static String title() {
    return "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI"
        + " QUYẾT THỦ TỤC HÀNH CHÍNH";
  }

  /** The lines under the period: how the window is drawn and how fresh the figures are. */
  static List<String> notes(MonthlyReport report) {
    List<String> lines = new ArrayList<>();
    String basis =
        report.window().kind() == ReportPeriod.Window.REGULATORY
            ? "Thời gian chốt số liệu theo Nghị định số 09/2019/NĐ-CP"
            : "Số liệu theo tháng dương lịch";
    if (report.snapshot() != null) {
      lines.add(
          basis
              + "; số liệu chốt lúc "
              + report
                  .snapshot()
                  .generatedAt()
                  .format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))
              + ", phiên bản "
              + report.snapshot().version()
              + (report.adjustments() != null && !report.adjustments().rows().isEmpty()
                  ? "; có điều chỉnh sau khi chốt (xem bản JSON)"
                  : ""));
    } else {
      lines.add(basis + "; số liệu tính đến hết ngày " + DAY.format(report.asOf()));
    }
    return lines;
  }

  static List<Line> lines(MonthlyReport report) {
    Map<Level, List<ReportRow>> fieldTotals = new LinkedHashMap<>();
    Map<Level, ReportRow> levelTotals = new LinkedHashMap<>();
    for (ReportRow s : report.subtotals()) {
      if (s.unitCode() == null && s.fieldCode() != null) {
        fieldTotals.computeIfAbsent(s.level(), l -> new ArrayList<>()).add(s);
      } else if (s.unitCode() == null && s.fieldCode() == null) {
        levelTotals.put(s.level(), s);
      }
    }
    List<Line> lines = new ArrayList<>();
    String[] roman = {"I", "II", "III"};
    int section = 0;
    for (Map.Entry<Level, ReportRow> level : levelTotals.entrySet()) {
      lines.add(new Line(Kind.SECTION, roman[section++], levelName(level.getKey()), null));
      int field = 0;
      for (ReportRow f : fieldTotals.getOrDefault(level.getKey(), List.of())) {
        lines.add(new Line(Kind.FIELD, Integer.toString(++field), f.fieldName(), f));
        for (ReportRow r : report.rows()) {
          if (r.level() == level.getKey() && r.fieldCode().equals(f.fieldCode())) {
            lines.add(new Line(Kind.UNIT, "", r.unitName(), r));
          }
        }
      }
      lines.add(
          new Line(
              Kind.LEVEL_TOTAL,
              "",
              "Cộng " + levelName(level.getKey()).toLowerCase(),
              level.getValue()));
    }
    lines.add(new Line(Kind.TOTAL, "", "Tổng cộng", report.total()));
    return lines;
  }
}
