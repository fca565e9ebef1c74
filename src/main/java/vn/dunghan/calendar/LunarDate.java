package vn.dunghan.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year the lunar year, numbered as the solar year in which its first month begins
 * @param month 1 to 12
 * @param day 1 to 30
 * @param leapMonth true for the intercalary month (tháng nhuận) that repeats {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

  public LunarDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("lunar month must be 1-12: " + month);
    }
    if (day < 1 || day > 30) {
      throw new IllegalArgumentException("lunar day must be 1-30: " + day);
    }
  }

  @Override
  public String toString() {
    return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch";
  }
}
