package vn.dunghan.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import vn.dunghan.calendar.WorkingCalendar;

/**
 * What the Decision 766 counters read of one dossier: its receipt, how processing ended for the
 * index (IndexPolicy, stored on the dossier), what the portal said of it, its procedure's flags and
 * whether any rating was unfavourable. {@link #contributions} turns it into counts on days.
 */
record DossierFacts(
    long dossierId,
    String unitCode,
    String procedureCode,
    LocalDate receivedOn,
    boolean online,
    String status,
    LocalDate resolvedOn,
    LocalDate closedOn,
    String indexVerdict,
    LocalDate indexEffectiveEnd,
    LocalDate indexAppointment,
    int supplementRequests,
    boolean eligibleFullOnline,
    boolean paperResult,
    boolean feeBearing,
    boolean populationDbConnected,
    boolean portalKnows,
    boolean paidOnline,
    BigDecimal feeTotal,
    int digitisedDocuments,
    int reusedDocuments,
    int fromStoreDocuments,
    int resultLinks,
    boolean vneid,
    boolean unfavourable) {

  /** A count on a day. */
  record Key(Metric metric, LocalDate day) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = Integer.compare(metric.code, o.metric.code);
      return c != 0 ? c : day.compareTo(o.day);
    }
  }

  /** The day processing ended for the index, or null while it runs. */
  LocalDate endedOn() {
    if (indexVerdict == null) {
      return null;
    }
    if (resolvedOn != null) {
      return resolvedOn;
    }
    return closedOn != null ? closedOn : indexEffectiveEnd;
  }

  /** This dossier's counts, by metric and day (formulas: {@link Indicator}). */
  Map<Key, Long> contributions(WorkingCalendar calendar) {
    Map<Key, Long> c = new TreeMap<>();
    LocalDate r = receivedOn;
    add(c, Metric.RECEIVED, r, 1);
    boolean countsOnline = online && (!paperResult || resultLinks > 0);
    if (countsOnline) {
      add(c, Metric.ONLINE, r, 1);
    }
    if (eligibleFullOnline) {
      add(c, Metric.ELIGIBLE, r, 1);
      if (online) {
        add(c, Metric.ELIGIBLE_ONLINE, r, 1);
      }
    }
    // A dossier the portal knows with fees all 0 does not bear fees (3.6); a desk's is taken at the
    // procedure's word.
    boolean bearsFees = feeBearing && (!portalKnows || feeTotal.signum() > 0);
    if (bearsFees) {
      add(c, Metric.FEE_BEARING, r, 1);
      if (paidOnline) {
        add(c, Metric.PAID_ONLINE, r, 1);
      }
    }
    if (reusedDocuments > 0) {
      add(c, Metric.REUSED, r, 1);
    }
    if (fromStoreDocuments > 0) {
      add(c, Metric.FROM_STORE, r, 1);
    }
    if (populationDbConnected) {
      add(c, Metric.POPULATION_DB, r, 1);
      if (vneid || fromStoreDocuments > 0) {
        add(c, Metric.POPULATION_USED, r, 1);
      }
    }
    LocalDate ended = endedOn();
    LocalDate overdueFrom = indexAppointment.plusDays(1);
    if (supplementRequests > 1) {
      overdueFrom = r; // more than one request: never in time for the index
    }
    // Open, day by day: in time until the appointment, overdue after it, until processing ends.
    LocalDate stop = ended;
    if (overdueFrom.isAfter(r) && (stop == null || stop.isAfter(r))) {
      add(c, Metric.OPEN_IN_TIME, r, 1);
      LocalDate inTimeEnds = stop == null || overdueFrom.isBefore(stop) ? overdueFrom : stop;
      add(c, Metric.OPEN_IN_TIME, inTimeEnds, -1);
    }
    LocalDate overdueStarts = overdueFrom.isBefore(r) ? r : overdueFrom;
    if (stop == null || overdueStarts.isBefore(stop)) {
      add(c, Metric.OPEN_OVERDUE, overdueStarts, 1);
      if (stop != null) {
        add(c, Metric.OPEN_OVERDUE, stop, -1);
      }
    }
    if (ended != null) {
      add(c, Metric.ENDED, ended, 1);
      boolean late = "LATE".equals(indexVerdict);
      add(c, late ? Metric.ENDED_LATE : Metric.ENDED_ON_TIME, ended, 1);
      if (unfavourable) {
        add(c, Metric.UNFAVOURABLE, ended, 1);
      }
    }
    if (resolvedOn != null) {
      add(c, Metric.RESOLVED, resolvedOn, 1);
      if (paperResult) {
        add(c, Metric.PAPER_RESOLVED, resolvedOn, 1);
        if (resultLinks > 0) {
          add(c, Metric.E_RESULT, resolvedOn, 1);
        }
      }
      if (digitisedDocuments > 0 && resultLinks > 0) {
        add(c, Metric.DIGITISED, resolvedOn, 1);
      }
      add(c, Metric.STARTED_RESOLVED, r, 1);
      add(c, Metric.PROCESSING_DAYS, r, Math.max(0, calendar.countWorkingDays(r, resolvedOn)));
    }
    c.values().removeIf(n -> n == 0);
    return c;
  }

  private static void add(Map<Key, Long> c, Metric m, LocalDate day, long n) {
    c.merge(new Key(m, day), n, Long::sum);
  }

  /** The contributions as kept in {@code dossier_index_marks}: {@code metric:yyyy-mm-dd:n;...}. */
  static String encode(Map<Key, Long> c) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<Key, Long> e : c.entrySet()) {
      if (s.length() > 0) {
        s.append(';');
      }
      s.append(e.getKey().metric().code)
          .append(':')
          .append(e.getKey().day())
          .append(':')
          .append(e.getValue());
    }
    return s.toString();
  }

  static Map<Key, Long> decode(String marks) {
    Map<Key, Long> c = new TreeMap<>();
    if (marks == null || marks.isEmpty()) {
      return c;
    }
    for (String part : marks.split(";")) {
      String[] f = part.split(":");
      c.put(
          new Key(Metric.of(Integer.parseInt(f[0])), LocalDate.parse(f[1])), Long.parseLong(f[2]));
    }
    return c;
  }
}
