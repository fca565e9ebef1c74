package vn.dunghan.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The report as files people open in Excel: CSV (UTF-8 with a BOM) and XLSX. */
public final class ReportExport {

  private ReportExport() {}

  public static final String CSV = "text/csv; charset=UTF-8";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The fixed columns before the figures. */
  private static final int LEAD = 2;

  public static String fileName(MonthlyReport report, String extension) {
    return "bao-cao-"
        + report.period()
        + (report.unit() == null ? "" : "-" + report.unit().code())
        + "."
        + extension;
  }

  /**
   * One header row, one line per printed line; the byte order mark makes Excel read the file as
   * UTF-8, so the Vietnamese stays intact. Rates are fractions with a dot (0.9512).
   */
  public static byte[] csv(MonthlyReport report) {
    StringBuilder out = new StringBuilder("\uFEFF");
    List<String> header =
        new ArrayList<>(
            List.of("Loại dòng", "Cấp", "Mã lĩnh vực", "Lĩnh vực", "Mã đơn vị", "Đơn vị"));
    for (ReportSheet.Column c : ReportSheet.COLUMNS) {
      header.add(c.group() == null ? c.header() : c.group() + " - " + c.header());
    }
    header.add("Tỷ lệ đúng hạn");
    line(out, header);
    for (ReportSheet.Line l : ReportSheet.lines(report)) {
      ReportRow r = l.row();
      if (r == null) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      cells.add(l.kind().name());
      cells.add(r.level() == null ? "" : ReportSheet.levelName(r.level()));
      cells.add(r.fieldCode() == null ? "" : r.fieldCode());
      cells.add(r.fieldName() == null ? "" : r.fieldName());
      cells.add(r.unitCode() == null ? "" : r.unitCode());
      cells.add(r.unitName() == null ? "" : r.unitName());
      for (ReportSheet.Column c : ReportSheet.COLUMNS) {
        cells.add(Long.toString(c.value().applyAsLong(r)));
      }
      cells.add(r.onTimeRate() == null ? "" : r.onTimeRate().toPlainString());
      line(out, cells);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String v = cells.get(i);
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
        out.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        out.append(v);
      }
    }
    out.append("\r\n");
  }

  /**
   * The printed form: a title with the unit and the window, two header rows with the groups merged
   * over their columns as on the form, frozen above the figures, whole-number and percentage
   * formats; a second sheet with the Decision 766 progress figures.
   */
  public static byte[] xlsx(MonthlyReport report) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      form(book.createSheet("Biểu 06"), report, styles);
      progress(book.createSheet("Tỷ lệ Biểu 06"), report, styles);
      index(book.createSheet("Chỉ số 766"), report, styles);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void form(Sheet sheet, MonthlyReport report, Styles styles) {
    int width = LEAD + ReportSheet.COLUMNS.size() + 1;
    int r = 0;
    text(sheet.createRow(r), 0, ReportSheet.title(), styles.title);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
    r++;
    for (String line : ReportSheet.subtitle(report)) {
      text(sheet.createRow(r), 0, line, styles.plain);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
      r++;
    }
    r++;
    int top = r;
    Row groups = sheet.createRow(top);
    Row heads = sheet.createRow(top + 1);
    text(groups, 0, "STT", styles.header);
    text(heads, 0, null, styles.header);
    sheet.addMergedRegion(new CellRangeAddress(top, top + 1, 0, 0));
    text(groups, 1, "Lĩnh vực, đơn vị giải quyết", styles.header);
    text(heads, 1, null, styles.header);
    sheet.addMergedRegion(new CellRangeAddress(top, top + 1, 1, 1));
    int c = LEAD;
    while (c < LEAD + ReportSheet.COLUMNS.size()) {
      ReportSheet.Column col = ReportSheet.COLUMNS.get(c - LEAD);
      if (col.group() == null) {
        text(groups, c, col.header(), styles.header);
        text(heads, c, null, styles.header);
        sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
        c++;
        continue;
      }
      int end = c;
      while (end + 1 < LEAD + ReportSheet.COLUMNS.size()
          && col.group().equals(ReportSheet.COLUMNS.get(end + 1 - LEAD).group())) {
        end++;
      }
      for (int k = c; k <= end; k++) {
        text(groups, k, k == c ? col.group() : null, styles.header);
        text(heads, k, ReportSheet.COLUMNS.get(k - LEAD).header(), styles.header);
      }
      sheet.addMergedRegion(new CellRangeAddress(top, top, c, end));
      c = end + 1;
    }
    text(groups, c, ReportSheet.RATE_HEADER, styles.header);
    text(heads, c, null, styles.header);
    sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
    r = top + 2;
    for (ReportSheet.Line line : ReportSheet.lines(report)) {
      Row row = sheet.createRow(r++);
      boolean strong = line.kind() != ReportSheet.Kind.UNIT;
      text(row, 0, line.number(), strong ? styles.boldText : styles.text);
      text(row, 1, line.label(), strong ? styles.boldText : styles.indented);
      ReportRow data = line.row();
      for (int k = 0; k < ReportSheet.COLUMNS.size(); k++) {
        Cell cell = row.createCell(LEAD + k);
        cell.setCellStyle(strong ? styles.boldNumber : styles.number);
        if (data != null) {
          cell.setCellValue(ReportSheet.COLUMNS.get(k).value().applyAsLong(data));
        }
      }
      Cell rate = row.createCell(LEAD + ReportSheet.COLUMNS.size());
      rate.setCellStyle(strong ? styles.boldPercent : styles.percent);
      if (data != null && data.onTimeRate() != null) {
        rate.setCellValue(data.onTimeRate().doubleValue());
      }
    }
    sheet.createFreezePane(LEAD, top + 2);
    sheet.setColumnWidth(0, 6 * 256);
    sheet.setColumnWidth(1, 48 * 256);
    for (int k = LEAD; k < width; k++) {
      sheet.setColumnWidth(k, 13 * 256);
    }
  }

  private static void progress(Sheet sheet, MonthlyReport report, Styles styles) {
    String[] headers = {
      "Mã đơn vị",
      "Đơn vị",
      "Đúng hạn: tử số",
      "Đúng hạn: mẫu số",
      "Tỷ lệ đúng hạn (Nghị định 61/2018)",
      "Trực tuyến: tử số",
      "Trực tuyến: mẫu số",
      "Tỷ lệ trực tuyến"
    };
    text(
        sheet.createRow(0),
        0,
        "Tỷ lệ giải quyết đúng hạn và tiếp nhận trực tuyến (theo Biểu 06) - kỳ " + report.period(),
        styles.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
    Row head = sheet.createRow(2);
    for (int i = 0; i < headers.length; i++) {
      text(head, i, headers[i], styles.header);
    }
    int r = 3;
    List<Progress> all = new ArrayList<>(report.progress().units());
    all.add(report.progress().total());
    for (Progress p : all) {
      Row row = sheet.createRow(r++);
      boolean total = p.unitCode() == null;
      text(row, 0, total ? "" : p.unitCode(), styles.text);
      text(row, 1, total ? "Tổng cộng" : p.unitName(), total ? styles.boldText : styles.text);
      share(row, 2, p.onTime(), styles);
      share(row, 5, p.online(), styles);
    }
    sheet.createFreezePane(2, 3);
    sheet.setColumnWidth(1, 40 * 256);
  }

  private static void share(Row row, int at, Progress.Share s, Styles styles) {
    number(row, at, s.numerator(), styles.number);
    number(row, at + 1, s.denominator(), styles.number);
    decimal(row, at + 2, s.share(), styles.percent);
  }

  /**
   * The Decision 766 indicators of the report's window: a line per unit and indicator, then the
   * total's; an empty ratio and points where the denominator is 0 (N/A).
   */
  private static void index(Sheet sheet, MonthlyReport report, Styles styles) {
    String[] headers = {
      "Mã đơn vị",
      "Đơn vị",
      "Chỉ số",
      "Tên chỉ số",
      "Tử số",
      "Mẫu số",
      "Tỷ lệ",
      "Điểm",
      "Điểm tối đa",
      "Đạt tối đa từ"
    };
    text(
        sheet.createRow(0),
        0,
        "Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg), chỉ số tính được từ dữ"
            + " liệu hồ sơ - từ "
            + VN_DATE.format(report.index766().from())
            + " đến "
            + VN_DATE.format(report.index766().to()),
        styles.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
    Row head = sheet.createRow(2);
    for (int i = 0; i < headers.length; i++) {
      text(head, i, headers[i], styles.header);
    }
    int r = 3;
    List<vn.dunghan.indicators.Report766.Row> all = new ArrayList<>(report.index766().rows());
    all.add(report.index766().total());
    for (vn.dunghan.indicators.Report766.Row unit : all) {
      boolean total = unit == report.index766().total();
      for (vn.dunghan.indicators.Report766.Value v : unit.indicators()) {
        Row row = sheet.createRow(r++);
        text(row, 0, total ? "" : unit.unitCode(), styles.text);
        text(
            row,
            1,
            total ? "Toàn phạm vi báo cáo" : unit.unitName(),
            total ? styles.boldText : styles.text);
        text(row, 2, v.id(), styles.text);
        text(row, 3, v.name(), styles.text);
        number(row, 4, v.numerator(), styles.number);
        number(row, 5, v.denominator(), styles.number);
        decimal(row, 6, v.ratio(), v.id().equals("2.2") ? styles.decimal : styles.percent);
        decimal(row, 7, v.points(), styles.decimal);
        decimal(row, 8, v.maxPoints(), styles.decimal);
        decimal(row, 9, v.fullAt(), styles.percent);
      }
      Row sum = sheet.createRow(r++);
      text(sum, 1, "Cộng điểm các chỉ số tính được", styles.boldText);
      decimal(sum, 7, unit.points(), styles.decimal);
      decimal(sum, 8, unit.maxPoints(), styles.decimal);
    }
    sheet.createFreezePane(4, 3);
    sheet.setColumnWidth(1, 36 * 256);
    sheet.setColumnWidth(3, 60 * 256);
  }

  private static final java.time.format.DateTimeFormatter VN_DATE =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static void number(Row row, int column, long value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    cell.setCellValue(value);
  }

  private static void decimal(Row row, int column, BigDecimal value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value);
    }
  }

  /** The few cell styles of the workbook (a workbook holds a limited number). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle plain;
    final CellStyle header;
    final CellStyle text;
    final CellStyle indented;
    final CellStyle boldText;
    final CellStyle number;
    final CellStyle boldNumber;
    final CellStyle percent;
    final CellStyle boldPercent;
    final CellStyle decimal;

    Styles(XSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      Font big = book.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 13);
      short integer = book.createDataFormat().getFormat("#,##0");
      short pct = book.createDataFormat().getFormat("0.0%");
      short dec = book.createDataFormat().getFormat("0.00");
      title = book.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      plain = book.createCellStyle();
      plain.setAlignment(HorizontalAlignment.CENTER);
      header = bordered(book);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
      text = bordered(book);
      indented = bordered(book);
      indented.setIndention((short) 2);
      boldText = bordered(book);
      boldText.setFont(bold);
      number = bordered(book);
      number.setDataFormat(integer);
      boldNumber = bordered(book);
      boldNumber.setDataFormat(integer);
      boldNumber.setFont(bold);
      percent = bordered(book);
      percent.setDataFormat(pct);
      boldPercent = bordered(book);
      boldPercent.setDataFormat(pct);
      boldPercent.setFont(bold);
      decimal = bordered(book);
      decimal.setDataFormat(dec);
    }

    private static CellStyle bordered(XSSFWorkbook book) {
      CellStyle s = book.createCellStyle();
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      return s;
    }
  }
}
