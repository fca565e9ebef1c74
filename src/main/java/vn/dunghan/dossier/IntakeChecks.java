package vn.dunghan.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.procedure.ProcedureCatalog;
import vn.dunghan.procedure.ProcedureFacts;
import vn.dunghan.shared.problem.Violations;
import vn.dunghan.unit.UnitDirectory;
import vn.dunghan.unit.UnitFacts;

/**
 * Checks a received dossier or event against the reference data, naming each offending field. Every
 * failure here is a 422: the request was well-formed but cannot be accepted.
 */
@ApplicationScoped
class IntakeChecks {

  /** Clocks of desks and the portal drift; a little future is tolerated, not more. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final UnitDirectory units;
  private final ProcedureCatalog procedures;
  private final vn.dunghan.unit.Staff staff;

  IntakeChecks(UnitDirectory units, ProcedureCatalog procedures, vn.dunghan.unit.Staff staff) {
    this.units = units;
    this.procedures = procedures;
    this.staff = staff;
  }

  Intake intake(ReceiveDossierRequest request, Source source, Instant now) {
    Violations violations = new Violations();
    Instant receivedAt = request.receivedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
    LocalDate receivedOn = Dossier.day(receivedAt);
    if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
      violations.add("receivedAt", "lies in the future");
    }
    Optional<ProcedureFacts> procedure = procedures.find(request.procedureCode());
    if (procedure.isEmpty()) {
      violations.add("procedureCode", "no procedure with code '" + request.procedureCode() + "'");
    }
    UnitFacts handling =
        validUnit(request.handlingUnitCode(), "handlingUnitCode", receivedOn, violations);
    validUnit(request.receivingUnitCode(), "receivingUnitCode", receivedOn, violations);
    if (procedure.isPresent()
        && handling != null
        && !procedure.get().performedAt(handling.level())) {
      violations.add(
          "procedureCode",
          "procedure "
              + request.procedureCode()
              + " is not performed at "
              + handling.level()
              + " level (unit "
              + handling.code()
              + ")");
    }
    violations.throwIfAny();
    ProcedureFacts p = procedure.get();
    return new Intake(
        request.code(),
        p.code(),
        p.fieldCode(),
        handling.level(),
        request.receivingUnitCode(),
        request.handlingUnitCode(),
        request.channel(),
        source,
        receivedAt,
        p.processingAmount(),
        p.processingUnit(),
        p.sameDayCutoff());
  }

  EventRecord event(EventRequest request, Instant receivedAt, Instant now) {
    Violations violations = new Violations();
    Instant at = request.at().toInstant().truncatedTo(ChronoUnit.MICROS);
    if (!request.type().external()) {
      violations.add("type", request.type() + " is recorded by the service, not sent");
    }
    if (at.isBefore(receivedAt)) {
      violations.add("at", "lies before the dossier was received (" + receivedAt + ")");
    }
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      violations.add("at", "lies in the future");
    }
    EventType type = request.type();
    boolean transfer = type == EventType.TRANSFERRED;
    if (transfer) {
      validUnit(request.toUnitCode(), "toUnitCode", Dossier.day(at), violations);
      if (request.allotment() == null) {
        violations.add("allotment", "is required for TRANSFERRED: the step's working days");
      } else if (!WorkingCalendar.isWholeOrHalf(request.allotment())) {
        violations.add("allotment", "must be whole or half working days");
      }
    } else {
      unused(request.toUnitCode(), "toUnitCode", type, violations);
      unused(request.allotment(), "allotment", type, violations);
    }
    boolean needsReason =
        type == EventType.SUPPLEMENT_REQUESTED
            || type == EventType.SUSPENDED
            || type == EventType.REAPPOINTED
            || type == EventType.WITHDRAWN
            || type == EventType.REJECTED;
    if (needsReason && (request.reason() == null || request.reason().isBlank())) {
      violations.add("reason", "is required for " + type);
    }
    if (type == EventType.REAPPOINTED && request.newAppointmentDate() == null) {
      violations.add("newAppointmentDate", "is required for REAPPOINTED");
    } else if (type != EventType.REAPPOINTED) {
      unused(request.newAppointmentDate(), "newAppointmentDate", type, violations);
    }
    if (type == EventType.RESOLVED && request.outcome() == null) {
      violations.add("outcome", "is required for RESOLVED: APPROVED or DENIED");
    } else if (type != EventType.RESOLVED) {
      unused(request.outcome(), "outcome", type, violations);
    }
    vn.dunghan.unit.StaffMember officer = null;
    if (type == EventType.ASSIGNED) {
      officer = officer(request.officer(), violations);
    } else {
      unused(request.officer(), "officer", type, violations);
    }
    violations.throwIfAny();
    return new EventRecord(
        type,
        at,
        officer == null ? request.toUnitCode() : officer.unitCode(),
        request.allotment() == null ? null : request.allotment().setScale(1),
        request.reason() == null ? null : request.reason().strip(),
        request.newAppointmentDate(),
        request.outcome(),
        officer == null ? null : officer.subject(),
        officer == null ? null : officer.name());
  }

  /**
   * The officer an ASSIGNED event names: an active member of some unit's staff. That the unit is
   * the one holding the step at that moment is checked by the replay ({@link Dossier#assign}).
   */
  private vn.dunghan.unit.StaffMember officer(String subject, Violations violations) {
    if (subject == null || subject.isBlank()) {
      violations.add("officer", "is required for ASSIGNED: the subject of the officer's token");
      return null;
    }
    Optional<vn.dunghan.unit.StaffMember> found = staff.find(subject);
    if (found.isEmpty()) {
      violations.add("officer", "no officer '" + subject + "' in any unit's staff");
      return null;
    }
    if (!found.get().active()) {
      violations.add(
          "officer", "officer '" + subject + "' has left unit " + found.get().unitCode());
      return null;
    }
    return found.get();
  }

  private UnitFacts validUnit(String code, String field, LocalDate on, Violations violations) {
    if (code == null || code.isBlank()) {
      violations.add(field, "is required");
      return null;
    }
    Optional<UnitFacts> unit = units.find(code);
    if (unit.isEmpty()) {
      violations.add(field, "no unit with code '" + code + "'");
      return null;
    }
    if (!unit.get().validOn(on)) {
      violations.add(
          field,
          "unit "
              + code
              + " does not exist on "
              + on
              + (unit.get().successorCode() == null
                  ? ""
                  : "; its successor is " + unit.get().successorCode()));
      return null;
    }
    return unit.get();
  }

  private static void unused(Object value, String field, EventType type, Violations violations) {
    if (value != null) {
      violations.add(field, "is not used by " + type);
    }
  }
}
