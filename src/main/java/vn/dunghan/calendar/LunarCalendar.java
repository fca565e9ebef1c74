package vn.dunghan.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vietnamese lunisolar calendar, computed astronomically for UTC+7.
 *
 * <p>Why we compute it: Tết (5 days) and the Hùng Kings' commemoration (10/3 lunar) are public
 * holidays under Labour Code 2019 art. 112(1), and a year with no official notice loaded still
 * needs them. The rules are those of the traditional calendar as used in Vietnam since 1968 (the
 * calendar is reckoned at meridian 105° E, i.e. UTC+7, which is why Tết 1985 fell a month before
 * China's and Tết 2007 a day before):
 *
 * <ul>
 *   <li>a month begins on the local day of a new moon;
 *   <li>month 11 is the month that contains the winter solstice;
 *   <li>when 13 new moons begin between two months 11, the first month after month 11 that contains
 *       no major solar term (trung khí, a multiple of 30° of solar longitude) is the leap month and
 *       takes the number of the month before it.
 * </ul>
 *
 * <p>Supported range: lunar years 1900 to 2199, solar dates 1900-01-01 to 2200-12-31 (so that every
 * day of lunar year 2199, which ends in 2200, converts both ways). Results are cached per
 * solstice-to-solstice span; the class is thread-safe.
 */
public final class LunarCalendar {

  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2199;

  /** UTC+7: the lunar day boundary is local midnight in Vietnam. */
  private static final double ZONE_OFFSET_DAYS = 7 / 24.0;

  /** Months from month 11 of year Y-1 (inclusive) to month 11 of year Y (exclusive), by Y. */
  private static final Map<Integer, List<LunarMonth>> SPANS = new ConcurrentHashMap<>();

  private LunarCalendar() {}

  /** One lunar month as laid out on the solar calendar. */
  record LunarMonth(int year, int month, boolean leap, LocalDate start, int length) {
    boolean contains(LocalDate date) {
      return !date.isBefore(start) && date.isBefore(start.plusDays(length));
    }
  }

  /** The solar date of a lunar date. */
  public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
    checkYear(lunarYear);
    LunarDate wanted = new LunarDate(lunarYear, lunarMonth, lunarDay, leapMonth);
    // Months 11 and 12 of lunar year y lie in the span that ends with the solstice of y + 1.
    int span = lunarMonth >= 11 ? lunarYear + 1 : lunarYear;
    for (LunarMonth month : monthsOfSpan(span)) {
      if (month.year() == lunarYear && month.month() == lunarMonth && month.leap() == leapMonth) {
        if (lunarDay > month.length()) {
          throw new IllegalArgumentException(wanted + " does not exist: the month has 29 days");
        }
        return month.start().plusDays(lunarDay - 1L);
      }
    }
    throw new IllegalArgumentException(wanted + " does not exist: no such leap month that year");
  }

  /** The lunar date of a solar date. */
  public static LunarDate toLunar(LocalDate solar) {
    if (solar.getYear() != MAX_YEAR + 1) {
      checkYear(solar.getYear());
    }
    LunarMonth month = monthContaining(solar);
    int day = (int) (solar.toEpochDay() - month.start().toEpochDay()) + 1;
    return new LunarDate(month.year(), month.month(), day, month.leap());
  }

  /** Lunar New Year's day (mùng 1 Tết) of the given lunar year. */
  public static LocalDate newYear(int lunarYear) {
    return toSolar(lunarYear, 1, 1, false);
  }

  /** The lunar month containing {@code solar}. */
  static LunarMonth monthContaining(LocalDate solar) {
    List<LunarMonth> later = monthsOfSpan(solar.getYear() + 1);
    List<LunarMonth> months =
        solar.isBefore(later.get(0).start()) ? monthsOfSpan(solar.getYear()) : later;
    for (int i = months.size() - 1; i >= 0; i--) {
      if (!solar.isBefore(months.get(i).start())) {
        return months.get(i);
      }
    }
    throw new IllegalStateException("no lunar month found for " + solar);
  }

  static List<LunarMonth> monthsOfSpan(int solarYear) {
    return SPANS.computeIfAbsent(solarYear, LunarCalendar::computeSpan);
  }

  private static List<LunarMonth> computeSpan(int solarYear) {
    int first = month11(solarYear - 1);
    int count = month11(solarYear) - first;
    int leapIndex = count == 13 ? leapIndex(first) : -1;
    List<LunarMonth> months = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int ordinal = leapIndex >= 0 && i >= leapIndex ? i - 1 : i;
      int number = (10 + ordinal) % 12 + 1; // ordinal 0 is month 11, ordinal 2 is month 1
      int year = number >= 11 ? solarYear - 1 : solarYear;
      LocalDate start = newMoonDay(first + i);
      int length = (int) (newMoonDay(first + i + 1).toEpochDay() - start.toEpochDay());
      months.add(new LunarMonth(year, number, i == leapIndex, start, length));
    }
    return List.copyOf(months);
  }

  /** Lunation number of the month 11 that contains the winter solstice of {@code solarYear}. */
  private static int month11(int solarYear) {
    int k = lunationOnOrBefore(LocalDate.of(solarYear, 12, 31));
    // The solstice is at 270°. If the sun has already passed it when the new moon day starts, the
    // solstice belongs to the month before.
    return majorTerm(newMoonDay(k)) >= 9 ? k - 1 : k;
  }

  /**
   * Index (from month 11) of the leap month of a 13-month span: the first month with no major term,
   * i.e. whose next month starts in the same 30° sector of solar longitude.
   */
  private static int leapIndex(int firstLunation) {
    for (int i = 1; i <= 12; i++) {
      int termAtStart = majorTerm(newMoonDay(firstLunation + i));
      int termAtNext = majorTerm(newMoonDay(firstLunation + i + 1));
      if (termAtStart == termAtNext) {
        return i;
      }
    }
    throw new IllegalStateException("13-month span without a month lacking a major term");
  }

  /** Last lunation whose new moon day is on or before {@code day}. */
  private static int lunationOnOrBefore(LocalDate day) {
    double jd = day.toEpochDay() + Astronomy.UNIX_EPOCH_JD;
    int k = (int) Math.floor((jd - Astronomy.NEW_MOON_EPOCH) / Astronomy.SYNODIC_MONTH);
    while (newMoonDay(k + 1).compareTo(day) <= 0) {
      k++;
    }
    while (newMoonDay(k).isAfter(day)) {
      k--;
    }
    return k;
  }

  /** The local (UTC+7) date of new moon number {@code k}. */
  static LocalDate newMoonDay(int k) {
    double localDays = Astronomy.newMoonUt(k) - Astronomy.UNIX_EPOCH_JD + ZONE_OFFSET_DAYS;
    return LocalDate.ofEpochDay((long) Math.floor(localDays));
  }

  /** Sector 0-11 (of 30°) of the sun's longitude at local midnight starting {@code day}. */
  private static int majorTerm(LocalDate day) {
    double jdUt = day.toEpochDay() + Astronomy.UNIX_EPOCH_JD - ZONE_OFFSET_DAYS;
    return (int) (Astronomy.sunLongitude(jdUt) / 30);
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new OutsideCalendarRange(
          "the calendar covers the years " + MIN_YEAR + "-" + MAX_YEAR + " only, not " + year);
    }
  }
}
