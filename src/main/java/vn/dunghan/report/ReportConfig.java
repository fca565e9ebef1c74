package vn.dunghan.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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
}
