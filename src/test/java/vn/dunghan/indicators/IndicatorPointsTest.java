package vn.dunghan.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Points at the threshold and below it, and N/A for a zero denominator, for each indicator with a
 * threshold (Decision 766: points = ratio × maximum ÷ the ratio of full points, capped).
 */
class IndicatorPointsTest {

  static Report766.Value value(Sums s, String id) {
    return IndicatorService.row("T", "T", s).indicators().stream()
        .filter(v -> v.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static Sums received(long n) {
    Sums s = new Sums();
    s.addIn(Metric.RECEIVED, n);
    return s;
  }

  @Test
  void digitisedIsFullAtEightyPercent() {
    Sums at = new Sums();
    at.addIn(Metric.RESOLVED, 10);
    at.addIn(Metric.DIGITISED, 8);
    assertThat(value(at, "4.2").points()).isEqualByComparingTo("4.00");
    Sums below = new Sums();
    below.addIn(Metric.RESOLVED, 10);
    below.addIn(Metric.DIGITISED, 6);
    Report766.Value v = value(below, "4.2");
    assertThat(v.numerator()).isEqualTo(6);
    assertThat(v.denominator()).isEqualTo(10);
    assertThat(v.ratio()).isEqualByComparingTo("0.6");
    assertThat(v.points()).isEqualByComparingTo("3.00");
    Sums above = new Sums();
    above.addIn(Metric.RESOLVED, 10);
    above.addIn(Metric.DIGITISED, 10);
    assertThat(value(above, "4.2").points()).isEqualByComparingTo("4.00"); // capped
  }

  @Test
  void reuseIsFullAtEightyPercent() {
    Sums at = received(5);
    at.addIn(Metric.REUSED, 4);
    assertThat(value(at, "4.3").points()).isEqualByComparingTo("2.00");
    Sums below = received(5);
    below.addIn(Metric.REUSED, 2);
    assertThat(value(below, "4.3").points()).isEqualByComparingTo("1.00");
  }

  @Test
  void satisfactionIsFullAtNinetyPercentAndLateOrBadCountsAgainstIt() {
    Sums at = new Sums();
    at.addIn(Metric.ENDED, 10);
    at.addIn(Metric.ENDED_LATE, 1);
    Report766.Value full = value(at, "5.4");
    assertThat(full.numerator()).isEqualTo(9);
    assertThat(full.points()).isEqualByComparingTo("6.00");
    Sums below = new Sums();
    below.addIn(Metric.ENDED, 10);
    below.addIn(Metric.ENDED_LATE, 1);
    below.addIn(Metric.UNFAVOURABLE, 1);
    Report766.Value v = value(below, "5.4");
    assertThat(v.numerator()).isEqualTo(8);
    assertThat(v.points()).isEqualByComparingTo("5.33");
  }

  @Test
  void onTimeCountsOpenDossiersWithinTheirAppointment() {
    Sums s = new Sums();
    s.addIn(Metric.ENDED, 8);
    s.addIn(Metric.ENDED_ON_TIME, 6);
    s.addAsOf(Metric.OPEN_IN_TIME, 1);
    s.addAsOf(Metric.OPEN_OVERDUE, 1);
    Report766.Value v = value(s, "2.1");
    assertThat(v.numerator()).isEqualTo(7);
    assertThat(v.denominator()).isEqualTo(10);
    assertThat(v.points()).isEqualByComparingTo("14.00");
    Sums all = new Sums();
    all.addIn(Metric.ENDED, 4);
    all.addIn(Metric.ENDED_ON_TIME, 4);
    assertThat(value(all, "2.1").points()).isEqualByComparingTo("20.00");
  }

  @Test
  void aZeroDenominatorIsNotApplicableNotZero() {
    Report766.Row row = IndicatorService.row("T", "T", new Sums());
    for (Report766.Value v : row.indicators()) {
      assertThat(v.ratio()).as(v.id()).isNull();
      assertThat(v.points()).as(v.id()).isNull();
    }
    assertThat(row.points()).isEqualByComparingTo("0");
    assertThat(row.maxPoints()).isEqualByComparingTo("0");
  }

  @Test
  void shownIndicatorsCarryNoPointsAndTheMaximumAddsUpTheComputableOnes() {
    Sums s = received(4);
    s.addIn(Metric.ONLINE, 2);
    s.addIn(Metric.STARTED_RESOLVED, 2);
    s.addIn(Metric.PROCESSING_DAYS, 7);
    assertThat(value(s, "3.3").ratio()).isEqualByComparingTo("0.5");
    assertThat(value(s, "3.3").points()).isNull();
    assertThat(value(s, "2.2").ratio()).isEqualByComparingTo("3.50");
    assertThat(value(s, "2.2").points()).isNull();
    // Only 1.4, 4.3 and 4.4 score with a denominator of received dossiers here: 6 + 2 + 4.
    Report766.Row row = IndicatorService.row("T", "T", s);
    assertThat(row.maxPoints()).isEqualByComparingTo(BigDecimal.valueOf(12));
    assertThat(row.points()).isEqualByComparingTo("0");
  }
}
