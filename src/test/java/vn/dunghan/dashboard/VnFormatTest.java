package vn.dunghan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class VnFormatTest {

  @Test
  void thousandsAreGroupedWithDots() {
    assertThat(VnFormat.count(0)).isEqualTo("0");
    assertThat(VnFormat.count(999)).isEqualTo("999");
    assertThat(VnFormat.count(1000)).isEqualTo("1.000");
    assertThat(VnFormat.count(1234567)).isEqualTo("1.234.567");
    assertThat(VnFormat.count(-4200)).isEqualTo("-4.200");
  }

  @Test
  void ratesArePercentagesWithADecimalComma() {
    assertThat(VnFormat.percent(new BigDecimal("0.997"))).isEqualTo("99,7 %");
    assertThat(VnFormat.percent(new BigDecimal("0.9785"))).isEqualTo("97,9 %");
    assertThat(VnFormat.percent(BigDecimal.ONE)).isEqualTo("100,0 %");
    assertThat(VnFormat.percent(BigDecimal.ZERO)).isEqualTo("0,0 %");
    assertThat(VnFormat.percent(null)).isEqualTo("—");
  }

  @Test
  void datesAndTimesAreVietnameseWhateverTheOffset() {
    assertThat(VnFormat.date(LocalDate.of(2026, 6, 4))).isEqualTo("04/06/2026");
    assertThat(VnFormat.moment(OffsetDateTime.parse("2026-06-09T18:30:00Z")))
        .isEqualTo("01:30 ngày 10/06/2026");
  }

  @Test
  void levelsHaveTheirVietnameseNames() {
    assertThat(VnFormat.level("PROVINCE")).isEqualTo("Cấp tỉnh");
    assertThat(VnFormat.level("DISTRICT")).isEqualTo("Cấp huyện");
    assertThat(VnFormat.level("COMMUNE")).isEqualTo("Cấp xã");
  }
}
