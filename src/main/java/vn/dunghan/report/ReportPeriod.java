package vn.dunghan.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as users name it ({@code 2025-03}, {@code 2025-Q1}, {@code 2025-H1}, {@code
 * 2025}) and the window of days it covers. The regulatory window follows the cut-off dates of
 * Decree 09/2019/NĐ-CP as restated by provincial regulations (docs/report.md "Windows"): a month
 * runs from the 15th of the previous month to the 14th; a quarter from the 15th of the month before
 * it to the 14th of its last month; a half-year from 15/12 of the previous year to 14/06 (or 15/06
 * to 14/12); a year from 15/12 of the previous year to 14/12. The calendar window is the plain
 * month, quarter, half or year.
 */
public record ReportPeriod(Kind kind, int year, int index) {

  /** How long a period is. */
  public enum Kind {
    MONTH,
    QUARTER,
    HALF_YEAR,
    YEAR
  }

  /** Which days a period covers. */
  public enum Window {
    REGULATORY,
    CALENDAR
  }

  /** A window of days, both ends included. */
  public record Days(LocalDate from, LocalDate to) {
    public boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }
  }

  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern HALF = Pattern.compile("^(\\d{4})-H([12])$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

  /** Parses a period name; IllegalArgumentException with a readable message otherwise. */
  public static ReportPeriod parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    Matcher m;
    if ((m = MONTH.matcher(t)).matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month must be 01-12 in '" + text + "'");
      }
      return new ReportPeriod(Kind.MONTH, Integer.parseInt(m.group(1)), month);
    }
    if ((m = QUARTER.matcher(t)).matches()) {
      return new ReportPeriod(
          Kind.QUARTER, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = HALF.matcher(t)).matches()) {
      return new ReportPeriod(
          Kind.HALF_YEAR, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = YEAR.matcher(t)).matches()) {
      return new ReportPeriod(Kind.YEAR, Integer.parseInt(m.group(1)), 1);
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a period: use YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY");
  }

  /** The period of {@code kind} whose {@code window} holds {@code day}. */
  public static ReportPeriod containing(Kind kind, LocalDate day, Window window) {
    YearMonth month = YearMonth.from(day);
    if (window == Window.REGULATORY && day.getDayOfMonth() >= 15) {
      month = month.plusMonths(1); // from the 15th on, a day counts toward the next month
    }
    int length = new ReportPeriod(kind, month.getYear(), 1).months();
    return new ReportPeriod(kind, month.getYear(), (month.getMonthValue() - 1) / length + 1);
  }

  /** The days the period covers in {@code window}. */
  public Days days(Window window) {
    YearMonth last = lastMonth();
    YearMonth first = last.minusMonths(months() - 1L);
    if (window == Window.CALENDAR) {
      return new Days(first.atDay(1), last.atEndOfMonth());
    }
    return new Days(first.minusMonths(1).atDay(15), last.atDay(14));
  }

  /** The period just before this one, of the same kind (carried over = open at its end). */
  public ReportPeriod previous() {
    int perYear = 12 / months();
    return index > 1
        ? new ReportPeriod(kind, year, index - 1)
        : new ReportPeriod(kind, year - 1, perYear);
  }

  /** The period as the form writes it: "Tháng 11 năm 2026", "Quý IV năm 2026", "Năm 2026". */
  public String inWords() {
    switch (kind) {
      case MONTH:
        return "Tháng " + index + " năm " + year;
      case QUARTER:
        return "Quý " + new String[] {"I", "II", "III", "IV"}[index - 1] + " năm " + year;
      case HALF_YEAR:
        return (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      default:
        return "Năm " + year;
    }
  }

  public String name() {
    switch (kind) {
      case MONTH:
        return String.format("%04d-%02d", year, index);
      case QUARTER:
        return year + "-Q" + index;
      case HALF_YEAR:
        return year + "-H" + index;
      default:
        return Integer.toString(year);
    }
  }

  private int months() {
    switch (kind) {
      case MONTH:
        return 1;
      case QUARTER:
        return 3;
      case HALF_YEAR:
        return 6;
      default:
        return 12;
    }
  }

  private YearMonth lastMonth() {
    return YearMonth.of(year, index * months());
  }
}
