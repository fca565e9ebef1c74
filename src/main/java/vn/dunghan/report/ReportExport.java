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
  private static final int LEAD = ReportSheet.LEAD;

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
      cells.add(ReportSheet.kindName(l.kind()));
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

  /**
   * The form as a unit files it (Biểu số 06/VPCP/KSTT, Circular 01/2020/TT-VPCP): reporting and
   * receiving units top left, the form's number top right, the title, the period in words with its
   * window, three heading levels and the column numbers (repeated on every printed page), the
   * lines, and the signatures; A4 landscape, fitted to the page width.
   */
  private static void form(Sheet sheet, MonthlyReport report, Styles styles) {
    int width = ReportSheet.width();
    int right = width - 6;
    int r = 0;
    List<String> parties = ReportSheet.parties(report);
    Row first = sheet.createRow(r);
    text(first, 0, parties.get(0), styles.boldLeft);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, right - 1));
    text(first, right, ReportSheet.FORM_NUMBER, styles.boldCentered);
    sheet.addMergedRegion(new CellRangeAddress(r, r, right, width - 1));
    r++;
    Row second = sheet.createRow(r);
    text(second, 0, parties.get(1), styles.boldLeft);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, right - 1));
    text(second, right, ReportSheet.FORM_BASIS, styles.italicCentered);
    sheet.addMergedRegion(new CellRangeAddress(r, r, right, width - 1));
    r += 2;
    r = centered(sheet, r, width, ReportSheet.title(), styles.title);
    r = centered(sheet, r, width, ReportSheet.period(report), styles.boldCentered);
    for (String note : ReportSheet.notes(report)) {
      r = centered(sheet, r, width, note, styles.italicCentered);
    }
    Row unitOfCount = sheet.createRow(r);
    text(unitOfCount, right, ReportSheet.UNIT_OF_COUNT, styles.italicCentered);
    sheet.addMergedRegion(new CellRangeAddress(r, r, right, width - 1));
    r++;
    int top = r;
    for (int k = 0; k < ReportSheet.HEADER_ROWS; k++) {
      Row row = sheet.createRow(top + k);
      row.setHeightInPoints(k == 0 ? 30 : 42);
      for (int c = 0; c < width; c++) {
        text(row, c, null, styles.header);
      }
    }
    for (ReportSheet.HeaderCell h : ReportSheet.header()) {
      sheet.getRow(top + h.row()).getCell(h.column()).setCellValue(h.text());
      if (h.rows() > 1 || h.columns() > 1) {
        sheet.addMergedRegion(
            new CellRangeAddress(
                top + h.row(),
                top + h.row() + h.rows() - 1,
                h.column(),
                h.column() + h.columns() - 1));
      }
    }
    r = top + ReportSheet.HEADER_ROWS;
    Row numbers = sheet.createRow(r);
    List<String> columnNumbers = ReportSheet.columnNumbers();
    for (int c = 0; c < width; c++) {
      text(numbers, c, columnNumbers.get(c), styles.italicHeader);
    }
    r++;
    int bodyTop = r;
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
    r++;
    List<List<String>> signatures = ReportSheet.signatures(report);
    for (int k = 0; k < signatures.get(0).size(); k++) {
      Row row = sheet.createRow(r);
      signature(sheet, row, 0, 4, signatures.get(0).get(k), k, styles);
      signature(sheet, row, right, width - 1, signatures.get(1).get(k), k, styles);
      r++;
    }
    sheet.createFreezePane(LEAD, bodyTop);
    sheet.setRepeatingRows(new CellRangeAddress(top, bodyTop - 1, -1, -1));
    sheet.setColumnWidth(0, 6 * 256);
    sheet.setColumnWidth(1, 40 * 256);
    for (int k = LEAD; k < width; k++) {
      sheet.setColumnWidth(k, 11 * 256);
    }
    printOnA4Landscape(sheet);
  }

  /** A line of the signature block: the heading in bold, the instructions in italics. */
  private static void signature(
      Sheet sheet, Row row, int from, int to, String value, int line, Styles styles) {
    CellStyle style =
        line == 1
            ? styles.boldCentered
            : line == 0 || line == 2 ? styles.italicCentered : styles.boldCentered;
    text(row, from, value, style);
    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
  }

  private static int centered(Sheet sheet, int r, int width, String value, CellStyle style) {
    Row row = sheet.createRow(r);
    text(row, 0, value, style);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
    return r + 1;
  }

  /** A4 landscape, every column on one page width, pages as long as they need. */
  private static void printOnA4Landscape(Sheet sheet) {
    org.apache.poi.ss.usermodel.PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(Sheet.LeftMargin, 0.4);
    sheet.setMargin(Sheet.RightMargin, 0.4);
    sheet.setMargin(Sheet.TopMargin, 0.5);
    sheet.setMargin(Sheet.BottomMargin, 0.5);
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
    final CellStyle boldLeft;
    final CellStyle boldCentered;
    final CellStyle italicCentered;
    final CellStyle italicHeader;

    Styles(XSSFWorkbook book) {
      Font italic = book.createFont();
      italic.setItalic(true);
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
      title.setWrapText(true);
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
      boldLeft = book.createCellStyle();
      boldLeft.setFont(bold);
      boldCentered = book.createCellStyle();
      boldCentered.setFont(bold);
      boldCentered.setAlignment(HorizontalAlignment.CENTER);
      italicCentered = book.createCellStyle();
      italicCentered.setFont(italic);
      italicCentered.setAlignment(HorizontalAlignment.CENTER);
      italicHeader = bordered(book);
      italicHeader.setFont(italic);
      italicHeader.setAlignment(HorizontalAlignment.CENTER);
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
