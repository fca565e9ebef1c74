package vn.dunghan.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.WorkingHours;
import vn.dunghan.calendar.schedule.CalendarConfig;
import vn.dunghan.calendar.schedule.CalendarService;
import vn.dunghan.sla.ResolutionFact;
import vn.dunghan.sla.SlaConfig;
import vn.dunghan.sla.SlaLedger;
import vn.dunghan.sla.SlaMonitor;
import vn.dunghan.sla.SlaPolicy;

/**
 * The one path a changed dossier takes after its history was replayed: its SLA snapshot as of
 * today, the escalation decision (taken by the SLA side from {@link Dossier#watched}), its SLA
 * ledger rows, its move in the periodic report, and the notices the decision calls for. Intake,
 * events, the portal's sync, the report backfill and the calendar recomputation all go through a
 * {@link Batch}; {@link Batch#write} writes the ledger, announces the report moves ({@link
 * DossiersSettled}, observed by the report in the same transaction) and enqueues the notices, once
 * per transaction.
 */
@ApplicationScoped
class Settlement {

  private final CalendarService calendars;
  private final CalendarConfig calendarConfig;
  private final SlaConfig slaConfig;
  private final SlaLedger ledger;
  private final SlaMonitor monitor;
  private final Event<DossiersSettled> settled;
  private final Clock clock;
  private final WorkingHours hours;

  Settlement(
      CalendarService calendars,
      CalendarConfig calendarConfig,
      SlaConfig slaConfig,
      SlaLedger ledger,
      SlaMonitor monitor,
      Event<DossiersSettled> settled,
      Clock clock) {
    this.calendars = calendars;
    this.calendarConfig = calendarConfig;
    this.slaConfig = slaConfig;
    this.ledger = ledger;
    this.monitor = monitor;
    this.settled = settled;
    this.clock = clock;
    // Parsed once: the configuration does not change while the service runs.
    this.hours = calendarConfig.hours();
  }

  /** The calendar in force with the office hours and the counting mode. */
  DeadlineContext context() {
    return context(calendars.calendar());
  }

  /** The same with {@code calendar} (a schedule just published, not yet the one in force). */
  DeadlineContext context(WorkingCalendar calendar) {
    return new DeadlineContext(
        calendar, hours, calendarConfig.countingMode() == CalendarConfig.CountingMode.HOURS);
  }

  Batch begin() {
    return new Batch();
  }

  /** A dossier's SLA standing on {@code today} on {@code calendar}. */
  SlaPolicy.Assessment assess(Dossier d, WorkingCalendar calendar, LocalDate today) {
    return SlaPolicy.assess(
        phase(d.status), d.timeliness, d.dueDate, today, slaConfig.dueSoonWorkingDays(), calendar);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  private static SlaPolicy.Phase phase(DossierStatus status) {
    switch (status) {
      case IN_PROGRESS:
        return SlaPolicy.Phase.RUNNING;
      case AWAITING_SUPPLEMENT:
      case SUSPENDED:
        return SlaPolicy.Phase.PAUSED;
      case RESOLVED:
      case RETURNED:
        return SlaPolicy.Phase.DECIDED;
      default:
        return SlaPolicy.Phase.CLOSED;
    }
  }

  /** What {@link Batch#prepare} decided for a dossier not yet written. */
  static final class Prepared {
    private final SlaMonitor.Decision decision;
    private final ReportMove report;

    private Prepared(SlaMonitor.Decision decision, ReportMove report) {
      this.decision = decision;
      this.report = report;
    }
  }

  /** The changes of one transaction, written together by {@link #write}. */
  final class Batch {
    private final SlaLedger.Changes sla = ledger.changes();
    private final List<ReportMove> report = new ArrayList<>();
    private final List<SlaMonitor.Decision> notices = new ArrayList<>();
    private final List<Long> changed = new ArrayList<>();

    private Batch() {}

    /**
     * A stored dossier after its replay: snapshot and decision applied to the entity, its ledger
     * moved from its resolution {@code before}, its report move and notices kept for {@link
     * #write}.
     */
    void settle(Dossier dossier, ResolutionFact before, DeadlineContext ctx) {
      Prepared prepared = prepare(dossier, ctx);
      sla.resolution(dossier.id, before, dossier.resolutionFact(), dossier.overruns(ctx));
      changed.add(dossier.id);
      keep(prepared);
    }

    /**
     * A new dossier, before its first insert: snapshot and decision applied, so that it is written
     * once (version 0). Give it to {@link #settleNew} once it has its id.
     */
    Prepared prepare(Dossier dossier, DeadlineContext ctx) {
      LocalDate today = today();
      dossier.snapshot(assess(dossier, ctx.calendar(), today), today);
      ReportMove move = dossier.moveReportTimeline();
      if (dossier.status != DossierStatus.IN_PROGRESS) {
        return new Prepared(null, move);
      }
      SlaMonitor.Decision decision = monitor.decide(dossier.watched(), today, ctx.calendar());
      dossier.escalated(
          decision.notifiedState(), decision.escalationLevel(), decision.nextEscalationOn());
      return new Prepared(decision, move);
    }

    /** A new dossier, now with its id: its ledger entry, report move and notices. */
    void settleNew(Dossier dossier, Prepared prepared, DeadlineContext ctx) {
      sla.resolution(dossier.id, null, dossier.resolutionFact(), dossier.overruns(ctx));
      changed.add(dossier.id);
      keep(
          new Prepared(
              prepared.decision == null ? null : prepared.decision.forDossier(dossier.id),
              prepared.report));
    }

    /** A dossier written before the report counters existed: its report move only. */
    void enterReport(Dossier dossier) {
      ReportMove move = dossier.moveReportTimeline();
      if (move != null) {
        report.add(move);
      }
    }

    private void keep(Prepared prepared) {
      if (prepared.report != null) {
        report.add(prepared.report);
      }
      if (prepared.decision != null && !prepared.decision.notices().isEmpty()) {
        notices.add(prepared.decision);
      }
    }

    /**
     * Writes the ledger, moves the report counters and enqueues the notices; after the dossier rows
     * are in (the outbox rows reference them).
     */
    void write() {
      sla.write();
      settled.fire(new DossiersSettled(List.copyOf(report), List.copyOf(changed)));
      monitor.enqueue(notices);
    }
  }
}
