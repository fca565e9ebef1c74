package vn.dunghan.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dunghan.dossier.ApplicantNews;
import vn.dunghan.dossier.DossiersSettled;
import vn.dunghan.notify.Message;
import vn.dunghan.notify.Outbox;
import vn.dunghan.notify.Stage;
import vn.dunghan.procedure.Procedure;
import vn.dunghan.procedure.ProcedureService;
import vn.dunghan.unit.UnitDirectory;
import vn.dunghan.unit.UnitFacts;

/**
 * Tells applicants, by e-mail and SMS, what Decree 61/2018 says they must be told: the receipt with
 * its appointment (art. 17), a supplement request (art. 19(4)), an apology with a new appointment
 * (art. 19(9)), the result. Written into the notification outbox in the transaction that changed
 * the dossier (it observes {@link DossiersSettled}), so a notice exists exactly when the change
 * does; the outbox sends it during working hours, retries, and never twice (one per dossier, stage,
 * recipient and event). Facts older than {@code dunghan.citizen.notice-window} are not told: a sync
 * of history stays silent. An applicant who opted out hears nothing more.
 */
@ApplicationScoped
public class CitizenNotices {

  static final List<Stage> STAGES =
      List.of(
          Stage.CITIZEN_RECEIPT,
          Stage.CITIZEN_SUPPLEMENT,
          Stage.CITIZEN_APOLOGY,
          Stage.CITIZEN_RESULT,
          Stage.CITIZEN_LATE);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private final ApplicantNews news;
  private final Outbox outbox;
  private final UnitDirectory units;
  private final ProcedureService procedures;
  private final Clock clock;
  private final Duration window;
  private final String lookupUrl;

  CitizenNotices(
      ApplicantNews news,
      Outbox outbox,
      UnitDirectory units,
      ProcedureService procedures,
      Clock clock,
      @ConfigProperty(name = "dunghan.citizen.notice-window", defaultValue = "PT48H")
          Duration window,
      @ConfigProperty(
              name = "dunghan.citizen.lookup-url",
              defaultValue = "http://localhost:8080/tra-cuu")
          String lookupUrl) {
    this.news = news;
    this.outbox = outbox;
    this.units = units;
    this.procedures = procedures;
    this.clock = clock;
    this.window = window;
    this.lookupUrl = lookupUrl;
  }

  void onSettled(@Observes DossiersSettled settled) {
    if (settled.changedDossiers().isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    List<Message> messages = messages(news.since(settled.changedDossiers(), now.minus(window)));
    outbox.enqueueMessages(messages, now);
  }

  /**
   * The appointment passed without a result: told once, unless an apology already gave a new day
   * (Decree 61/2018 art. 19(9) wants the apology before the due date; this is for when none came).
   */
  void onOverdue(@Observes vn.dunghan.sla.DossiersBecameOverdue overdue) {
    Instant now = clock.instant();
    java.time.LocalDate since =
        now.minus(window).atZone(vn.dunghan.shared.TimeSource.ZONE).toLocalDate();
    List<Message> messages = messages(news.late(overdue.dossierIds(), since));
    outbox.enqueueMessages(messages, now);
  }

  /** Each piece of news by e-mail and by SMS, as far as the applicant gave an address. */
  private List<Message> messages(List<ApplicantNews.News> all) {
    List<Message> messages = new ArrayList<>();
    for (ApplicantNews.News n : all) {
      Text text = text(n);
      Stage stage = stage(n.kind());
      if (n.email() != null) {
        messages.add(message(n, stage, "EMAIL", n.email(), text.subject(), text.email()));
      }
      if (n.phone() != null) {
        messages.add(message(n, stage, "SMS", n.phone(), text.subject(), text.sms()));
      }
    }
    return messages;
  }

  private static Message message(
      ApplicantNews.News n,
      Stage stage,
      String channel,
      String recipient,
      String subject,
      String body) {
    return new Message(
        n.dossierId(),
        n.code(),
        stage,
        n.eventId(),
        n.holdingUnitCode(),
        channel,
        recipient,
        subject,
        body);
  }

  /** A notice's subject, e-mail body and SMS text. */
  record Text(String subject, String email, String sms) {}

  Text text(ApplicantNews.News n) {
    String unit = unitName(n.holdingUnitCode());
    String lookup = lookupUrl + "?ma=" + n.code();
    String footer =
        "\n\nTra cứu tình trạng hồ sơ: "
            + lookup
            + " (nhập 4 số cuối số điện thoại hoặc số định danh đã khai khi nộp hồ sơ; tại đó"
            + " cũng có thể ngừng nhận thông báo).\nThư này được gửi tự động bởi hệ thống Đúng"
            + " Hạn, xin đừng trả lời.\n";
    return switch (n.kind()) {
      case RECEIPT -> {
        String receiving = unitName(n.receivingUnitCode());
        yield new Text(
            "Đã tiếp nhận hồ sơ " + n.code(),
            "Kính gửi ông/bà,\n\n"
                + receiving
                + " đã tiếp nhận hồ sơ "
                + n.code()
                + " ("
                + procedure(n.procedureCode())
                + ") lúc "
                + n.at().atZoneSameInstant(vn.dunghan.shared.TimeSource.ZONE).format(MOMENT)
                + ".\nNgày hẹn trả kết quả: "
                + day(n.appointmentDate())
                + "."
                + footer,
            receiving
                + ": đã tiếp nhận hồ sơ "
                + n.code()
                + ", hẹn trả kết quả ngày "
                + day(n.appointmentDate())
                + ". Tra cứu: "
                + lookup);
      }
      case SUPPLEMENT ->
          new Text(
              "Hồ sơ " + n.code() + " cần bổ sung, hoàn thiện",
              "Kính gửi ông/bà,\n\n"
                  + unit
                  + " đề nghị ông/bà bổ sung, hoàn thiện hồ sơ "
                  + n.code()
                  + ": "
                  + n.reason()
                  + ".\nThời hạn giải quyết được tính lại từ đầu kể từ ngày nhận đủ hồ sơ."
                  + footer,
              unit
                  + ": hồ sơ "
                  + n.code()
                  + " cần bổ sung: "
                  + n.reason()
                  + ". Tra cứu: "
                  + lookup);
      case APOLOGY ->
          new Text(
              "Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + n.code(),
              "Kính gửi ông/bà,\n\n"
                  + unit
                  + " xin lỗi ông/bà vì hồ sơ "
                  + n.code()
                  + " chưa được giải quyết kịp ngày hẹn "
                  + day(n.dueDate())
                  + ".\nLý do: "
                  + n.reason()
                  + ".\nNgày hẹn trả kết quả mới: "
                  + day(n.newAppointmentDate())
                  + ". Mong ông/bà thông cảm."
                  + footer,
              unit
                  + " xin lỗi ông/bà: hồ sơ "
                  + n.code()
                  + " hẹn trả lại ngày "
                  + day(n.newAppointmentDate())
                  + ". Lý do: "
                  + n.reason());
      case RESULT ->
          new Text(
              "Hồ sơ " + n.code() + " đã có kết quả",
              "Kính gửi ông/bà,\n\nHồ sơ "
                  + n.code()
                  + " ("
                  + procedure(n.procedureCode())
                  + ") đã có kết quả giải quyết. Mời ông/bà nhận kết quả tại "
                  + unitName(n.receivingUnitCode())
                  + " hoặc theo hình thức đã đăng ký khi nộp hồ sơ."
                  + footer,
              "Hồ sơ " + n.code() + " đã có kết quả, mời ông/bà nhận kết quả. Tra cứu: " + lookup);
      case LATE ->
          new Text(
              "Hồ sơ " + n.code() + " đã quá ngày hẹn trả kết quả",
              "Kính gửi ông/bà,\n\n"
                  + unit
                  + " chưa trả được kết quả hồ sơ "
                  + n.code()
                  + " đúng ngày hẹn "
                  + day(n.appointmentDate())
                  + ". Đơn vị đang tiếp tục giải quyết; ông/bà sẽ được báo khi có kết quả."
                  + footer,
              unit
                  + ": hồ sơ "
                  + n.code()
                  + " chưa có kết quả đúng ngày hẹn "
                  + day(n.appointmentDate())
                  + ", đơn vị đang tiếp tục giải quyết. Tra cứu: "
                  + lookup);
    };
  }

  private static Stage stage(ApplicantNews.Kind kind) {
    return switch (kind) {
      case RECEIPT -> Stage.CITIZEN_RECEIPT;
      case SUPPLEMENT -> Stage.CITIZEN_SUPPLEMENT;
      case APOLOGY -> Stage.CITIZEN_APOLOGY;
      case RESULT -> Stage.CITIZEN_RESULT;
      case LATE -> Stage.CITIZEN_LATE;
    };
  }

  private String unitName(String code) {
    return units.find(code).map(UnitFacts::name).orElse(code);
  }

  private String procedure(String code) {
    return procedures.find(code).map(Procedure::name).orElse(code);
  }

  private static String day(java.time.LocalDate date) {
    return date == null ? "" : date.format(DAY);
  }
}
