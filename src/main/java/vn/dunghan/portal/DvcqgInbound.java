package vn.dunghan.portal;

import static vn.dunghan.portal.DvcqgFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.DossierStates;
import vn.dunghan.dossier.EventRequest;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.Outcome;
import vn.dunghan.dossier.ReceiveDossierRequest;
import vn.dunghan.dossier.SyncItem;
import vn.dunghan.dossier.SyncService;
import vn.dunghan.procedure.ProcedureCatalog;
import vn.dunghan.procedure.ProcedureFacts;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.shared.problem.Violations;
import vn.dunghan.unit.UnitDirectory;
import vn.dunghan.unit.UnitFacts;

/**
 * Translates the portal's records into this service's sync items: the receipt, the applicant, and
 * the history as events (supplements and re-appointments from {@code DanhSachHoSoBoSung}, the end
 * from {@code TrangThaiHoSo} and its date, transfers from step progress). The items then take the
 * one path every dossier takes ({@link SyncService}); what only the portal knows is kept aside
 * ({@link PortalFacts}).
 */
final class DvcqgInbound {

  // The reasons written on events the portal's record carries no words for.
  static final String SUPPLEMENT_REASON = "Yêu cầu bổ sung hồ sơ (theo Cổng DVCQG)";
  static final String REAPPOINT_REASON = "Xin lỗi và hẹn lại ngày trả kết quả (theo Cổng DVCQG)";
  static final String WITHDRAW_REASON = "Công dân rút hồ sơ (theo Cổng DVCQG)";
  static final String STOP_REASON = "Dừng xử lý hồ sơ (theo Cổng DVCQG)";

  /** A record taken apart: the sync item, or what the portal refused at reception. */
  record Translated(
      SyncService.Parsed parsed, PortalFacts facts, Refusal refusal, DvcqgCodes.Status status) {}

  /** A record the portal refused at reception (status 3): never a dossier here. */
  record Refusal(
      String code,
      String procedureCode,
      String unitCode,
      Instant filedAt,
      Instant refusedAt,
      String reason) {}

  private record HistoryEntry(
      OffsetDateTime requestedAt,
      OffsetDateTime receivedBack,
      OffsetDateTime newAppointment,
      String content) {}

  private final UnitDirectory units;
  private final ProcedureCatalog procedures;
  private final WorkingCalendar calendar;

  DvcqgInbound(UnitDirectory units, ProcedureCatalog procedures, WorkingCalendar calendar) {
    this.units = units;
    this.procedures = procedures;
    this.calendar = calendar;
  }

  /** One {@code DongBoHoSoMC} record. */
  Translated dossier(JsonNode record) {
    String code = null;
    try {
      Violations v = new Violations();
      RecordReader r = new RecordReader(record, v);
      code = r.requiredText(CODE, 64);
      DvcqgCodes.Status status = status(r, v);
      ProcedureFacts procedure = procedure(r, v);
      UnitFacts unit = unit(r, AGENCY, v);
      boolean received = status != null && status.received();
      OffsetDateTime receivedAt =
          received ? r.requiredMoment(RECEIVED_AT, "once the dossier is received") : null;
      OffsetDateTime filedAt = r.moment(FILED_AT);
      OffsetDateTime appointment = r.moment(APPOINTMENT);
      OffsetDateTime finishedAt = r.moment(FINISHED_AT);
      OffsetDateTime returnedAt = r.moment(RETURNED_AT);
      OffsetDateTime refusedAt = r.moment(REFUSED_AT);
      String note = r.text(NOTE, RecordReader.MAX_TEXT);
      Channel channel = received ? channel(r, v) : null;
      ReceiveDossierRequest.ApplicantBody applicant = received ? applicant(r, v) : null;
      PortalFacts facts = facts(r, v, status, filedAt, appointment);
      List<HistoryEntry> history = history(r);
      v.throwIfAny();
      if (status == DvcqgCodes.Status.FILED) {
        throw new ProblemException(
            Problem.of(
                ProblemType.NOT_RECEIVED,
                "dossier "
                    + code
                    + " is filed (TrangThaiHoSo 1), not received: it has no clock yet; send it"
                    + " again once it is received (2)"));
      }
      if (status == DvcqgCodes.Status.REFUSED_AT_RECEPTION) {
        return new Translated(
            null,
            facts,
            new Refusal(
                code, procedure.code(), unit.code(), instant(filedAt), instant(refusedAt), note),
            status);
      }
      List<EventRequest> events = events(status, history, finishedAt, returnedAt, refusedAt);
      SyncItem item =
          new SyncItem(
              code,
              procedure.code(),
              unit.code(),
              unit.code(),
              channel,
              receivedAt,
              applicant,
              events);
      return new Translated(
          new SyncService.Parsed(item, null, SyncService.Mode.DIALECT), facts, null, status);
    } catch (ProblemException e) {
      return new Translated(rejected(code, e.problem()), null, null, null);
    }
  }

  /**
   * The {@code CapNhatTienDoHoSoMC} records of one dossier, in the order sent: a step at an agency
   * other than the first, or begun after the day of receipt, is a transfer (liên thông) to it with
   * the working days to its own deadline.
   */
  SyncService.Parsed progress(
      String code, List<JsonNode> records, Map<String, DossierStates.Receipt> receipts) {
    DossierStates.Receipt receipt = receipts.get(code);
    Violations v = new Violations();
    List<EventRequest> events = new ArrayList<>();
    List<SyncService.Reported> reported = new ArrayList<>();
    for (JsonNode record : records) {
      RecordReader r = new RecordReader(record, v);
      UnitFacts unit = unit(r, r.has(AGENCY) ? AGENCY : STEP_DEPARTMENT, v);
      OffsetDateTime start = r.requiredMoment(STEP_STARTED_AT, "(when the step began)");
      OffsetDateTime due = r.requiredMoment(STEP_DUE, "(the step's own legal deadline)");
      r.moment(STEP_AT);
      r.code(STEP_STATE);
      String handler = r.text(STEP_HANDLER, 255);
      String title = r.text(STEP_HANDLER_TITLE, 255);
      String content = r.text(STEP_CONTENT, RecordReader.MAX_TEXT);
      if (unit == null || start == null || due == null) {
        continue;
      }
      if (due.isBefore(start)) {
        v.add(STEP_DUE, "lies before " + STEP_STARTED_AT);
        continue;
      }
      boolean firstStep =
          receipt != null
              && unit.code().equals(receipt.handlingUnitCode())
              && day(start.toInstant()).equals(day(receipt.receivedAt()));
      if (!firstStep) {
        LocalDate from = day(start.toInstant());
        int days = Math.max(0, calendar.countWorkingDays(from, day(due.toInstant())));
        events.add(
            new EventRequest(
                EventType.TRANSFERRED,
                start,
                unit.code(),
                BigDecimal.valueOf(days),
                content,
                null,
                null));
        reported.add(
            handler == null && title == null ? null : new SyncService.Reported(handler, title));
      }
    }
    try {
      v.throwIfAny();
    } catch (ProblemException e) {
      return rejected(code, e.problem());
    }
    return new SyncService.Parsed(
        new SyncItem(code, null, null, null, null, null, null, events),
        null,
        SyncService.Mode.PROGRESS,
        java.util.Collections.unmodifiableList(reported));
  }

  private static List<EventRequest> events(
      DvcqgCodes.Status status,
      List<HistoryEntry> history,
      OffsetDateTime finishedAt,
      OffsetDateTime returnedAt,
      OffsetDateTime refusedAt) {
    Violations v = new Violations();
    List<EventRequest> events = new ArrayList<>();
    boolean open = false;
    for (HistoryEntry h : history) {
      if (DvcqgCodes.isReappointment(h.newAppointment() != null, h.receivedBack() != null)) {
        events.add(
            event(
                EventType.REAPPOINTED,
                h.requestedAt(),
                or(h.content(), REAPPOINT_REASON),
                h.newAppointment().atZoneSameInstant(DvcqgDates.ZONE).toLocalDate(),
                null));
      } else {
        events.add(
            event(
                EventType.SUPPLEMENT_REQUESTED,
                h.requestedAt(),
                or(h.content(), SUPPLEMENT_REASON),
                null,
                null));
        if (h.receivedBack() != null) {
          events.add(event(EventType.SUPPLEMENT_RECEIVED, h.receivedBack(), null, null, null));
        }
        open = h.receivedBack() == null;
      }
    }
    switch (status) {
      case SUPPLEMENT_REQUESTED:
        if (!open) {
          v.add(
              HISTORY,
              "TrangThaiHoSo 5 needs an open supplement request in it (NgayBoSung without"
                  + " NgayTiepNhanBoSung)");
        }
        break;
      case WITHDRAWN:
        end(
            EventType.WITHDRAWN,
            first(finishedAt, refusedAt),
            FINISHED_AT,
            WITHDRAW_REASON,
            events,
            v);
        break;
      case STOPPED:
        end(EventType.REJECTED, first(refusedAt, finishedAt), REFUSED_AT, STOP_REASON, events, v);
        break;
      case FINISHED:
        resolved(first(finishedAt, null), events, v);
        break;
      case RETURNED:
        resolved(first(finishedAt, returnedAt), events, v);
        if (returnedAt == null) {
          v.add(RETURNED_AT, "is required for TrangThaiHoSo 10 (result returned)");
        } else {
          events.add(event(EventType.RETURNED, returnedAt, null, null, null));
        }
        break;
      default:
        // 2, 4: the history says it all. 6: the wait for the applicant's financial obligation
        // begins on a date no known field carries; the clock keeps running here until it does.
        break;
    }
    v.throwIfAny();
    return events;
  }

  private static void resolved(OffsetDateTime at, List<EventRequest> events, Violations v) {
    if (at == null) {
      v.add(FINISHED_AT, "is required once processing has finished (TrangThaiHoSo 9, 10)");
      return;
    }
    events.add(event(EventType.RESOLVED, at, null, null, Outcome.APPROVED));
  }

  private static void end(
      EventType type,
      OffsetDateTime at,
      String field,
      String reason,
      List<EventRequest> events,
      Violations v) {
    if (at == null) {
      v.add(field, "is required: when the dossier ended (" + type + ")");
      return;
    }
    events.add(event(type, at, reason, null, null));
  }

  private static EventRequest event(
      EventType type, OffsetDateTime at, String reason, LocalDate newAppointment, Outcome outcome) {
    return new EventRequest(type, at, null, null, reason, newAppointment, outcome);
  }

  private DvcqgCodes.Status status(RecordReader r, Violations v) {
    Integer code = r.code(STATUS);
    if (code == null) {
      if (!r.has(STATUS)) {
        v.add(STATUS, "is required (1-10)");
      }
      return null;
    }
    Optional<DvcqgCodes.Status> status = DvcqgCodes.Status.of(code);
    if (status.isEmpty()) {
      v.add(STATUS, "must be 1-10, not " + code);
    }
    return status.orElse(null);
  }

  private ProcedureFacts procedure(RecordReader r, Violations v) {
    String code = r.requiredText(PROCEDURE, 64);
    if (code == null) {
      return null;
    }
    Optional<ProcedureFacts> found = procedures.findNational(code);
    if (found.isEmpty()) {
      v.add(PROCEDURE, "no procedure with national code '" + code + "' in this province");
    }
    return found.orElse(null);
  }

  private UnitFacts unit(RecordReader r, String field, Violations v) {
    String identifier = r.requiredText(field, 255);
    if (identifier == null) {
      return null;
    }
    Optional<UnitFacts> found = units.findByAgencyIdOrCode(identifier);
    if (found.isEmpty()) {
      v.add(field, "no unit with agency identifier or code '" + identifier + "'");
    }
    return found.orElse(null);
  }

  private static Channel channel(RecordReader r, Violations v) {
    Integer code = r.code(CHANNEL);
    if (code == null) {
      if (!r.has(CHANNEL)) {
        v.add(CHANNEL, "is required (1 direct, 2 online, 3 postal)");
      }
      return null;
    }
    Optional<Channel> channel = DvcqgCodes.channel(code);
    if (channel.isEmpty()) {
      v.add(CHANNEL, "must be 1 (direct), 2 (online) or 3 (postal), not " + code);
    }
    return channel.orElse(null);
  }

  private static ReceiveDossierRequest.ApplicantBody applicant(RecordReader r, Violations v) {
    String name = r.requiredText(APPLICANT_NAME, 255);
    Integer kindCode = r.code(APPLICANT_KIND);
    ReceiveDossierRequest.ApplicantKind kind =
        kindCode == null
            ? ReceiveDossierRequest.ApplicantKind.CITIZEN
            : DvcqgCodes.applicantKind(kindCode).orElse(null);
    if (kind == null) {
      v.add(APPLICANT_KIND, "must be 1 (citizen) or 2 (organisation), not " + kindCode);
    }
    String id = r.text(APPLICANT_ID, 32);
    // Contacts as the portal holds them; checked with the rest of the item (a bad one names the
    // portal's field). Spaces and dots inside a phone number are the portal's formatting only.
    String phone = r.text(APPLICANT_PHONE, 32);
    String email = r.text(APPLICANT_EMAIL, 254);
    return new ReceiveDossierRequest.ApplicantBody(
        kind,
        name,
        id,
        phone == null ? null : phone.replaceAll("[\\s.]", ""),
        email == null ? null : email.strip());
  }

  private static PortalFacts facts(
      RecordReader r,
      Violations v,
      DvcqgCodes.Status status,
      OffsetDateTime filedAt,
      OffsetDateTime appointment) {
    String receipt = r.text(RECEIPT_NUMBER, 64);
    boolean vneid = r.flag(VNEID);
    Integer paymentCode = r.code(ONLINE_PAYMENT);
    DvcqgCodes.OnlinePayment payment =
        paymentCode == null
            ? DvcqgCodes.OnlinePayment.NONE
            : DvcqgCodes.OnlinePayment.of(paymentCode).orElse(null);
    if (payment == null) {
      v.add(ONLINE_PAYMENT, "must be 0, 1 or 2, not " + paymentCode);
    }
    boolean digitised = r.flag(HAS_DIGITISED);
    List<PortalFacts.Document> documents = new ArrayList<>();
    r.each(
        DOCUMENTS,
        500,
        d ->
            documents.add(
                new PortalFacts.Document(
                    d.text(DOCUMENT_ID, 255),
                    d.text(DOCUMENT_NAME, 500),
                    d.text(DOCUMENT_COMPONENT, 64),
                    d.link(DOCUMENT_LINK),
                    d.flag(DOCUMENT_DIGITISED),
                    d.flag(DOCUMENT_REUSED),
                    d.flag(DOCUMENT_FROM_STORE),
                    d.text(DOCUMENT_REPLACES_RESULT, 255))));
    List<PortalFacts.Fee> fees = new ArrayList<>();
    r.each(
        FEES,
        100,
        f ->
            fees.add(
                new PortalFacts.Fee(
                    f.text(FEE_CODE, 64),
                    f.amount(FEE_AMOUNT),
                    f.text(FEE_METHOD, 64),
                    f.text(FEE_KIND, 64))));
    List<PortalFacts.Result> results = new ArrayList<>();
    r.each(
        RESULTS,
        100,
        x -> results.add(new PortalFacts.Result(x.text(RESULT_ID, 255), x.link(RESULT_LINK))));
    return new PortalFacts(
        receipt,
        instant(filedAt),
        status == null ? 0 : status.code(),
        appointment == null ? null : appointment.atZoneSameInstant(DvcqgDates.ZONE).toLocalDate(),
        vneid,
        payment,
        digitised,
        List.copyOf(documents),
        List.copyOf(fees),
        List.copyOf(results));
  }

  private static List<HistoryEntry> history(RecordReader r) {
    List<HistoryEntry> history = new ArrayList<>();
    r.each(
        HISTORY,
        50,
        h -> {
          OffsetDateTime requested =
              h.requiredMoment(HISTORY_REQUESTED_AT, "(when it was asked or issued)");
          h.moment(HISTORY_OLD_APPOINTMENT);
          h.code(HISTORY_STATE);
          history.add(
              new HistoryEntry(
                  requested,
                  h.moment(HISTORY_RECEIVED_AT),
                  h.moment(HISTORY_NEW_APPOINTMENT),
                  h.text(HISTORY_CONTENT, RecordReader.MAX_TEXT)));
        });
    return history;
  }

  private static SyncService.Parsed rejected(String code, Problem problem) {
    SyncItem named =
        code == null ? null : new SyncItem(code, null, null, null, null, null, null, null);
    return new SyncService.Parsed(named, problem, SyncService.Mode.DIALECT);
  }

  private static OffsetDateTime first(OffsetDateTime a, OffsetDateTime b) {
    return a != null ? a : b;
  }

  private static String or(String text, String otherwise) {
    return text != null ? text : otherwise;
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }

  private static LocalDate day(Instant at) {
    return at.atZone(DvcqgDates.ZONE).toLocalDate();
  }
}
