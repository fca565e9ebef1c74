package vn.dunghan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An escalation names the unit holding the dossier, its head and the officer on the step. */
class MessagesTest {

  private static final UnitContact COMMUNE =
      new UnitContact("22.C13", "Xã Quảng Hà", "Trần Văn Trưởng", "truong@test.vn", null);
  private static final UnitContact PROVINCE =
      new UnitContact("22", "UBND tỉnh Quảng Ninh", "Chủ tịch", "ct@test.vn", null);

  private static Notice escalation(String handler) {
    return new Notice(
        7L,
        "H22.99-250903-0001",
        "1.001806",
        Stage.ESCALATED,
        PROVINCE,
        LocalDate.of(2025, 9, 8),
        6,
        COMMUNE,
        handler);
  }

  @Test
  void theEscalationNamesTheHolderItsHeadAndTheOfficer() {
    String body = Messages.body(escalation("Phạm Văn Bình"), "https://dunghan.example/ho-so/");
    assertThat(body)
        .startsWith("Kính gửi Chủ tịch (UBND tỉnh Quảng Ninh)")
        .contains("Đơn vị đang giải quyết: Xã Quảng Hà\n")
        .contains("Thủ trưởng đơn vị: Trần Văn Trưởng\n")
        .contains("Cán bộ được phân công xử lý: Phạm Văn Bình\n")
        .contains("Số ngày làm việc quá hạn: 6\n");
  }

  @Test
  void aStepNobodyWasAssignedToSaysSo() {
    String body = Messages.body(escalation(null), "https://dunghan.example/ho-so/");
    assertThat(body).contains("Cán bộ được phân công xử lý: chưa phân công\n");
  }
}
