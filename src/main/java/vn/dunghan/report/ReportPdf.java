package vn.dunghan.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import vn.dunghan.shared.pdf.PdfFonts;

/**
 * Biểu 06 as a PDF, laid out like the XLSX form sheet from the same {@link ReportSheet}: A4
 * landscape, the headings and column numbers repeated on every page, the signatures at the end. The
 * fonts are embedded (DejaVu Sans, {@code src/main/resources/fonts}) so that the diacritics print
 * wherever the file is opened.
 */
final class ReportPdf {

  static final String MEDIA_TYPE = "application/pdf";

  private ReportPdf() {}

  static byte[] pdf(MonthlyReport report) {
    Font small = new Font(PdfFonts.REGULAR, 6.5f);
    Font smallBold = new Font(PdfFonts.BOLD, 6.5f);
    Font smallItalic = new Font(PdfFonts.ITALIC, 6.5f);
    Font text = new Font(PdfFonts.REGULAR, 9);
    Font bold = new Font(PdfFonts.BOLD, 9);
    Font italic = new Font(PdfFonts.ITALIC, 8.5f);
    Font title = new Font(PdfFonts.BOLD, 11);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(ReportSheet.FORM_NUMBER + " - " + report.form().periodInWords());
      document.open();
      document.add(frame(report, bold, italic));
      paragraph(document, ReportSheet.title(), title, 8);
      paragraph(document, ReportSheet.period(report), bold, 0);
      for (String note : ReportSheet.notes(report)) {
        paragraph(document, note, italic, 0);
      }
      Paragraph unit = new Paragraph(ReportSheet.UNIT_OF_COUNT, italic);
      unit.setAlignment(Element.ALIGN_RIGHT);
      document.add(unit);
      document.add(table(report, small, smallBold, smallItalic));
      document.add(signatures(report, text, bold, italic));
    } catch (DocumentException e) {
      throw new IllegalStateException("the report could not be laid out as PDF", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  /** Reporting and receiving units on the left, the form's number and basis on the right. */
  private static PdfPTable frame(MonthlyReport report, Font bold, Font italic) {
    PdfPTable frame = new PdfPTable(new float[] {3, 2});
    frame.setWidthPercentage(100);
    List<String> parties = ReportSheet.parties(report);
    frame.addCell(plain(parties.get(0), bold, Element.ALIGN_LEFT));
    frame.addCell(plain(ReportSheet.FORM_NUMBER, bold, Element.ALIGN_CENTER));
    frame.addCell(plain(parties.get(1), bold, Element.ALIGN_LEFT));
    frame.addCell(plain(ReportSheet.FORM_BASIS, italic, Element.ALIGN_CENTER));
    return frame;
  }

  private static PdfPTable table(MonthlyReport report, Font font, Font bold, Font italic) {
    int width = ReportSheet.width();
    float[] widths = new float[width];
    widths[0] = 2.2f;
    widths[1] = 12;
    for (int c = 2; c < width; c++) {
      widths[c] = 3.6f;
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(10);
    // Row by row, left to right, as PdfPTable fills its grid: a cell spanning rows from above
    // takes its place in the rows below.
    List<ReportSheet.HeaderCell> header = ReportSheet.header();
    for (int row = 0; row < ReportSheet.HEADER_ROWS; row++) {
      for (ReportSheet.HeaderCell h : header) {
        if (h.row() == row) {
          PdfPCell cell = cell(h.text(), bold, Element.ALIGN_CENTER);
          cell.setRowspan(h.rows());
          cell.setColspan(h.columns());
          cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
          table.addCell(cell);
        }
      }
    }
    for (String number : ReportSheet.columnNumbers()) {
      table.addCell(cell(number, italic, Element.ALIGN_CENTER));
    }
    table.setHeaderRows(ReportSheet.HEADER_ROWS + 1);
    DecimalFormat integer = new DecimalFormat("#,##0", new DecimalFormatSymbols(Locale.GERMANY));
    for (ReportSheet.Line line : ReportSheet.lines(report)) {
      boolean strong = line.kind() != ReportSheet.Kind.UNIT;
      Font f = strong ? bold : font;
      table.addCell(cell(line.number(), f, Element.ALIGN_CENTER));
      PdfPCell label = cell(line.label(), f, Element.ALIGN_LEFT);
      if (!strong) {
        label.setIndent(6);
      }
      table.addCell(label);
      ReportRow data = line.row();
      for (ReportSheet.Column c : ReportSheet.COLUMNS) {
        table.addCell(
            cell(
                data == null ? "" : integer.format(c.value().applyAsLong(data)),
                f,
                Element.ALIGN_RIGHT));
      }
      table.addCell(
          cell(
              data == null || data.onTimeRate() == null
                  ? ""
                  : data.onTimeRate()
                          .movePointRight(2)
                          .setScale(1, RoundingMode.HALF_UP)
                          .toPlainString()
                          .replace('.', ',')
                      + "%",
              f,
              Element.ALIGN_RIGHT));
    }
    return table;
  }

  /** Who made the sheet on the left, the place, date and head on the right. */
  private static PdfPTable signatures(MonthlyReport report, Font text, Font bold, Font italic) {
    PdfPTable block = new PdfPTable(new float[] {1, 1});
    block.setWidthPercentage(100);
    block.setKeepTogether(true);
    List<List<String>> columns = ReportSheet.signatures(report);
    for (int line = 0; line < columns.get(0).size(); line++) {
      Font f =
          line == 1 || line == columns.get(0).size() - 1
              ? bold
              : line == 0 || line == 2 ? italic : text;
      for (List<String> column : columns) {
        PdfPCell cell = plain(column.get(line), f, Element.ALIGN_CENTER);
        cell.setMinimumHeight(12);
        block.addCell(cell);
      }
    }
    return block;
  }

  private static void paragraph(Document document, String value, Font font, float before)
      throws DocumentException {
    Paragraph p = new Paragraph(value, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingBefore(before);
    document.add(p);
  }

  private static PdfPCell cell(String value, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(2);
    return cell;
  }

  private static PdfPCell plain(String value, Font font, int alignment) {
    PdfPCell cell = cell(value, font, alignment);
    cell.setBorder(Rectangle.NO_BORDER);
    return cell;
  }
}
