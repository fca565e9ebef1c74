package vn.dunghan.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import vn.dunghan.procedure.ProcessingUnit;
import vn.dunghan.shared.Numbers;
import vn.dunghan.shared.PersonalData;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.sla.IndexPolicy;
import vn.dunghan.sla.SlaPolicy;
import vn.dunghan.sla.Timeliness;
import vn.dunghan.unit.Level;

/** A dossier as {@code GET /api/v1/dossiers/{code}} shows it; personal data masked. */
public record DossierView(
    String code,
    String procedureCode,
    String fieldCode,
    Level level,
    String handlingUnitCode,
    String receivingUnitCode,
    String holdingUnitCode,
    Channel channel,
    OffsetDateTime receivedAt,
    ReceivedBy receivedBy,
    ApplicantView applicant,
    Prescribed processingTime,
    DossierStatus status,
    LocalDate dueDate,
    OffsetDateTime dueAt,
    LocalDate appointmentDate,
    OffsetDateTime resolvedAt,
    Outcome outcome,
    OffsetDateTime returnedAt,
    OffsetDateTime closedAt,
    Timeliness timeliness,
    SlaPolicy.Assessment sla,
    Verdicts verdicts,
    ClockView clock,
    Set<Flag> flags,
    List<StepView> steps,
    Handler handler,
    List<EventView> events,
    long version) {

  /** The officer assigned to a step (their token's subject and name). */
  public record Handler(String subject, String name) {

    static Handler of(Step s) {
      return s.officer() == null ? null : new Handler(s.officer(), s.officerName());
    }
  }

  /**
   * The applicant: masked (the ID number keeps its last 4 digits, the name its initials) unless the
   * caller is the clerk or officer of the holding unit.
   */
  public record ApplicantView(
      String kind, String name, String idNumber, String phone, String email, boolean masked) {}

  public record Prescribed(BigDecimal amount, ProcessingUnit unit) {}

  /** Who received the dossier, as their token said (null for dossiers received before 0.12.0). */
  public record ReceivedBy(String subject, String name, String roles, String unit) {}

  /**
   * Both verdicts: the legal one (Decree 61/2018 art. 19(4), for accountability) and the one of
   * Decision 766 indicator 2.1 (the score the province is ranked by), each with its reason.
   */
  public record Verdicts(LegalVerdict legal, IndexVerdict index) {}

  /** The legal verdict: on resolution, against the due date; {@code null} verdict while open. */
  public record LegalVerdict(Timeliness verdict, LocalDate dueDate, String reason) {}

  /** The index's verdict as of {@code asOf} (it only depends on that day while processing runs). */
  public record IndexVerdict(
      IndexPolicy.Verdict verdict,
      LocalDate asOf,
      LocalDate appointment,
      LocalDate effectiveEnd,
      int supplementRequests,
      String reason) {}

  /** Where the clock stands: when it last (re)started, how often, and the paused working days. */
  public record ClockView(
      LocalDate startedOn, int restarts, int pausedWorkingDays, LocalDate pausedSince) {}

  public record StepView(
      int ordinal,
      String unitCode,
      BigDecimal allotment,
      LocalDate startedOn,
      int pausedWorkingDays,
      LocalDate dueDate,
      LocalDate completedOn,
      Integer overrunWorkingDays,
      Timeliness timeliness,
      Handler handler) {}

  public record EventView(
      EventType type,
      OffsetDateTime at,
      OffsetDateTime receivedAt,
      Source source,
      String actor,
      String actorName,
      String actorRoles,
      String actorUnit,
      String reportedBy,
      String reportedByTitle,
      String officer,
      String officerName,
      String toUnitCode,
      BigDecimal allotment,
      String reason,
      LocalDate newAppointmentDate,
      Outcome outcome,
      LocalDate oldDueDate,
      LocalDate newDueDate) {}

  static DossierView of(
      Dossier d,
      Applicant applicant,
      List<DossierEvent> events,
      SlaPolicy.Assessment sla,
      LocalDate today) {
    return of(d, applicant, events, sla, today, false);
  }

  static DossierView of(
      Dossier d,
      Applicant applicant,
      List<DossierEvent> events,
      SlaPolicy.Assessment sla,
      LocalDate today,
      boolean fullPersonalData) {
    return new DossierView(
        d.code,
        d.procedureCode,
        d.fieldCode,
        d.level,
        d.handlingUnitCode,
        d.receivingUnitCode,
        d.holdingUnitCode,
        d.channel,
        time(d.receivedAt),
        d.receivedBy == null
            ? null
            : new ReceivedBy(d.receivedBy, d.receivedByName, d.receivedByRoles, d.receivedByUnit),
        applicant == null
            ? null
            : fullPersonalData
                ? new ApplicantView(
                    applicant.kind,
                    applicant.name,
                    applicant.idNumber,
                    applicant.phone,
                    applicant.email,
                    false)
                : new ApplicantView(
                    applicant.kind,
                    PersonalData.maskName(applicant.name),
                    PersonalData.maskIdNumber(applicant.idNumber),
                    PersonalData.maskPhone(applicant.phone),
                    PersonalData.maskEmail(applicant.email),
                    true),
        new Prescribed(Numbers.plain(d.prescribedAmount), d.prescribedUnit),
        d.status,
        d.dueDate,
        time(d.dueAt),
        d.appointmentDate,
        time(d.resolvedAt),
        d.outcome,
        time(d.returnedAt),
        time(d.closedAt),
        d.timeliness,
        sla,
        verdicts(d, today),
        new ClockView(d.clockStartedOn, d.clockRestarts, d.pausedWorkingDays, d.pausedSince),
        d.flagSet(),
        steps(d),
        d.status.open() && !d.steps.isEmpty() ? Handler.of(d.currentStep()) : null,
        events.stream().map(DossierView::event).toList(),
        d.version);
  }

  static Verdicts verdicts(Dossier d, LocalDate today) {
    String legalReason;
    if (d.timeliness != null) {
      legalReason =
          "resolved on "
              + Dossier.day(d.resolvedAt)
              + ", due "
              + d.dueDate
              + (d.clockRestarts > 0
                  ? " (the clock restarted when the complete dossier came back, Decree 61/2018"
                      + " art. 19(4))"
                  : "");
    } else if (d.status == DossierStatus.WITHDRAWN || d.status == DossierStatus.REJECTED) {
      legalReason = d.status + " on " + Dossier.day(d.closedAt) + ": not judged for timeliness";
    } else {
      legalReason = "open, due " + d.dueDate;
    }
    IndexVerdict index;
    if (d.indexVerdict != null) {
      index =
          new IndexVerdict(
              d.indexVerdict,
              null,
              d.indexAppointment,
              d.indexEffectiveEnd,
              d.supplementRequests,
              d.indexReason);
    } else if (d.status != DossierStatus.IN_PROGRESS && d.status != DossierStatus.SUSPENDED) {
      index =
          new IndexVerdict(
              null,
              null,
              d.indexAppointment,
              null,
              d.supplementRequests,
              "ended before this service kept the index's verdict: judged at its next change");
    } else {
      IndexPolicy.Judgement j =
          IndexPolicy.judge(
              new IndexPolicy.Input(
                  d.indexAppointment, null, List.of(), null, d.supplementRequests),
              today,
              TimeSource.ZONE);
      index =
          new IndexVerdict(
              j.verdict(), today, d.indexAppointment, null, d.supplementRequests, j.reason());
    }
    return new Verdicts(new LegalVerdict(d.timeliness, d.dueDate, legalReason), index);
  }

  static List<StepView> steps(Dossier d) {
    List<StepView> views = new java.util.ArrayList<>();
    for (int i = 0; i < d.steps.size(); i++) {
      Step s = d.steps.get(i);
      views.add(
          new StepView(
              i + 1,
              s.unitCode(),
              Numbers.plain(s.allotment()),
              s.startedOn(),
              s.pausedWorkingDays(),
              s.dueDate(),
              s.completedOn(),
              s.overrunWorkingDays(),
              s.completedOn() == null
                  ? null
                  : vn.dunghan.sla.TimelinessPolicy.judge(s.completedOn(), s.dueDate()),
              Handler.of(s)));
    }
    return views;
  }

  private static EventView event(DossierEvent e) {
    return new EventView(
        e.type,
        time(e.occurredAt),
        time(e.receivedAt),
        e.source,
        e.actor,
        e.actorName,
        e.actorRoles,
        e.actorUnit,
        e.reportedBy,
        e.reportedByTitle,
        e.officer,
        e.officerName,
        e.toUnitCode,
        e.allotment == null ? null : Numbers.plain(e.allotment),
        e.reason,
        e.newAppointmentDate,
        e.outcome,
        e.oldDueDate,
        e.newDueDate);
  }

  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atZone(TimeSource.ZONE).toOffsetDateTime();
  }
}
