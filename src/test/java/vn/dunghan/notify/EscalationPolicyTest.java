package vn.dunghan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

  private static final UnitContact COMMUNE = new UnitContact("X", "Xã A", "Ông A", "a@x.vn", null);
  private static final UnitContact PROVINCE =
      new UnitContact("P", "Tỉnh P", "Bà B", "b@p.vn", null);
  private static final UnitContact TOP = new UnitContact("T", "Trung ương", null, "t@t.vn", null);
  private static final List<UnitContact> CHAIN = List.of(COMMUNE, PROVINCE, TOP);

  @Test
  void dueSoonWarnsTheHeadOfTheHoldingUnitOnce() {
    assertThat(EscalationPolicy.targets(null, "DUE_SOON", 0, 0, 3, CHAIN))
        .containsExactly(new EscalationPolicy.Target(Stage.DUE_SOON, COMMUNE));
    assertThat(EscalationPolicy.targets("DUE_SOON", "DUE_SOON", 0, 0, 3, CHAIN)).isEmpty();
  }

  @Test
  void overdueTellsTheHolderThenClimbsEveryNWorkingDays() {
    assertThat(EscalationPolicy.targets("DUE_SOON", "OVERDUE", 3, 0, 3, CHAIN))
        .containsExactly(new EscalationPolicy.Target(Stage.OVERDUE, COMMUNE));
    assertThat(EscalationPolicy.targets("OVERDUE", "OVERDUE", 4, 0, 3, CHAIN))
        .containsExactly(new EscalationPolicy.Target(Stage.ESCALATED, PROVINCE));
    assertThat(EscalationPolicy.targets("OVERDUE", "OVERDUE", 7, 1, 3, CHAIN))
        .containsExactly(new EscalationPolicy.Target(Stage.ESCALATED, TOP));
  }

  @Test
  void aDossierFoundLongOverdueGetsEveryStageAtOnceButNeverBeyondTheTop() {
    assertThat(EscalationPolicy.targets(null, "OVERDUE", 30, 0, 3, CHAIN))
        .containsExactly(
            new EscalationPolicy.Target(Stage.OVERDUE, COMMUNE),
            new EscalationPolicy.Target(Stage.ESCALATED, PROVINCE),
            new EscalationPolicy.Target(Stage.ESCALATED, TOP));
  }

  @Test
  void levelsStartAfterNWorkingDays() {
    assertThat(EscalationPolicy.level(0, 3)).isZero();
    assertThat(EscalationPolicy.level(3, 3)).isZero();
    assertThat(EscalationPolicy.level(4, 3)).isEqualTo(1);
    assertThat(EscalationPolicy.level(7, 3)).isEqualTo(2);
  }
}
