package vn.dunghan.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Every indicator that scores: full points exactly at the ratio of full points, half of them at
 * half that ratio, and the numerator and denominator as its formula reads them.
 */
class IndicatorThresholdsTest {

  /** How to give each indicator a numerator and a denominator through the counters it reads. */
  static final Map<Indicator, BiConsumer<Sums, long[]>> FEED =
      Map.ofEntries(
          Map.entry(
              Indicator.SYNCED,
              (s, f) -> {
                s.synced(f[0]);
                s.addIn(Metric.RECEIVED, f[1]);
              }),
          Map.entry(
              Indicator.ON_TIME,
              (s, f) -> {
                s.addIn(Metric.ENDED, f[1]);
                s.addIn(Metric.ENDED_ON_TIME, f[0]);
              }),
          Map.entry(
              Indicator.FULL_ONLINE,
              (s, f) -> {
                s.addIn(Metric.ELIGIBLE, f[1]);
                s.addIn(Metric.ELIGIBLE_ONLINE, f[0]);
              }),
          Map.entry(Indicator.PAYMENT_PROCEDURES, (s, f) -> s.procedures(f[1], f[0])),
          Map.entry(
              Indicator.PAID_ONLINE,
              (s, f) -> {
                s.addIn(Metric.FEE_BEARING, f[1]);
                s.addIn(Metric.PAID_ONLINE, f[0]);
              }),
          Map.entry(
              Indicator.E_RESULT,
              (s, f) -> {
                s.addIn(Metric.PAPER_RESOLVED, f[1]);
                s.addIn(Metric.E_RESULT, f[0]);
              }),
          Map.entry(
              Indicator.DIGITISED,
              (s, f) -> {
                s.addIn(Metric.RESOLVED, f[1]);
                s.addIn(Metric.DIGITISED, f[0]);
              }),
          Map.entry(
              Indicator.REUSED,
              (s, f) -> {
                s.addIn(Metric.RECEIVED, f[1]);
                s.addIn(Metric.REUSED, f[0]);
              }),
          Map.entry(
              Indicator.FROM_STORE,
              (s, f) -> {
                s.addIn(Metric.RECEIVED, f[1]);
                s.addIn(Metric.FROM_STORE, f[0]);
              }),
          Map.entry(
              Indicator.POPULATION_DATA,
              (s, f) -> {
                s.addIn(Metric.POPULATION_DB, f[1]);
                s.addIn(Metric.POPULATION_USED, f[0]);
              }),
          Map.entry(
              Indicator.SATISFACTION,
              (s, f) -> {
                s.addIn(Metric.ENDED, f[1]);
                s.addIn(Metric.ENDED_LATE, f[1] - f[0]);
              }));

  static Report766.Value value(Indicator i, long numerator, long denominator) {
    Sums s = new Sums();
    FEED.get(i).accept(s, new long[] {numerator, denominator});
    return IndicatorService.row("T", "T", s).indicators().stream()
        .filter(v -> v.id().equals(i.id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyScoringIndicatorIsFullAtItsThresholdAndHalfAtHalfOfIt() {
    for (Indicator i : Indicator.values()) {
      if (i.maxPoints.signum() == 0) {
        assertThat(FEED).doesNotContainKey(i);
        continue;
      }
      assertThat(FEED).as(i.id).containsKey(i);
      long denominator = 1000;
      long atThreshold = i.fullAt.multiply(BigDecimal.valueOf(denominator)).longValueExact();
      Report766.Value full = value(i, atThreshold, denominator);
      assertThat(full.numerator()).as(i.id).isEqualTo(atThreshold);
      assertThat(full.denominator()).as(i.id).isEqualTo(denominator);
      assertThat(full.points()).as(i.id + " at the threshold").isEqualByComparingTo(i.maxPoints);
      Report766.Value half = value(i, atThreshold / 2, denominator);
      assertThat(half.points())
          .as(i.id + " at half of it")
          .isEqualByComparingTo(i.maxPoints.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP));
    }
  }
}
