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
    return "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
  }

  static List<String> subtitle(MonthlyReport report) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Đơn vị: "
            + (report.unit() == null
                ? "Toàn tỉnh"
                : report.unit().name() + " (" + report.unit().code() + ")"));
    lines.add(
        "Kỳ báo cáo "
            + report.period()
            + ": từ ngày "
            + DAY.format(report.window().from())
            + " đến ngày "
            + DAY.format(report.window().to())
            + (report.window().kind() == ReportPeriod.Window.REGULATORY
                ? " (Nghị định 09/2019/NĐ-CP)"
                : " (theo tháng dương lịch)"));
    if (report.snapshot() != null) {
      lines.add(
          "Số liệu chốt lúc "
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
      lines.add("Số liệu tính đến hết ngày " + DAY.format(report.asOf()));
    }
    lines.add("Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP). Đơn vị tính: hồ sơ");
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
