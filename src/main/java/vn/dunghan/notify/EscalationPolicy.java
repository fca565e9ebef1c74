package vn.dunghan.notify;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is told what, as a dossier's deadline approaches and passes. The head of the unit holding the
 * dossier is warned when it is due soon and told when it is overdue; once it is overdue by more
 * than N working days the head of the parent unit is told, after 2N the grandparent's, and so on up
 * the hierarchy as it stands that day (Decree 61/2018 art. 9 and 32: heads answer for delays).
 */
public final class EscalationPolicy {

  private EscalationPolicy() {}

  /** The escalation level reached after {@code overdueWorkingDays}: 0 until N is exceeded. */
  public static int level(int overdueWorkingDays, int n) {
    return overdueWorkingDays <= 0 ? 0 : (overdueWorkingDays - 1) / n;
  }

  /**
   * The stages and units to notify when a dossier moves from what was last acted on to now.
   *
   * @param chain the holding unit first, then its ancestors valid today
   * @param fromLevel escalation level already notified
   */
  public static List<Target> targets(
      String notifiedState,
      String state,
      int overdueWorkingDays,
      int fromLevel,
      int n,
      List<UnitContact> chain) {
    List<Target> targets = new ArrayList<>();
    if (chain.isEmpty()) {
      return targets;
    }
    UnitContact holder = chain.get(0);
    boolean overdue = "OVERDUE".equals(state);
    if ("DUE_SOON".equals(state) && notifiedState == null) {
      targets.add(new Target(Stage.DUE_SOON, holder));
    }
    if (overdue && !"OVERDUE".equals(notifiedState)) {
      targets.add(new Target(Stage.OVERDUE, holder));
    }
    if (overdue) {
      int level = level(overdueWorkingDays, n);
      for (int k = fromLevel + 1; k <= level && k < chain.size(); k++) {
        targets.add(new Target(Stage.ESCALATED, chain.get(k)));
      }
    }
    return targets;
  }

  /** One unit to tell at one stage. */
  public record Target(Stage stage, UnitContact unit) {}
}
