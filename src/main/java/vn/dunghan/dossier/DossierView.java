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
    ClockView clock,
    Set<Flag> flags,
    List<StepView> steps,
    List<EventView> events,
    long version) {

  /**
   * The applicant: masked (the ID number keeps its last 4 digits, the name its initials) unless the
   * caller is the clerk or officer of the holding unit.
   */
  public record ApplicantView(String kind, String name, String idNumber, boolean masked) {}

  public record Prescribed(BigDecimal amount, ProcessingUnit unit) {}

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
      Timeliness timeliness) {}

  public record EventView(
      EventType type,
      OffsetDateTime at,
      OffsetDateTime receivedAt,
      Source source,
      String actor,
      String toUnitCode,
      BigDecimal allotment,
      String reason,
      LocalDate newAppointmentDate,
      Outcome outcome,
      LocalDate oldDueDate,
      LocalDate newDueDate) {}

  static DossierView of(
      Dossier d, Applicant applicant, List<DossierEvent> events, SlaPolicy.Assessment sla) {
    return of(d, applicant, events, sla, false);
  }

  static DossierView of(
      Dossier d,
      Applicant applicant,
      List<DossierEvent> events,
      SlaPolicy.Assessment sla,
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
        applicant == null
            ? null
            : fullPersonalData
                ? new ApplicantView(applicant.kind, applicant.name, applicant.idNumber, false)
                : new ApplicantView(
                    applicant.kind,
                    PersonalData.maskName(applicant.name),
                    PersonalData.maskIdNumber(applicant.idNumber),
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
        new ClockView(d.clockStartedOn, d.clockRestarts, d.pausedWorkingDays, d.pausedSince),
        d.flagSet(),
        steps(d),
        events.stream().map(DossierView::event).toList(),
        d.version);
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
                  : vn.dunghan.sla.TimelinessPolicy.judge(s.completedOn(), s.dueDate())));
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
