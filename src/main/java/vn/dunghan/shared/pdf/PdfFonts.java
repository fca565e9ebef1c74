package vn.dunghan.shared.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF the service writes (Biểu 06, the slips): DejaVu Sans, embedded and subset,
 * so that Vietnamese diacritics print wherever the file is opened ({@code
 * src/main/resources/fonts}, with its licence). Read once from the class path.
 */
public final class PdfFonts {

  public static final BaseFont REGULAR = load("/fonts/DejaVuSans.ttf");
  public static final BaseFont BOLD = load("/fonts/DejaVuSans-Bold.ttf");
  public static final BaseFont ITALIC = load("/fonts/DejaVuSans-Oblique.ttf");

  private PdfFonts() {}

  private static BaseFont load(String resource) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      byte[] ttf = in.readAllBytes();
      return BaseFont.createFont(
          resource.substring(1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
