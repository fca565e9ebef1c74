package vn.dunghan.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The civil servants' working-day calendar and the day arithmetic of legal time limits.
 *
 * <p>A year with a loaded schedule (an official notice, or data derived and checked by hand) uses
 * only that schedule's entries, on top of the Monday-to-Friday week of Decision 188/1999/QĐ-TTg.
 * Any other year falls back to {@link ProvisionalCalendar}, and every answer about it says so
 * (provisional years must lie within the lunar calendar's 1900-2199).
 *
 * <p>Immutable and thread-safe: the provisional schedules are computed on first use and cached.
 */
public final class WorkingCalendar {

  /** No real schedule has ten years without a working day; stop rather than loop forever. */
  private static final int MAX_DAYS_WITHOUT_WORK = 3660;

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final Map<Integer, Map<LocalDate, CalendarEntry>> loaded;
  private final Map<Integer, Map<LocalDate, CalendarEntry>> provisional = new ConcurrentHashMap<>();

  /**
   * @param loadedYears per year, the entries of its loaded schedule (an empty list means "plain
   *     weeks only"); years absent from the map are provisional
   * @throws IllegalArgumentException if an entry is filed under the wrong year or a date repeats
   */
  public WorkingCalendar(Map<Integer, List<CalendarEntry>> loadedYears) {
    Map<Integer, Map<LocalDate, CalendarEntry>> byYear = new HashMap<>();
    loadedYears.forEach((year, entries) -> byYear.put(year, index(year, entries)));
    this.loaded = Map.copyOf(byYear);
  }

  /** A calendar with no loaded year: every year is provisional. */
  public static WorkingCalendar provisionalOnly() {
    return new WorkingCalendar(Map.of());
  }

  /**
   * True when {@code year} has no loaded schedule and its holidays are derived from the statute.
   */
  public boolean isProvisional(int year) {
    return !loaded.containsKey(year);
  }

  public boolean isWorkingDay(LocalDate date) {
    CalendarEntry entry = entryOn(date);
    if (entry != null) {
      return entry.kind() == DayKind.WORKING_DAY;
    }
    return !ProvisionalCalendar.isWeekend(date);
  }

  public DayInfo describe(LocalDate date) {
    CalendarEntry entry = entryOn(date);
    boolean weekend = ProvisionalCalendar.isWeekend(date);
    boolean derived = isProvisional(date.getYear());
    if (entry == null) {
      DayStatus plain = weekend ? DayStatus.WEEKEND : DayStatus.WORKING_DAY;
      return new DayInfo(date, plain, null, null, derived);
    }
    DayStatus status;
    if (entry.kind() == DayKind.DAY_OFF) {
      status = DayStatus.DAY_OFF;
    } else {
      status = weekend ? DayStatus.MAKE_UP_WORKING_DAY : DayStatus.WORKING_DAY;
    }
    return new DayInfo(date, status, entry.name(), entry.source(), derived);
  }

  /** The first working day strictly after {@code date}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    LocalDate day = date;
    for (int i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        return day;
      }
    }
    throw new OutsideCalendarRange("no working day in the ten years after " + date);
  }

  /**
   * The working day on which a time limit of {@code days} working days runs out.
   *
   * <p>Civil Code 2015 art. 147(1): the day of receipt is not counted, counting starts the next
   * day; art. 148: the limit ends at the end of its last day. A half day (internal step deadlines
   * are allocated in halves) runs out at noon of the working day it falls on, so the due day is the
   * ceil(days)-th working day after receipt. A limit of 0 (same-day procedures, e.g. Law on Civil
   * Status 2014 art. 5(3)) runs out on the day of receipt, or on the next working day if the
   * dossier was received on a day off.
   *
   * @param days at least 0, a multiple of 0.5
   */
  public LocalDate addWorkingDays(LocalDate receiptDate, BigDecimal days) {
    int toCount = wholeDaysToCount(days);
    if (toCount == 0) {
      return isWorkingDay(receiptDate) ? receiptDate : nextWorkingDay(receiptDate);
    }
    LocalDate day = receiptDate;
    for (int i = 0; i < toCount; i++) {
      day = nextWorkingDay(day);
    }
    return day;
  }

  /**
   * Working days in (fromExclusive, toInclusive]: the time used between two events, on the same
   * convention as {@link #addWorkingDays}. Negative when {@code toInclusive} is earlier.
   */
  public int countWorkingDays(LocalDate fromExclusive, LocalDate toInclusive) {
    if (toInclusive.isBefore(fromExclusive)) {
      return -countWorkingDays(toInclusive, fromExclusive);
    }
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); ) {
      if (isWorkingDay(day)) {
        count++;
      }
      day = day.plusDays(1);
    }
    return count;
  }

  /**
   * The due date of {@link #addWorkingDays} with every calendar day after receipt up to and
   * including it. For {@code days == 0} nothing is counted: the list is empty when the receipt day
   * is a working day, otherwise it shows the days off skipped to reach the due day, all counted 0.
   */
  public DeadlineExplanation explain(LocalDate receiptDate, BigDecimal days) {
    return DeadlineExplainer.explain(this, receiptDate, days);
  }

  /**
   * Hours mode: the moment at which {@code hours} working hours, counted from {@code from}, run
   * out. Counting starts at {@code from} if it lies inside working time on a working day, otherwise
   * at the next start of working time. Limits that run out exactly at the end of a range end there
   * (e.g. 17:30), not at the start of the next range. Zero hours gives the start of counting.
   */
  public LocalDateTime addWorkingHours(LocalDateTime from, BigDecimal hours, WorkingHours wh) {
    return WorkingHoursClock.add(this, from, hours, wh);
  }

  /**
   * The day a dossier counts as received, for procedures with a same-day cut-off.
   *
   * <p>Law on Civil Status 2014 art. 5(3) and Decree 23/2015/NĐ-CP art. 7: a matter received "after
   * 15:00" is due the next working day. "After" is read strictly: a dossier received at 15:00:00 is
   * on time, one at 15:00:01 is not. A dossier received on a day off counts as received on the next
   * working day. Without a cut-off the receipt date is returned unchanged: Civil Code art. 147
   * already starts counting the day after, whatever the hour.
   *
   * @param cutoff the cut-off time of day, or null when the procedure has none
   */
  public LocalDate effectiveReceiptDate(LocalDateTime receivedAt, LocalTime cutoff) {
    LocalDate day = receivedAt.toLocalDate();
    if (cutoff == null) {
      return day;
    }
    if (!isWorkingDay(day) || receivedAt.toLocalTime().isAfter(cutoff)) {
      return nextWorkingDay(day);
    }
    return day;
  }

  /**
   * Whether {@code days} is a whole or half number of working days (the unit steps are allotted
   * in).
   */
  public static boolean isWholeOrHalf(BigDecimal days) {
    return days.multiply(TWO).stripTrailingZeros().scale() <= 0;
  }

  /** Whole working days to walk for a limit of {@code days}: halves round up. */
  static int wholeDaysToCount(BigDecimal days) {
    Objects.requireNonNull(days, "days");
    if (days.signum() < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    if (!isWholeOrHalf(days)) {
      throw new IllegalArgumentException("days must be a multiple of 0.5: " + days);
    }
    return days.setScale(0, RoundingMode.CEILING).intValueExact();
  }

  private CalendarEntry entryOn(LocalDate date) {
    return schedule(date.getYear()).get(date);
  }

  private Map<LocalDate, CalendarEntry> schedule(int year) {
    Map<LocalDate, CalendarEntry> official = loaded.get(year);
    if (official != null) {
      return official;
    }
    return provisional.computeIfAbsent(year, y -> index(y, ProvisionalCalendar.forYear(y)));
  }

  private static Map<LocalDate, CalendarEntry> index(int year, List<CalendarEntry> entries) {
    Map<LocalDate, CalendarEntry> byDate = new HashMap<>();
    for (CalendarEntry entry : entries) {
      if (entry.date().getYear() != year) {
        throw new IllegalArgumentException(entry.date() + " is filed under year " + year);
      }
      if (byDate.put(entry.date(), entry) != null) {
        throw new IllegalArgumentException("two calendar entries for " + entry.date());
      }
    }
    return Map.copyOf(byDate);
  }
}
