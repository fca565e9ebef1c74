package vn.dunghan.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * The audit trail: every accepted event with who sent it, when it arrived and when it happened.
 * Rows are only ever inserted (the entity is immutable; the table has no update path).
 */
@Entity
@Immutable
@Table(name = "dossier_event")
public class DossierEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_event_seq")
  @SequenceGenerator(
      name = "dossier_event_seq",
      sequenceName = "dossier_event_seq",
      allocationSize = 50)
  Long id;

  Long dossierId;

  @Enumerated(EnumType.STRING)
  EventType type;

  Instant occurredAt;

  Instant receivedAt;

  @Enumerated(EnumType.STRING)
  Source source;

  /** The caller's subject. */
  String actor;

  String actorName;

  String actorRoles;

  String actorUnit;

  /** Who the sender says handled it (the portal's NguoiXuLy), and their title (ChucDanh). */
  String reportedBy;

  String reportedByTitle;

  /** The officer an ASSIGNED event puts on the step (their subject), and their name then. */
  String officer;

  String officerName;

  String toUnitCode;

  BigDecimal allotment;

  String reason;

  LocalDate newAppointmentDate;

  @Enumerated(EnumType.STRING)
  Outcome outcome;

  LocalDate oldDueDate;

  LocalDate newDueDate;

  protected DossierEvent() {}

  DossierEvent(
      Long dossierId,
      EventRecord event,
      Instant receivedAt,
      Source source,
      vn.dunghan.shared.Actor actor) {
    this.dossierId = dossierId;
    this.type = event.type();
    this.occurredAt = event.at();
    this.receivedAt = receivedAt;
    this.source = source;
    if (actor != null) {
      this.actor = actor.subject();
      this.actorName = actor.name();
      this.actorRoles = actor.roles();
      this.actorUnit = actor.unit();
    }
    this.toUnitCode = event.toUnitCode();
    this.allotment = event.allotment();
    this.reason = event.reason();
    this.newAppointmentDate = event.newAppointmentDate();
    this.outcome = event.outcome();
    this.officer = event.officer();
    this.officerName = event.officerName();
  }

  /** The handler the sender reports, beside the caller (null when none was said). */
  DossierEvent reported(SyncService.Reported reported) {
    if (reported != null) {
      this.reportedBy = reported.name();
      this.reportedByTitle = reported.title();
    }
    return this;
  }

  static DossierEvent deadlineRecomputed(
      Long dossierId, Instant at, LocalDate oldDue, LocalDate newDue, String reason) {
    DossierEvent event =
        new DossierEvent(
            dossierId,
            new EventRecord(EventType.DEADLINE_RECOMPUTED, at, null, null, reason, null, null),
            at,
            Source.SYSTEM,
            vn.dunghan.shared.Actor.SYSTEM);
    event.oldDueDate = oldDue;
    event.newDueDate = newDue;
    return event;
  }

  EventRecord toRecord() {
    return new EventRecord(
        type,
        occurredAt,
        toUnitCode,
        allotment,
        reason,
        newAppointmentDate,
        outcome,
        officer,
        officerName);
  }

  /** Same event content (the portal resends what it sent before). */
  boolean sameAs(EventRecord other) {
    return toRecord().equals(normalised(other));
  }

  private static EventRecord normalised(EventRecord e) {
    return new EventRecord(
        e.type(),
        e.at(),
        e.toUnitCode(),
        e.allotment() == null ? null : e.allotment().setScale(1),
        e.reason(),
        e.newAppointmentDate(),
        e.outcome(),
        e.officer(),
        e.officerName());
  }
}
