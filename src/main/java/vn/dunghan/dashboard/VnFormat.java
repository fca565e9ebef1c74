package vn.dunghan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.dunghan.shared.TimeSource;

/**
 * How the dashboard writes numbers and dates for Vietnamese readers: {@code 1.234} (dot groups
 * thousands), {@code 97,9 %} (comma before decimals), {@code 14/06/2026}. Written out by hand
 * rather than through a JDK locale, so that the page reads the same on every server and the browser
 * test can parse it back.
 */
final class VnFormat {

  static final String NONE = "—";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private VnFormat() {}

  static String count(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(digits.charAt(i));
    }
    return (value < 0 ? "-" : "") + out;
  }

  /** A rate between 0 and 1 as a percentage with one decimal; a dash when nothing was resolved. */
  /** A number with two decimals at most, Vietnamese style (12,5). */
  static String decimal(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  static String percent(BigDecimal rate) {
    if (rate == null) {
      return NONE;
    }
    BigDecimal pct = rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    return pct.toPlainString().replace('.', ',') + " %";
  }

  static String date(LocalDate day) {
    return day == null ? NONE : DATE.format(day);
  }

  /** "10:00 ngày 10/06/2026", in Vietnam's time whatever the server's zone. */
  static String moment(OffsetDateTime at) {
    OffsetDateTime local = at.atZoneSameInstant(TimeSource.ZONE).toOffsetDateTime();
    return TIME.format(local) + " ngày " + DATE.format(local);
  }

  static String level(String level) {
    if (level == null) {
      return NONE;
    }
    switch (level) {
      case "PROVINCE":
        return "Cấp tỉnh";
      case "DISTRICT":
        return "Cấp huyện";
      case "COMMUNE":
        return "Cấp xã";
      default:
        return level;
    }
  }
}
