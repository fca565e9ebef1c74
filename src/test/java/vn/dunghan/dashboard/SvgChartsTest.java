package vn.dunghan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

  @Test
  void namesTypedByUsersCannotBreakOutOfTheSvg() {
    String svg =
        SvgCharts.rateBars(
            "by-field",
            "Theo lĩnh vực",
            List.of(
                new SvgCharts.RateBar(
                    "x\"><script>", "<b>Đất đai</b> & \"nhà\"", new BigDecimal("0.5"), "1/2")));
    assertThat(svg).doesNotContain("<script>").doesNotContain("<b>");
    assertThat(svg).contains("&lt;b&gt;Đất đai&lt;/b&gt; &amp; &quot;nhà&quot;");
    assertThat(svg).contains("data-key=\"x&quot;&gt;&lt;script&gt;\"");
  }

  @Test
  void aBarIsAsLongAsItsRateAndColouredByIt() {
    String svg =
        SvgCharts.rateBars(
            "by-level",
            "Theo cấp",
            List.of(
                new SvgCharts.RateBar("PROVINCE", "Cấp tỉnh", new BigDecimal("0.97"), ""),
                new SvgCharts.RateBar("COMMUNE", "Cấp xã", null, "")));
    assertThat(svg).contains("width=\"291\"").contains("fill=\"#2e7d32\"");
    assertThat(svg).contains(">97,0 %</text>").contains(">—</text>");
    assertThat(SvgCharts.colour(new BigDecimal("0.9"))).isEqualTo(SvgCharts.AMBER);
    assertThat(SvgCharts.colour(new BigDecimal("0.5"))).isEqualTo(SvgCharts.RED);
  }

  @Test
  void theTrendBreaksItsLineAtAMonthWithoutResolutions() {
    String svg =
        SvgCharts.trend(
            "trend",
            "Xu hướng",
            List.of(
                new SvgCharts.Point("2026-04", "T4", "2026", new BigDecimal("0.95"), ""),
                new SvgCharts.Point("2026-05", "T5", "2026", null, ""),
                new SvgCharts.Point("2026-06", "T6", "2026", new BigDecimal("0.99"), ""),
                new SvgCharts.Point("2026-07", "T7", "2026", new BigDecimal("0.98"), "")));
    assertThat(svg.split("<polyline", -1)).hasSize(3);
    assertThat(svg).contains(">95,0 %</text>").contains(">—</text>").contains(">90 %</text>");
  }

  @Test
  void anEmptyChartSaysSo() {
    assertThat(SvgCharts.countBars("top-units", "Đơn vị", "hồ sơ", SvgCharts.RED, List.of()))
        .contains("Chưa có số liệu");
  }
}
