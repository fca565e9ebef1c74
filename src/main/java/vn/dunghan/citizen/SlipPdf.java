package vn.dunghan.citizen;

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
import java.util.Locale;
import vn.dunghan.shared.pdf.PdfFonts;

/**
 * A slip as a PDF on A5 portrait, the size Circular 01/2018 art. 10 sets for these forms: the
 * issuing unit and the national heading side by side, the title, the facts, the text, the
 * signatures; fonts embedded so that the diacritics print anywhere.
 */
final class SlipPdf {

  static final String MEDIA_TYPE = "application/pdf";

  private static final Font TEXT = new Font(PdfFonts.REGULAR, 9.5f);
  private static final Font BOLD = new Font(PdfFonts.BOLD, 9.5f);
  private static final Font ITALIC = new Font(PdfFonts.ITALIC, 8.5f);
  private static final Font SMALL_BOLD = new Font(PdfFonts.BOLD, 8.5f);
  private static final Font TITLE = new Font(PdfFonts.BOLD, 11.5f);

  private SlipPdf() {}

  static byte[] pdf(Slip slip) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A5, 36, 36, 30, 30);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(slip.kind().title().toLowerCase(new Locale("vi")) + " " + slip.code());
      document.open();
      document.add(heading(slip));
      Paragraph title = new Paragraph(slip.kind().title(), TITLE);
      title.setAlignment(Element.ALIGN_CENTER);
      title.setSpacingBefore(14);
      document.add(title);
      Paragraph code = new Paragraph("Mã hồ sơ: " + slip.code(), BOLD);
      code.setAlignment(Element.ALIGN_CENTER);
      code.setSpacingAfter(10);
      document.add(code);
      for (Slip.Fact fact : slip.facts()) {
        Paragraph line = new Paragraph();
        line.add(new Phrase(fact.label() + ": ", TEXT));
        line.add(new Phrase(fact.value() == null ? "" : fact.value(), BOLD));
        line.setSpacingAfter(3);
        document.add(line);
      }
      for (String text : slip.paragraphs()) {
        Paragraph p = new Paragraph(text, TEXT);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingBefore(5);
        document.add(p);
      }
      document.add(signatures(slip));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the slip could not be laid out", e);
    }
    return out.toByteArray();
  }

  private static PdfPTable heading(Slip slip) throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {1f, 1.7f});
    table.setWidthPercentage(100);
    table.addCell(
        cell(
            slip.unitName().toUpperCase(new Locale("vi")) + "\n" + slip.kind().form(), SMALL_BOLD));
    String date =
        "Ngày "
            + two(slip.issuedOn().getDayOfMonth())
            + " tháng "
            + two(slip.issuedOn().getMonthValue())
            + " năm "
            + slip.issuedOn().getYear();
    PdfPCell right =
        cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", SMALL_BOLD);
    right.addElement(centered(date, ITALIC));
    table.addCell(right);
    return table;
  }

  private static PdfPTable signatures(Slip slip) throws DocumentException {
    PdfPTable table = new PdfPTable(2);
    table.setWidthPercentage(100);
    table.setSpacingBefore(16);
    for (Slip.Signature s : new Slip.Signature[] {slip.left(), slip.right()}) {
      if (s == null) {
        table.addCell(cell("", TEXT));
        continue;
      }
      PdfPCell cell = cell(s.role(), SMALL_BOLD);
      cell.addElement(centered(s.hint(), ITALIC));
      cell.addElement(centered("\n\n\n" + (s.name() == null ? "" : s.name()), BOLD));
      table.addCell(cell);
    }
    return table;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.addElement(centered(text, font));
    return cell;
  }

  private static Paragraph centered(String text, Font font) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    return p;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
