package vn.dunghan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schedule of a year for which no official notice is loaded, derived from the statute alone.
 *
 * <p>Each year the Prime Minister fixes the exact Tết days and the second National Day day (Labour
 * Code 2019 art. 112(3)) and often swaps a weekday with a Saturday; none of that can be derived.
 * What can be derived, and is used until the notice is loaded:
 *
 * <ul>
 *   <li>the holidays of art. 112(1): 01/01; Tết, taken as the last day of the lunar year plus the
 *       first four days of the new one (the split of the 2022 and 2026 schedules; other years the
 *       Prime Minister moved it); 30/04; 01/05; 02/09 with 01/09 as the adjacent day; Giỗ Tổ Hùng
 *       Vương on 10/3 lunar;
 *   <li>art. 111(3): a holiday on a weekly rest day (Saturday, Sunday for civil servants, Decision
 *       188/1999/QĐ-TTg) is compensated on the next working day, i.e. the next weekday that is not
 *       already off.
 * </ul>
 *
 * <p>Like an official schedule, the result lists only departures from the normal week: a holiday
 * that falls on a weekend is not listed, its compensation day is.
 */
public final class ProvisionalCalendar {

  public static final String SOURCE =
      "Provisional: derived from Labour Code 2019 art. 111-112; no official notice loaded";

  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

  /** A statutory holiday; {@code family} names its compensation day. */
  private record Holiday(LocalDate date, String name, String family) {}

  private ProvisionalCalendar() {}

  /** The rule-derived weekdays off of {@code year}, in date order. */
  public static List<CalendarEntry> forYear(int year) {
    List<Holiday> holidays = holidays(year);
    Set<LocalDate> off = new HashSet<>();
    holidays.forEach(h -> off.add(h.date()));
    Set<LocalDate> taken = new HashSet<>();
    List<CalendarEntry> entries = new ArrayList<>();
    for (Holiday holiday : holidays) {
      boolean onRestDay = isWeekend(holiday.date());
      // Two holidays on one weekday (Giỗ Tổ on 30/04 happens once in 1900-2199, in 1947): no text
      // covers it; we compensate the second too, so that no day granted by art. 112(1) is lost.
      boolean clash = !onRestDay && !taken.add(holiday.date());
      if (!onRestDay && !clash) {
        entries.add(entry(holiday.date(), holiday.name()));
        continue;
      }
      LocalDate compensation = nextFreeWeekday(holiday.date(), off);
      off.add(compensation);
      String reason =
          onRestDay
              ? "nghỉ bù cho " + weekendDayName(holiday.date())
              : "nghỉ bù do trùng ngày nghỉ lễ";
      entries.add(
          entry(
              compensation,
              holiday.family() + " (" + reason + " " + holiday.date().format(DAY_MONTH) + ")"));
    }
    entries.sort(Comparator.comparing(CalendarEntry::date));
    return List.copyOf(entries);
  }

  private static List<Holiday> holidays(int year) {
    List<Holiday> holidays = new ArrayList<>();
    holidays.add(new Holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch", "Tết Dương lịch"));
    LocalDate newYear = LunarCalendar.newYear(year);
    for (int offset = -1; offset <= 3; offset++) {
      holidays.add(new Holiday(newYear.plusDays(offset), "Tết Nguyên đán", "Tết Nguyên đán"));
    }
    holidays.add(new Holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng", "Ngày Chiến thắng"));
    holidays.add(new Holiday(LocalDate.of(year, 5, 1), "Quốc tế Lao động", "Quốc tế Lao động"));
    holidays.add(new Holiday(LocalDate.of(year, 9, 1), "Quốc khánh (ngày liền kề)", "Quốc khánh"));
    holidays.add(new Holiday(LocalDate.of(year, 9, 2), "Quốc khánh", "Quốc khánh"));
    String hungKings = "Giỗ Tổ Hùng Vương";
    holidays.add(new Holiday(LunarCalendar.toSolar(year, 3, 10, false), hungKings, hungKings));
    // By date; the sort is stable, so a tie keeps the order of art. 112(1), where Giỗ Tổ is last.
    holidays.sort(Comparator.comparing(Holiday::date));
    return holidays;
  }

  private static LocalDate nextFreeWeekday(LocalDate from, Set<LocalDate> off) {
    LocalDate day = from.plusDays(1);
    while (isWeekend(day) || off.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static CalendarEntry entry(LocalDate date, String name) {
    return new CalendarEntry(date, DayKind.DAY_OFF, name, SOURCE);
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private static String weekendDayName(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY ? "thứ Bảy" : "Chủ nhật";
  }
}
