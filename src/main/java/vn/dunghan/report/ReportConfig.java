package vn.dunghan.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;

/** Settings of the periodic report and its snapshots ({@code report.*}). */
@ConfigMapping(prefix = "report")
public interface ReportConfig {

  /** Which windows the snapshot job freezes when a period closes. */
  @WithDefault("REGULATORY")
  List<ReportPeriod.Window> snapshotWindows();

  /** Which kinds of period the snapshot job freezes. */
  @WithDefault("MONTH,QUARTER,HALF_YEAR,YEAR")
  List<ReportPeriod.Kind> snapshotKinds();

  /**
   * How far back the snapshot job looks for closed periods still without a snapshot, in months (a
   * service that was down on the day after a close catches up).
   */
  @WithDefault("3")
  int snapshotLookbackMonths();

  Progress progress();

  /**
   * Points of the Decision 766/QĐ-TTg index shown beside the raw shares. Only the on-time weight is
   * documented (up to 20 of 100 points, docs/report.md "Decision 766"); the online weight is not,
   * so it is a setting each province fills in. Points = share x weight.
   */
  interface Progress {
    @WithDefault("20")
    BigDecimal onTimePoints();

    @WithDefault("12")
    BigDecimal onlinePoints();
  }
}
