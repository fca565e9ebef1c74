package vn.dunghan.indicators;

import java.util.EnumMap;
import java.util.Map;

/**
 * One unit's counts for a period: each metric summed over the period's days, the open dossiers'
 * counts summed up to its last day, the procedures counted for 3.5b and the synced dossiers (1.4).
 */
final class Sums {

  private final Map<Metric, Long> inPeriod = new EnumMap<>(Metric.class);
  private final Map<Metric, Long> asOfEnd = new EnumMap<>(Metric.class);
  private long synced;
  private long feeProcedures;
  private long paidProcedures;

  long in(Metric m) {
    return inPeriod.getOrDefault(m, 0L);
  }

  long asOf(Metric m) {
    return asOfEnd.getOrDefault(m, 0L);
  }

  long received() {
    return in(Metric.RECEIVED);
  }

  long synced() {
    return synced;
  }

  long feeProcedures() {
    return feeProcedures;
  }

  long paidProcedures() {
    return paidProcedures;
  }

  void addIn(Metric m, long n) {
    inPeriod.merge(m, n, Long::sum);
  }

  void addAsOf(Metric m, long n) {
    asOfEnd.merge(m, n, Long::sum);
  }

  void synced(long n) {
    synced += n;
  }

  void procedures(long fee, long paid) {
    feeProcedures += fee;
    paidProcedures += paid;
  }
}
