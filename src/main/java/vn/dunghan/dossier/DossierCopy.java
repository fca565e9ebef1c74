package vn.dunghan.dossier;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes new dossiers with their steps, events and applicants by {@code COPY}, the fastest way
 * PostgreSQL takes rows: the bulk path of a portal batch. Written through Hibernate, a batch of
 * 1,000 dossiers spent most of its time in the persistence context (persist, dirty checks, binding
 * some 7,000 rows); the rows here are exactly the ones Hibernate writes for the same entities
 * (DossierCopyTest compares the two, column by column). Ids must be assigned before {@link #add}.
 */
final class DossierCopy {

  private static final String DOSSIER =
      "dossier (id, code, procedure_code, field_code, level, receiving_unit_code,"
          + " handling_unit_code, holding_unit_code, channel, source, received_at, received_on,"
          + " prescribed_amount, prescribed_unit, same_day_cutoff, status, clock_started_at,"
          + " clock_started_on, clock_restarts, paused_working_days, paused_since, due_date, due_at,"
          + " appointment_date, reappointed, resolved_at, outcome, timeliness, returned_at,"
          + " closed_at, flags, last_event_at, version, created_at, updated_at,"
          + " resolving_unit_code, sla_state, sla_evaluated_on, remaining_working_days,"
          + " overdue_working_days, notified_state, escalation_level, next_escalation_on,"
          + " report_timeline, index_appointment, supplement_requests, index_verdict,"
          + " index_effective_end, index_reason, received_by, received_by_name,"
          + " received_by_roles, received_by_unit)";
  private static final String STEP =
      "dossier_step (dossier_id, ordinal, unit_code, allotment, started_on, paused_working_days,"
          + " due_date, completed_on, overrun_working_days, officer, officer_name)";
  private static final String EVENT =
      "dossier_event (id, dossier_id, type, occurred_at, received_at, source, actor, to_unit_code,"
          + " allotment, reason, new_appointment_date, outcome, old_due_date, new_due_date,"
          + " actor_name, actor_roles, actor_unit, reported_by, reported_by_title, officer,"
          + " officer_name)";
  private static final String APPLICANT =
      "dossier_applicant (dossier_id, kind, name, id_number, phone, email, notices_opt_out)";

  private final StringBuilder dossiers = new StringBuilder();
  private final StringBuilder steps = new StringBuilder();
  private final StringBuilder events = new StringBuilder();
  private final StringBuilder applicants = new StringBuilder();
  private int count;

  /** A new dossier (id assigned, version 0 as Hibernate seeds it) and its steps. */
  void add(Dossier d) {
    row(
        dossiers,
        d.id,
        d.code,
        d.procedureCode,
        d.fieldCode,
        d.level,
        d.receivingUnitCode,
        d.handlingUnitCode,
        d.holdingUnitCode,
        d.channel,
        d.source,
        d.receivedAt,
        d.receivedOn,
        d.prescribedAmount,
        d.prescribedUnit,
        d.sameDayCutoff,
        d.status,
        d.clockStartedAt,
        d.clockStartedOn,
        d.clockRestarts,
        d.pausedWorkingDays,
        d.pausedSince,
        d.dueDate,
        d.dueAt,
        d.appointmentDate,
        d.reappointed,
        d.resolvedAt,
        d.outcome,
        d.timeliness,
        d.returnedAt,
        d.closedAt,
        d.flags,
        d.lastEventAt,
        d.version,
        d.createdAt,
        d.updatedAt,
        d.resolvingUnitCode,
        d.slaState,
        d.slaEvaluatedOn,
        d.remainingWorkingDays,
        d.overdueWorkingDays,
        d.notifiedState,
        d.escalationLevel,
        d.nextEscalationOn,
        d.reportTimeline,
        d.indexAppointment,
        d.supplementRequests,
        d.indexVerdict,
        d.indexEffectiveEnd,
        d.indexReason,
        d.receivedBy,
        d.receivedByName,
        d.receivedByRoles,
        d.receivedByUnit);
    for (int i = 0; i < d.steps.size(); i++) {
      Step s = d.steps.get(i);
      row(
          steps,
          d.id,
          i,
          s.unitCode,
          s.allotment,
          s.startedOn,
          s.pausedWorkingDays,
          s.dueDate,
          s.completedOn,
          s.overrunWorkingDays,
          s.officer,
          s.officerName);
    }
    count++;
  }

  /** An event of a dossier added here (its id assigned). */
  void add(DossierEvent e) {
    row(
        events,
        e.id,
        e.dossierId,
        e.type,
        e.occurredAt,
        e.receivedAt,
        e.source,
        e.actor,
        e.toUnitCode,
        e.allotment,
        e.reason,
        e.newAppointmentDate,
        e.outcome,
        e.oldDueDate,
        e.newDueDate,
        e.actorName,
        e.actorRoles,
        e.actorUnit,
        e.reportedBy,
        e.reportedByTitle,
        e.officer,
        e.officerName);
  }

  void add(Applicant a) {
    row(applicants, a.dossierId, a.kind, a.name, a.idNumber, a.phone, a.email, a.noticesOptOut);
  }

  /** How many dossiers are waiting to be written. */
  int size() {
    return count;
  }

  /** Sends everything added, in the caller's transaction, dossiers first; then starts empty. */
  void write(Connection connection) throws SQLException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    copy(copy, DOSSIER, dossiers);
    copy(copy, STEP, steps);
    copy(copy, EVENT, events);
    copy(copy, APPLICANT, applicants);
    count = 0;
  }

  private static void copy(CopyManager copy, String target, StringBuilder rows)
      throws SQLException {
    if (rows.length() == 0) {
      return;
    }
    try {
      copy.copyIn("copy " + target + " from stdin", new StringReader(rows.toString()));
    } catch (IOException e) {
      // Only the driver's socket can fail here, never the in-memory reader.
      throw new UncheckedIOException(e);
    }
    rows.setLength(0);
  }

  /**
   * One line of COPY's text format: tab-separated, {@code \N} for null, backslash escapes for the
   * characters that delimit; instants in ISO-8601 UTC, which timestamptz reads as they are.
   */
  static void row(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object v = values[i];
      if (v == null) {
        out.append("\\N");
      } else if (v instanceof BigDecimal b) {
        out.append(b.toPlainString());
      } else if (v instanceof Boolean b) {
        out.append(b ? 't' : 'f');
      } else if (v instanceof Enum<?> e) {
        out.append(e.name());
      } else {
        escaped(out, v.toString());
      }
    }
    out.append('\n');
  }

  private static void escaped(StringBuilder out, String s) {
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
  }
}
