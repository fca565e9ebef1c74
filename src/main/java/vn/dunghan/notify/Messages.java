package vn.dunghan.notify;

import java.time.format.DateTimeFormatter;

/** The Vietnamese texts of notifications. They name the dossier, never the applicant. */
final class Messages {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Messages() {}

  static String subject(Notice n) {
    switch (n.stage()) {
      case DUE_SOON:
        return "[Đúng Hạn] Hồ sơ "
            + n.dossierCode()
            + " sắp đến hạn ("
            + DAY.format(n.dueDate())
            + ")";
      case OVERDUE:
        return "[Đúng Hạn] Hồ sơ " + n.dossierCode() + " đã quá hạn giải quyết";
      default:
        return "[Đúng Hạn] Báo cáo vượt cấp: hồ sơ "
            + n.dossierCode()
            + " quá hạn "
            + n.overdueWorkingDays()
            + " ngày làm việc";
    }
  }

  static String body(Notice n, String linkBase) {
    String head = n.unit().headName() == null ? "Thủ trưởng đơn vị" : n.unit().headName();
    StringBuilder text = new StringBuilder();
    text.append("Kính gửi ").append(head).append(" (").append(n.unit().name()).append("),\n\n");
    switch (n.stage()) {
      case DUE_SOON:
        text.append("Hồ sơ ").append(n.dossierCode()).append(" sắp đến hạn giải quyết.\n");
        break;
      case OVERDUE:
        text.append("Hồ sơ ")
            .append(n.dossierCode())
            .append(" đơn vị đang xử lý đã quá hạn giải quyết.\n");
        break;
      default:
        text.append("Hồ sơ ")
            .append(n.dossierCode())
            .append(" do đơn vị cấp dưới xử lý đã quá hạn quá thời gian cho phép.\n");
        break;
    }
    text.append("Thủ tục: ").append(n.procedureCode()).append('\n');
    if (n.holder() != null) {
      // Rõ người, rõ việc: the unit holding the dossier, its head and the officer on the step.
      text.append("Đơn vị đang giải quyết: ").append(n.holder().name()).append('\n');
      text.append("Thủ trưởng đơn vị: ")
          .append(n.holder().headName() == null ? "(chưa khai báo)" : n.holder().headName())
          .append('\n');
    }
    text.append("Cán bộ được phân công xử lý: ")
        .append(n.handlerName() == null ? "chưa phân công" : n.handlerName())
        .append('\n');
    text.append("Hạn giải quyết: ").append(DAY.format(n.dueDate())).append('\n');
    if (n.overdueWorkingDays() > 0) {
      text.append("Số ngày làm việc quá hạn: ").append(n.overdueWorkingDays()).append('\n');
    }
    text.append("Xem hồ sơ: ").append(linkBase).append(n.dossierCode()).append("\n\n");
    text.append("Thư này được gửi tự động bởi hệ thống Đúng Hạn.\n");
    return text.toString();
  }
}
