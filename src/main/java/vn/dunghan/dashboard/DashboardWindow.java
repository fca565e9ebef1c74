package vn.dunghan.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dunghan.report.ReportPeriod;

/**
 * The days the dashboard covers, from its query parameters: a reporting period ({@code
 * period=2026-06}, {@code 2026-Q2}, {@code 2026-H1}, {@code 2026}, with {@code window=regulatory}
 * or {@code calendar}), or any {@code from} / {@code to}. With neither, the regulatory month that
 * holds today (15th of the previous month to the 14th, Decree 09/2019 as in {@link ReportPeriod}),
 * which is the month the province is reporting on right now.
 *
 * @param period the reporting period, null for a window of chosen days
 */
record DashboardWindow(
    LocalDate from, LocalDate to, ReportPeriod period, ReportPeriod.Window kind, String label) {

  private static final long MAX_DAYS = 3660;

  /** Invalid query parameters, each message in Vietnamese for the page. */
  static final class Invalid extends Exception {
    private final List<String> messages;

    Invalid(List<String> messages) {
      super(String.join("; ", messages), null, false, false);
      this.messages = List.copyOf(messages);
    }

    List<String> messages() {
      return messages;
    }
  }

  static DashboardWindow of(
      String periodText, String windowText, String fromText, String toText, LocalDate today)
      throws Invalid {
    List<String> problems = new ArrayList<>();
    ReportPeriod.Window kind = kind(windowText, problems);
    boolean days = present(fromText) || present(toText);
    if (days && present(periodText)) {
      problems.add("Chọn kỳ báo cáo hoặc khoảng ngày, không chọn cả hai.");
    }
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    if (days) {
      return days(fromText, toText);
    }
    ReportPeriod period;
    if (present(periodText)) {
      try {
        period = ReportPeriod.parse(periodText);
      } catch (IllegalArgumentException e) {
        throw new Invalid(
            List.of(
                "Kỳ báo cáo “"
                    + periodText.strip()
                    + "” không hợp lệ: dùng dạng 2026-06 (tháng), 2026-Q2 (quý),"
                    + " 2026-H1 (6 tháng) hoặc 2026 (năm)."));
      }
    } else {
      period = ReportPeriod.containing(ReportPeriod.Kind.MONTH, today, kind);
    }
    ReportPeriod.Days span = period.days(kind);
    if (span.from().isAfter(today)) {
      throw new Invalid(
          List.of("Kỳ báo cáo bắt đầu ngày " + VnFormat.date(span.from()) + ", sau hôm nay."));
    }
    return new DashboardWindow(span.from(), span.to(), period, kind, label(period, kind, span));
  }

  private static DashboardWindow days(String fromText, String toText) throws Invalid {
    List<String> problems = new ArrayList<>();
    LocalDate from = date(fromText, "Từ ngày", problems);
    LocalDate to = date(toText, "Đến ngày", problems);
    if (from != null && to != null && (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to))) {
      problems.add("“Đến ngày” phải từ “Từ ngày” trở đi và trong vòng 10 năm.");
    }
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return new DashboardWindow(
        from,
        to,
        null,
        ReportPeriod.Window.REGULATORY,
        "Từ " + VnFormat.date(from) + " đến " + VnFormat.date(to));
  }

  /** Whether the window is a reporting period (then the Biểu 06 figures exist for it). */
  boolean isPeriod() {
    return period != null;
  }

  /** The last day on which something can have happened in the window. */
  LocalDate lastDay(LocalDate today) {
    return to.isAfter(today) ? today : to;
  }

  private static ReportPeriod.Window kind(String text, List<String> problems) {
    if (!present(text)) {
      return ReportPeriod.Window.REGULATORY;
    }
    try {
      return ReportPeriod.Window.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add("Cách tính kỳ phải là “regulatory” (theo kỳ báo cáo) hoặc “calendar”.");
      return ReportPeriod.Window.REGULATORY;
    }
  }

  private static LocalDate date(String text, String name, List<String> problems) {
    if (!present(text)) {
      problems.add("Thiếu “" + name + "” (dạng YYYY-MM-DD).");
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add("“" + name + "” không phải ngày dạng YYYY-MM-DD: " + text.strip());
      return null;
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** "Tháng 06/2026 (kỳ báo cáo 15/05/2026 – 14/06/2026)". */
  static String label(ReportPeriod p, ReportPeriod.Window kind, ReportPeriod.Days span) {
    return name(p)
        + " ("
        + (kind == ReportPeriod.Window.REGULATORY ? "kỳ báo cáo " : "")
        + VnFormat.date(span.from())
        + " – "
        + VnFormat.date(span.to())
        + ")";
  }

  static String name(ReportPeriod p) {
    switch (p.kind()) {
      case MONTH:
        return String.format("Tháng %02d/%d", p.index(), p.year());
      case QUARTER:
        return "Quý " + p.index() + "/" + p.year();
      case HALF_YEAR:
        return (p.index() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + p.year();
      default:
        return "Năm " + p.year();
    }
  }
}
