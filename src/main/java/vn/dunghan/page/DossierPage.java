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
        legalVerdict(d),
        indexVerdict(d.verdicts().index()),
        d.applicant() == null ? "" : d.applicant().name(),
        rule(deadline, d),
        days,
        steps,
        events);
  }

  /**
   * How the deadline is counted, in words, from the facts of this dossier's count (the API's
   * explanation has them as fields): the prescribed time, the start the day after receipt (Civil
   * Code 2015 art. 147), working days only (Labour Code 2019 arts. 111-112 for days off), the
   * same-day cut-off, a restart after a supplement request (Decree 61/2018 art. 19(4)), pauses.
   */
  static String rule(DossierDeadline.Explanation x, DossierView d) {
    List<String> parts = new ArrayList<>();
    DossierView.Prescribed time = x.processingTime();
    if (time != null && time.amount() != null) {
      String amount = time.amount().stripTrailingZeros().toPlainString().replace('.', ',');
      parts.add(
          time.amount().signum() == 0
              ? "Thời hạn giải quyết theo quy định: trong ngày tiếp nhận."
              : "Thời hạn giải quyết theo quy định: "
                  + amount
                  + (time.unit() == vn.dunghan.procedure.ProcessingUnit.WORKING_HOURS
                      ? " giờ làm việc."
                      : " ngày làm việc."));
    }
    parts.add(
        "Thời hạn tính từ ngày tiếp theo ngày tiếp nhận (Điều 147 Bộ luật Dân sự), chỉ đếm ngày"
            + " làm việc: không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, Tết và ngày nghỉ bù; ngày"
            + " làm bù được tính.");
    if (x.sameDayCutoff() != null) {
      parts.add(
          "Hồ sơ nhận sau "
              + x.sameDayCutoff().toString().replace(':', 'h')
              + " được tính như nhận vào ngày làm việc tiếp theo.");
    }
    if (d.clock() != null && d.clock().restarts() > 0) {
      parts.add(
          "Do yêu cầu bổ sung hồ sơ, thời hạn được tính lại từ đầu kể từ ngày "
              + date(d.clock().startedOn())
              + " (khoản 4 Điều 19 Nghị định 61/2018/NĐ-CP).");
    }
    if (!x.suspensions().isEmpty() || (d.clock() != null && d.clock().pausedWorkingDays() > 0)) {
      parts.add("Những ngày tạm dừng giải quyết được cộng thêm vào thời hạn.");
    }
    return String.join(" ", parts);
  }

  /** The legal verdict (Decree 61/2018 art. 19(4)): against the due date, once resolved. */
  static String legalVerdict(DossierView d) {
    DossierView.LegalVerdict legal = d.verdicts().legal();
    String due = date(legal.dueDate());
    if (legal.verdict() == null) {
      return "Chưa có kết quả; hạn giải quyết " + due;
    }
    String resolved =
        d.resolvedAt() == null
            ? ""
            : "có kết quả ngày "
                + date(
                    d.resolvedAt()
                        .atZoneSameInstant(vn.dunghan.shared.TimeSource.ZONE)
                        .toLocalDate())
                + ", ";
    return switch (legal.verdict()) {
          case EARLY -> "Trước hạn";
          case ON_TIME -> "Đúng hạn";
          case LATE -> "Quá hạn";
        }
        + " ("
        + resolved
        + "hạn "
        + due
        + ")";
  }

  /** Decision 766 indicator 2.1's verdict: against the appointment date, as of a day. */
  static String indexVerdict(DossierView.IndexVerdict index) {
    if (index == null) {
      return "";
    }
    String words =
        switch (index.verdict()) {
          case EARLY -> "Trước hạn";
          case ON_TIME -> "Đúng hạn";
          case LATE -> "Trễ hạn";
          case IN_TIME -> "Đang trong hạn";
          case OVERDUE -> "Đang quá hạn";
        };
    List<String> facts = new ArrayList<>();
    if (index.appointment() != null) {
      facts.add("ngày hẹn trả " + date(index.appointment()));
    }
    if (index.effectiveEnd() != null) {
      facts.add("kết thúc xử lý ngày " + date(index.effectiveEnd()));
    } else if (index.asOf() != null) {
      facts.add("tính đến ngày " + date(index.asOf()));
    }
    if (index.supplementRequests() > 0) {
      facts.add(index.supplementRequests() + " lần yêu cầu bổ sung");
    }
    return facts.isEmpty() ? words : words + " (" + String.join(", ", facts) + ")";
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
    return status.inWords();
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
