package vn.dunghan.sla;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Decides {@link Timeliness}. Days are compared as local dates: the period ends at the end of the
 * due day (Civil Code art. 148), so anything on that day is on time. Hour-based deadlines compare
 * instants. A re-appointment never enters here: the dossier is judged against its due date.
 */
public final class TimelinessPolicy {

  private TimelinessPolicy() {}

  public static Timeliness judge(LocalDate resolvedOn, LocalDate dueDate) {
    int cmp = resolvedOn.compareTo(dueDate);
    return cmp < 0 ? Timeliness.EARLY : cmp == 0 ? Timeliness.ON_TIME : Timeliness.LATE;
  }

  /** Hour-based: early before the due day, on time on the due day up to the due moment. */
  public static Timeliness judge(
      Instant resolvedAt, LocalDate resolvedOn, Instant dueAt, LocalDate dueDate) {
    if (resolvedAt.isAfter(dueAt)) {
      return Timeliness.LATE;
    }
    return resolvedOn.isBefore(dueDate) ? Timeliness.EARLY : Timeliness.ON_TIME;
  }
}
