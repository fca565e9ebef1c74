package vn.dunghan.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the timeliness buckets and the rate arithmetic. */
class SlaArithmeticProperties {

  @Property
  void everyResolvedDossierFallsInExactlyOneBucket(
      @ForAll @IntRange(min = -400, max = 400) int resolvedOffset,
      @ForAll @IntRange(min = 0, max = 3000) int dueEpochOffset) {
    LocalDate due = LocalDate.of(2022, 1, 1).plusDays(dueEpochOffset);
    LocalDate resolved = due.plusDays(resolvedOffset);
    Timeliness verdict = TimelinessPolicy.judge(resolved, due);
    int buckets =
        (resolved.isBefore(due) ? 1 : 0)
            + (resolved.isEqual(due) ? 1 : 0)
            + (resolved.isAfter(due) ? 1 : 0);
    assertThat(buckets).isEqualTo(1);
    assertThat(verdict == Timeliness.EARLY).isEqualTo(resolved.isBefore(due));
    assertThat(verdict == Timeliness.ON_TIME).isEqualTo(resolved.isEqual(due));
    assertThat(verdict == Timeliness.LATE).isEqualTo(resolved.isAfter(due));
  }

  @Property
  void bucketsAddUpAndRatesStayBetweenZeroAndOne(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 2) Integer> verdicts,
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 2) Integer> levels) {
    Map<Integer, long[]> byLevel = new java.util.HashMap<>();
    long[] all = new long[3];
    for (int i = 0; i < verdicts.size(); i++) {
      int level = levels.get(i % levels.size());
      byLevel.computeIfAbsent(level, k -> new long[3])[verdicts.get(i)]++;
      all[verdicts.get(i)]++;
    }
    RateRow total = RateRow.of("TOTAL", "Tổng cộng", 0, 0, 0);
    for (Map.Entry<Integer, long[]> e : byLevel.entrySet()) {
      long[] c = e.getValue();
      RateRow row = RateRow.of(e.getKey().toString(), "", c[0], c[1], c[2]);
      assertThat(row.early() + row.onTime() + row.late()).isEqualTo(row.resolved());
      assertThat(row.denominator()).isEqualTo(row.resolved());
      assertThat(row.onTimeRate()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      total = total.plus(row, "TOTAL", "Tổng cộng");
    }
    RateRow ungrouped = RateRow.of("TOTAL", "Tổng cộng", all[0], all[1], all[2]);
    assertThat(total).isEqualTo(ungrouped);
    assertThat(total.resolved()).isEqualTo(verdicts.size());
  }

  @Property
  void slaStateOfAnOpenDossierFollowsTheDueDate(@ForAll @IntRange(min = -30, max = 30) int offset) {
    var calendar = vn.dunghan.calendar.WorkingCalendar.provisionalOnly();
    LocalDate today = LocalDate.of(2030, 6, 12);
    LocalDate due = today.plusDays(offset);
    SlaPolicy.Assessment a =
        SlaPolicy.assess(SlaPolicy.Phase.RUNNING, null, due, today, 1, calendar);
    Map<SlaState, Boolean> expected = new EnumMap<>(SlaState.class);
    expected.put(SlaState.OVERDUE, due.isBefore(today));
    assertThat(a.state() == SlaState.OVERDUE).isEqualTo(expected.get(SlaState.OVERDUE));
    if (a.state() == SlaState.OVERDUE) {
      assertThat(a.overdueWorkingDays()).isEqualTo(calendar.countWorkingDays(due, today));
    } else {
      assertThat(a.remainingWorkingDays()).isEqualTo(calendar.countWorkingDays(today, due));
      assertThat(a.state() == SlaState.DUE_SOON).isEqualTo(a.remainingWorkingDays() <= 1);
    }
  }
}
