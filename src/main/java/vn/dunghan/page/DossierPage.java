package vn.dunghan.page;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.dunghan.dossier.DossierDeadline;
import vn.dunghan.dossier.DossierView;
import vn.dunghan.dossier.EventType;

/**
 * What the staff's dossier page shows, in Vietnamese words, built from the API's own reads (the
 * dossier and its deadline explained): nothing here is computed a second time.
 */
public record DossierPage(
    String code,
    String procedureCode,
    String status,
    String holdingUnit,
    String handler,
    String receivedAt,
    String dueDate,
    String appointmentDate,
    String legalVerdict,
    String indexVerdict,
    String applicant,
    String rule,
    List<Day> days,
    List<Step> steps,
    List<Event> events) {

  public record Day(String date, String role, String name, String counted, String total) {}

  public record Step(
      int ordinal,
      String unit,
      String allotment,
      String startedOn,
      String dueDate,
      String completedOn,
      String overrun,
      String handler) {}

  public record Event(String at, String type, String by, String detail) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  static DossierPage of(DossierView d, DossierDeadline.Explanation deadline) {
    List<Day> days = new ArrayList<>();
    for (DossierDeadline.Day day : deadline.days()) {
      days.add(
          new Day(
              date(day.date()),
              dayRole(day.role()),
              day.name() == null ? "" : day.name(),
              day.counted() == null ? "" : day.counted().toPlainString().replace('.', ','),
              day.runningTotal() == null
                  ? ""
                  : day.runningTotal().toPlainString().replace('.', ',')));
    }
    List<Step> steps = new ArrayList<>();
    for (DossierView.StepView s : d.steps()) {
      steps.add(
          new Step(
              s.ordinal(),
              s.unitCode(),
              s.allotment().toPlainString().replace('.', ','),
              date(s.startedOn()),
              date(s.dueDate()),
              s.completedOn() == null ? "đang xử lý" : date(s.completedOn()),
              s.overrunWorkingDays() == null || s.overrunWorkingDays() == 0
                  ? ""
                  : s.overrunWorkingDays() + " ngày làm việc",
              s.handler() == null ? "chưa phân công" : s.handler().name()));
    }
    List<Event> events = new ArrayList<>();
    for (DossierView.EventView e : d.events()) {
      String by = e.actorName() != null ? e.actorName() : e.actor();
      if (e.reportedBy() != null) {
        by = e.reportedBy() + (e.reportedByTitle() == null ? "" : " (" + e.reportedByTitle() + ")");
      }
      events.add(new Event(moment(e.at()), eventName(e.type()), by == null ? "" : by, detail(e)));
    }
    return new DossierPage(
        d.code(),
        d.procedureCode(),
        status(d.status()),
        d.holdingUnitCode(),
        d.handler() == null ? "chưa phân công" : d.handler().name(),
        moment(d.receivedAt()),
        date(d.dueDate()),
        date(d.appointmentDate()),
        d.verdicts().legal().reason(),
        d.verdicts().index() == null ? "" : d.verdicts().index().reason(),
        d.applicant() == null ? "" : d.applicant().name(),
        deadline.rule(),
        days,
        steps,
        events);
  }

  private static String detail(DossierView.EventView e) {
    List<String> parts = new ArrayList<>();
    if (e.toUnitCode() != null) {
      parts.add("đơn vị " + e.toUnitCode());
    }
    if (e.officerName() != null) {
      parts.add("cán bộ " + e.officerName());
    }
    if (e.allotment() != null) {
      parts.add(e.allotment().toPlainString().replace('.', ',') + " ngày làm việc");
    }
    if (e.newAppointmentDate() != null) {
      parts.add("hẹn lại ngày " + date(e.newAppointmentDate()));
    }
    if (e.outcome() != null) {
      parts.add(e.outcome().name().equals("APPROVED") ? "giải quyết" : "từ chối giải quyết");
    }
    if (e.oldDueDate() != null && e.newDueDate() != null) {
      parts.add("hạn từ " + date(e.oldDueDate()) + " thành " + date(e.newDueDate()));
    }
    if (e.reason() != null) {
      parts.add(e.reason());
    }
    return String.join("; ", parts);
  }

  static String status(vn.dunghan.dossier.DossierStatus status) {
    return switch (status) {
      case IN_PROGRESS -> "Đang giải quyết";
      case AWAITING_SUPPLEMENT -> "Chờ bổ sung";
      case SUSPENDED -> "Tạm dừng";
      case RESOLVED -> "Đã giải quyết";
      case RETURNED -> "Đã trả kết quả";
      case WITHDRAWN -> "Công dân rút hồ sơ";
      case REJECTED -> "Từ chối, trả lại";
    };
  }

  static String eventName(EventType type) {
    return switch (type) {
      case TRANSFERRED -> "Chuyển xử lý (liên thông)";
      case SUPPLEMENT_REQUESTED -> "Yêu cầu bổ sung";
      case SUPPLEMENT_RECEIVED -> "Nhận hồ sơ bổ sung";
      case SUSPENDED -> "Tạm dừng";
      case RESUMED -> "Tiếp tục xử lý";
      case REAPPOINTED -> "Xin lỗi, hẹn lại ngày trả";
      case RESOLVED -> "Có kết quả giải quyết";
      case RETURNED -> "Trả kết quả";
      case WITHDRAWN -> "Rút hồ sơ";
      case REJECTED -> "Từ chối, trả lại";
      case ASSIGNED -> "Phân công cán bộ xử lý";
      case HANDED_OVER -> "Bàn giao cho đơn vị kế thừa";
      case DEADLINE_RECOMPUTED -> "Tính lại hạn (lịch thay đổi)";
    };
  }

  private static String dayRole(DossierDeadline.DayRole role) {
    return switch (role) {
      case COUNTED -> "tính";
      case MAKE_UP_WORKING_DAY -> "làm bù, tính";
      case WEEKEND -> "cuối tuần";
      case DAY_OFF -> "nghỉ";
      case PAUSED -> "tạm dừng";
      case AWAITING_SUPPLEMENT -> "chờ bổ sung";
      case BEFORE_RESTART -> "trước khi tính lại";
    };
  }

  private static String date(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  private static String moment(OffsetDateTime at) {
    return at == null ? "" : MOMENT.format(at);
  }
}
