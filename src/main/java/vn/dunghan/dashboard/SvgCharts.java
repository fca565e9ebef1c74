package vn.dunghan.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's charts as inline SVG written on the server: no script, no web font, nothing
 * fetched, so a page saved or printed from an offline office network shows them as they are. Every
 * mark carries {@code data-key} and its figure as visible text, which the browser test reads back.
 * Plain Java, testable without a server.
 */
final class SvgCharts {

  /** A rate bar; {@code rate} is null when nothing was resolved. */
  record RateBar(String key, String label, BigDecimal rate, String detail) {}

  /** A count bar (overdue dossiers of a unit or field). */
  record CountBar(String key, String label, long count) {}

  /** One month of the trend; {@code rate} null when nothing was resolved in it. */
  record Point(String key, String month, String year, BigDecimal rate, String detail) {}

  // Colours only help the eye; the figure is always printed beside the mark.
  static final BigDecimal GOOD = new BigDecimal("0.95");
  static final BigDecimal FAIR = new BigDecimal("0.85");
  // Text colours meet WCAG 2.1 AA on white (4.5:1 and more: green 5.1, amber 5.2, red 5.6, grey
  // 4.6, faint 5.4), since the rate itself is written in its colour.
  private static final String GREEN = "#2e7d32";
  static final String AMBER = "#a15c00";
  static final String RED = "#c62828";
  private static final String GREY = "#757575";
  private static final String TRACK = "#eceff1";
  private static final String INK = "#263238";
  private static final String FAINT = "#546e7a";

  private static final int ROW = 30;
  private static final int LABEL = 210;
  private static final int BAR = 300;
  private static final int WIDTH = LABEL + BAR + 90;
  private static final int LABEL_CHARS = 30;

  private SvgCharts() {}

  static String rateBars(String id, String title, List<RateBar> bars) {
    int height = Math.max(1, bars.size()) * ROW + 8;
    StringBuilder svg = open(id, title, WIDTH, height);
    if (bars.isEmpty()) {
      empty(svg, WIDTH, height);
    }
    int y = 4;
    for (RateBar b : bars) {
      double share = b.rate() == null ? 0 : b.rate().doubleValue();
      svg.append("<g data-key=\"").append(esc(b.key())).append("\">");
      svg.append("<title>").append(esc(b.label() + ": " + b.detail())).append("</title>");
      label(svg, b.label(), y);
      rect(svg, LABEL, y + 5, BAR, ROW - 12, TRACK);
      rect(svg, LABEL, y + 5, (int) Math.round(BAR * share), ROW - 12, colour(b.rate()));
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<text class=\"value\" x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"bold\""
                      + " fill=\"%s\">",
                  LABEL + BAR + 8,
                  y + ROW / 2 + 4,
                  INK))
          .append(esc(VnFormat.percent(b.rate())))
          .append("</text></g>");
      y += ROW;
    }
    return svg.append("</svg>").toString();
  }

  /** Bars of counts; {@code what} names the unit of the count in the tooltip. */
  static String countBars(String id, String title, String what, String fill, List<CountBar> bars) {
    int height = Math.max(1, bars.size()) * ROW + 8;
    StringBuilder svg = open(id, title, WIDTH, height);
    if (bars.isEmpty()) {
      empty(svg, WIDTH, height);
    }
    long max = bars.stream().mapToLong(CountBar::count).max().orElse(1);
    int y = 4;
    for (CountBar b : bars) {
      svg.append("<g data-key=\"").append(esc(b.key())).append("\">");
      svg.append("<title>")
          .append(esc(b.label() + ": " + VnFormat.count(b.count()) + " " + what))
          .append("</title>");
      label(svg, b.label(), y);
      int w = (int) Math.max(2, Math.round(BAR * (double) b.count() / Math.max(1, max)));
      rect(svg, LABEL, y + 5, w, ROW - 12, fill);
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<text class=\"value\" x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"bold\""
                      + " fill=\"%s\">",
                  LABEL + w + 8,
                  y + ROW / 2 + 4,
                  INK))
          .append(esc(VnFormat.count(b.count())))
          .append("</text></g>");
      y += ROW;
    }
    return svg.append("</svg>").toString();
  }

  /**
   * The on-time rate month by month as a line; the axis starts below the lowest month (rounded to
   * ten) so that the differences that matter at 95-100 % stay visible, and says where it starts.
   */
  static String trend(String id, String title, List<Point> points) {
    int width = 1220;
    int height = 260;
    int left = 52;
    int right = 16;
    int top = 28;
    int bottom = 50;
    int plotW = width - left - right;
    int plotH = height - top - bottom;
    double min =
        points.stream()
            .filter(p -> p.rate() != null)
            .mapToDouble(p -> p.rate().doubleValue() * 100)
            .min()
            .orElse(100);
    int floor = (int) Math.max(0, Math.floor((min - 5) / 10) * 10);
    int step = 100 - floor <= 20 ? 5 : 100 - floor <= 50 ? 10 : 20;
    StringBuilder svg = open(id, title, width, height);
    for (int v = floor; v <= 100; v += step) {
      double y = top + plotH * (100 - v) / (double) (100 - floor);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"%s\">"
                  + "%d %%</text>",
              left,
              width - right,
              y,
              y,
              TRACK,
              left - 6,
              y + 4,
              FAINT,
              v));
    }
    double slot = plotW / (double) Math.max(1, points.size());
    StringBuilder line = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      double x = left + slot * (i + 0.5);
      marks.append("<g data-key=\"").append(esc(p.key())).append("\">");
      marks.append("<title>").append(esc(p.detail())).append("</title>");
      marks.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"%s\">%s"
                  + "</text><text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\""
                  + " fill=\"%s\">%s</text>",
              x,
              height - bottom + 18,
              INK,
              esc(p.month()),
              x,
              height - bottom + 32,
              FAINT,
              esc(p.year())));
      if (p.rate() == null) {
        marks.append(
            String.format(
                Locale.ROOT,
                "<text class=\"value\" x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\""
                    + " fill=\"%s\">%s</text>",
                x,
                top + plotH - 6,
                GREY,
                VnFormat.NONE));
        line.append(line.length() == 0 || line.charAt(line.length() - 1) == '|' ? "" : "|");
      } else {
        double pct = Math.max(floor, p.rate().doubleValue() * 100);
        double y = top + plotH * (100 - pct) / (100 - floor);
        line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        marks.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"#fff\""
                    + " stroke-width=\"2\"/><text class=\"value\" x=\"%.1f\" y=\"%.1f\""
                    + " font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"%s\">"
                    + "%s</text>",
                x,
                y,
                colour(p.rate()),
                x,
                y - 11,
                INK,
                esc(VnFormat.percent(p.rate()))));
      }
      marks.append("</g>");
    }
    for (String segment : line.toString().split("\\|")) {
      if (!segment.isBlank()) {
        svg.append("<polyline fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2.5\" points=\"")
            .append(segment.strip())
            .append("\"/>");
      }
    }
    return svg.append(marks).append("</svg>").toString();
  }

  static String colour(BigDecimal rate) {
    if (rate == null) {
      return GREY;
    }
    return rate.compareTo(GOOD) >= 0 ? GREEN : rate.compareTo(FAIR) >= 0 ? AMBER : RED;
  }

  private static StringBuilder open(String id, String title, int width, int height) {
    return new StringBuilder()
        .append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" data-chart=\"%s\" role=\"img\""
                    + " aria-label=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                    + " font-family=\"inherit\">",
                esc(id),
                esc(title),
                width,
                height,
                width,
                height))
        .append("<title>")
        .append(esc(title))
        .append("</title>");
  }

  private static void empty(StringBuilder svg, int width, int height) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"13\" text-anchor=\"middle\" fill=\"%s\">"
                + "Chưa có số liệu</text>",
            width / 2,
            height / 2 + 4,
            FAINT));
  }

  private static void label(StringBuilder svg, String label, int y) {
    String shown =
        label.length() > LABEL_CHARS ? label.substring(0, LABEL_CHARS - 1).strip() + "…" : label;
    svg.append(
            String.format(
                Locale.ROOT,
                "<text class=\"label\" x=\"%d\" y=\"%d\" font-size=\"13\" text-anchor=\"end\""
                    + " fill=\"%s\">",
                LABEL - 8,
                y + ROW / 2 + 4,
                INK))
        .append(esc(shown))
        .append("</text>");
  }

  private static void rect(StringBuilder svg, int x, int y, int w, int h, String fill) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\"/>",
            x,
            y,
            w,
            h,
            fill));
  }

  /** XML text and attribute escaping: labels are unit and field names typed by users. */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
