package vn.dunghan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dunghan.report.ReportPeriod;

class DashboardWindowTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

  @Test
  void withoutParametersTheRegulatoryMonthHoldingTodayIsShown() throws Exception {
    DashboardWindow w = DashboardWindow.of(null, null, null, null, TODAY);
    assertThat(w.period().name()).isEqualTo("2026-06");
    assertThat(w.from()).isEqualTo(LocalDate.of(2026, 5, 15));
    assertThat(w.to()).isEqualTo(LocalDate.of(2026, 6, 14));
    assertThat(w.label()).isEqualTo("Tháng 06/2026 (kỳ báo cáo 15/05/2026 – 14/06/2026)");
    assertThat(w.lastDay(TODAY)).isEqualTo(TODAY);
  }

  @Test
  void fromTheFifteenthTheNextMonthIsBeingReported() throws Exception {
    DashboardWindow w = DashboardWindow.of("", "", "", "", LocalDate.of(2026, 6, 15));
    assertThat(w.period().name()).isEqualTo("2026-07");
  }

  @Test
  void periodsOfEveryKindAndTheCalendarWindow() throws Exception {
    assertThat(DashboardWindow.of("2026-q1", "calendar", null, null, TODAY).label())
        .isEqualTo("Quý 1/2026 (01/01/2026 – 31/03/2026)");
    assertThat(DashboardWindow.of("2025-H2", null, null, null, TODAY).label())
        .isEqualTo("6 tháng cuối năm 2025 (kỳ báo cáo 15/06/2025 – 14/12/2025)");
    DashboardWindow year = DashboardWindow.of("2026", "REGULATORY", null, null, TODAY);
    assertThat(year.kind()).isEqualTo(ReportPeriod.Window.REGULATORY);
    assertThat(year.label()).startsWith("Năm 2026");
    assertThat(year.lastDay(TODAY)).isEqualTo(TODAY);
  }

  @Test
  void chosenDaysAreNoPeriod() throws Exception {
    DashboardWindow w = DashboardWindow.of(null, null, "2026-01-01", "2026-03-31", TODAY);
    assertThat(w.isPeriod()).isFalse();
    assertThat(w.label()).isEqualTo("Từ 01/01/2026 đến 31/03/2026");
  }

  @Test
  void mistakesAreNamedInVietnamese() {
    assertThatThrownBy(() -> DashboardWindow.of("2026-13", null, null, null, TODAY))
        .hasMessageContaining("Kỳ báo cáo “2026-13” không hợp lệ");
    assertThatThrownBy(() -> DashboardWindow.of("2026-07", null, null, null, TODAY))
        .hasMessageContaining("sau hôm nay");
    assertThatThrownBy(() -> DashboardWindow.of(null, "weekly", null, null, TODAY))
        .hasMessageContaining("Cách tính kỳ");
    assertThatThrownBy(() -> DashboardWindow.of("2026-06", null, "2026-01-01", null, TODAY))
        .hasMessageContaining("không chọn cả hai");
    assertThatThrownBy(() -> DashboardWindow.of(null, null, "2026-03-31", "2026-01-01", TODAY))
        .hasMessageContaining("“Đến ngày” phải từ “Từ ngày” trở đi");
    assertThatThrownBy(() -> DashboardWindow.of(null, null, "1/1/2026", null, TODAY))
        .isInstanceOfSatisfying(
            DashboardWindow.Invalid.class,
            e ->
                assertThat(e.messages())
                    .containsExactly(
                        "“Từ ngày” không phải ngày dạng YYYY-MM-DD: 1/1/2026",
                        "Thiếu “Đến ngày” (dạng YYYY-MM-DD)."));
  }
}
