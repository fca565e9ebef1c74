package vn.dunghan.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import vn.dunghan.dossier.ReportStage;
import vn.dunghan.dossier.ReportTimeline;

/**
 * What one dossier adds to the report counters of its unit and field, day by day. The report
 * columns follow Biểu 06 of Circular 01/2020/TT-VPCP:
 *
 * <ul>
 *   <li>received on the day of receipt, online or direct/postal (Decree 61/2018 art. 16 channels);
 *   <li>open from the day of receipt to the day it closes (resolved, withdrawn or rejected), so
 *       that "carried over" and "in progress" are the open level at the end of a day;
 *   <li>overdue while the clock runs past the due date: from the day after the due day (the period
 *       ends at the end of the due day, Civil Code art. 148) until the clock stops or the dossier
 *       closes; a dossier awaiting a supplement or suspended counts as not yet due, as provincial
 *       systems show it ("trong hạn, kể cả chờ bổ sung");
 *   <li>awaiting supplement and suspended as levels, for information.
 * </ul>
 *
 * Changes dated after today (a future day the dossier will fall overdue) are kept: the report never
 * reads past the day it is judged on.
 */
public final class Contributions {

  private Contributions() {}

  /** Day to the change of each {@link Measure} (indexed by ordinal). */
  public static Map<LocalDate, int[]> of(boolean online, ReportTimeline timeline) {
    Map<LocalDate, int[]> days = new TreeMap<>();
    LocalDate received = timeline.receivedOn();
    add(days, received, online ? Measure.RECEIVED_ONLINE : Measure.RECEIVED_DIRECT, 1);
    add(days, received, Measure.OPEN, 1);
    var phases = timeline.phases();
    for (int i = 0; i < phases.size(); i++) {
      ReportTimeline.Phase p = phases.get(i);
      LocalDate end = i + 1 < phases.size() ? phases.get(i + 1).from() : null;
      switch (p.stage()) {
        case RUNNING -> {
          LocalDate overdueFrom = p.due().plusDays(1);
          if (overdueFrom.isBefore(p.from())) {
            overdueFrom = p.from();
          }
          if (end == null || overdueFrom.isBefore(end)) {
            add(days, overdueFrom, Measure.OVERDUE, 1);
            if (end != null) {
              add(days, end, Measure.OVERDUE, -1);
            }
          }
        }
        case AWAITING_SUPPLEMENT, SUSPENDED -> {
          Measure level =
              p.stage() == ReportStage.SUSPENDED ? Measure.SUSPENDED : Measure.AWAITING_SUPPLEMENT;
          add(days, p.from(), level, 1);
          if (end != null) {
            add(days, end, level, -1);
          }
        }
        default -> {
          add(days, p.from(), closing(p.stage()), 1);
          add(days, p.from(), Measure.OPEN, -1);
        }
      }
    }
    days.values().removeIf(Contributions::allZero);
    return days;
  }

  private static Measure closing(ReportStage stage) {
    return switch (stage) {
      case RESOLVED_EARLY -> Measure.RESOLVED_EARLY;
      case RESOLVED_ON_TIME -> Measure.RESOLVED_ON_TIME;
      case RESOLVED_LATE -> Measure.RESOLVED_LATE;
      case WITHDRAWN -> Measure.WITHDRAWN;
      case REJECTED -> Measure.REJECTED;
      default -> throw new IllegalArgumentException(stage + " does not close a dossier");
    };
  }

  private static void add(Map<LocalDate, int[]> days, LocalDate day, Measure m, int delta) {
    days.computeIfAbsent(day, d -> new int[Measure.COUNT])[m.ordinal()] += delta;
  }

  private static boolean allZero(int[] values) {
    for (int v : values) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }
}
