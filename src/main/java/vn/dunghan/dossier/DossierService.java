package vn.dunghan.dossier;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dunghan.access.Caller;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.schedule.CalendarService;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.Versions;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.sla.ResolutionFact;
import vn.dunghan.sla.SlaConfig;
import vn.dunghan.sla.SlaPolicy;

/** Receives dossiers, records their events and reads them back. Owns the transactions. */
@ApplicationScoped
public class DossierService {

  private final DossierRepository dossiers;
  private final IntakeChecks checks;
  private final CalendarService calendars;
  private final SlaConfig slaConfig;
  private final Settlement settlement;
  private final Clock clock;
  private final Caller caller;

  DossierService(
      DossierRepository dossiers,
      IntakeChecks checks,
      CalendarService calendars,
      SlaConfig slaConfig,
      Settlement settlement,
      Clock clock,
      Caller caller) {
    this.dossiers = dossiers;
    this.checks = checks;
    this.calendars = calendars;
    this.slaConfig = slaConfig;
    this.settlement = settlement;
    this.clock = clock;
    this.caller = caller;
  }

  /** The outcome of a write: the dossier as it now stands and whether anything was created. */
  public record Written(DossierView dossier, boolean created) {}

  /**
   * Receives a dossier. Idempotent on its code: the same content again returns the stored dossier;
   * different content is a 409 naming the fields that differ. The applicant's name and ID number
   * count only for a caller who sees them in full; a repeat never changes them.
   */
  @Transactional
  public Written receive(ReceiveDossierRequest request, Source source) {
    if (!caller.mayChange(
        java.util.Arrays.asList(request.receivingUnitCode(), request.handlingUnitCode()))) {
      throw Caller.forbidden("a clerk receives dossiers for unit " + caller.unitCode() + " only");
    }
    dossiers.lockCode(request.code());
    Instant now = clock.instant();
    var existing = dossiers.findByCode(request.code());
    if (existing.isPresent()) {
      Dossier stored = existing.get();
      if (!caller.maySee(unitsOf(stored))) {
        // Codes are unique in the province, so the code must be refused; the answer says only
        // that, the same whatever the other dossier holds (docs/security.md "What a caller outside
        // a dossier learns").
        throw ProblemException.conflict(
            "dossier code " + request.code() + " cannot be used; choose another code");
      }
      Applicant applicant = dossiers.applicant(stored.id);
      // Personal data is compared only for a caller who may read it in full: for the others the
      // 200-or-409 answer would confirm or deny a guessed ID number behind its mask.
      List<String> differing =
          IntakeComparison.differingFields(
              stored, applicant, request, caller.seesPersonalData(stored.holdingUnitCode));
      if (!differing.isEmpty()) {
        throw new ProblemException(
            Problem.of(
                    ProblemType.IDEMPOTENCY_MISMATCH,
                    "dossier "
                        + request.code()
                        + " was already received with different "
                        + String.join(", ", differing))
                .with("differingFields", differing));
      }
      return new Written(view(stored, applicant), false);
    }
    Intake intake = checks.intake(request, source, now);
    Dossier dossier = new Dossier(intake, now);
    dossier.receivedBy(caller.actor());
    DeadlineContext ctx = settlement.context();
    dossier.replay(List.of(), ctx);
    dossier.updatedAt = now;
    Settlement.Batch batch = settlement.begin();
    Settlement.Prepared prepared = batch.prepare(dossier, ctx);
    // Written as the sync writes new dossiers (DossierCopy), not as managed entities: the flush of
    // a new dossier, its steps and applicant was the largest part of an intake's CPU.
    dossier.id = dossiers.nextId(dossier);
    DossierCopy rows = new DossierCopy();
    rows.add(dossier);
    batch.settleNew(dossier, prepared, ctx);
    Applicant applicant = Applicant.of(dossier.id, request.applicant());
    rows.add(applicant);
    dossiers.copy(rows);
    batch.write();
    return new Written(view(dossier, applicant, List.of(), ctx.calendar()), true);
  }

  /**
   * Records an event. It is placed in time order among the events already recorded and the whole
   * history is replayed; an event that the history does not allow is a 409. Sending the same event
   * again changes nothing.
   */
  @Transactional
  public Written record(String code, EventRequest request, Source source, Long expectedVersion) {
    Dossier dossier =
        dossiers.lockByCode(code).orElseThrow(() -> ProblemException.notFound("dossier", code));
    if (!caller.maySee(unitsOf(dossier))) {
      throw ProblemException.notFound("dossier", code);
    }
    if (!caller.mayChange(unitsOf(dossier))) {
      throw Caller.forbidden("only the clerks and officers of the units handling it record events");
    }
    Versions.check("dossier " + code, dossier.version, expectedVersion);
    Instant now = clock.instant();
    EventRecord event = checks.event(request, dossier.receivedAt, now);
    List<DossierEvent> history = dossiers.events(dossier.id);
    if (history.stream().anyMatch(h -> h.sameAs(event))) {
      return new Written(
          view(dossier, dossiers.applicant(dossier.id), history, calendars.calendar()), false);
    }
    DeadlineContext ctx = settlement.context();
    ResolutionFact before = dossier.resolutionFact();
    replayWith(dossier, history, event, ctx);
    dossier.updatedAt = now;
    DossierEvent recorded = new DossierEvent(dossier.id, event, now, source, caller.actor());
    dossiers.persistEvent(recorded);
    Settlement.Batch batch = settlement.begin();
    batch.settle(dossier, before, ctx);
    batch.write();
    List<DossierEvent> trail = new ArrayList<>(history);
    trail.add(recorded);
    trail.sort(Comparator.comparing((DossierEvent e) -> e.occurredAt).thenComparing(e -> e.id));
    return new Written(view(dossier, dossiers.applicant(dossier.id), trail, ctx.calendar()), true);
  }

  /**
   * The merger of {@code merger}'s units has taken effect: each open dossier they hold passes to
   * the successor by a HANDED_OVER event at the start of the effective day, recorded with who
   * recorded the merger (or the service, when the daily job runs it). Deadlines stay as they were.
   * Answers how many dossiers passed.
   */
  int handOver(vn.dunghan.unit.UnitsMerged merger) {
    List<Dossier> open = dossiers.lockOpenHeldBy(merger.predecessorCodes());
    if (open.isEmpty()) {
      return 0;
    }
    Instant at = merger.effectiveOn().atStartOfDay(vn.dunghan.shared.TimeSource.ZONE).toInstant();
    String reason =
        "Sáp nhập "
            + String.join(", ", merger.predecessorCodes())
            + " vào "
            + merger.successorCode()
            + " từ ngày "
            + merger.effectiveOn()
            + ": "
            + merger.reason();
    EventRecord event =
        new EventRecord(
            EventType.HANDED_OVER, at, merger.successorCode(), null, reason, null, null);
    DeadlineContext ctx = settlement.context();
    Settlement.Batch batch = settlement.begin();
    Instant now = clock.instant();
    for (Dossier dossier : open) {
      ResolutionFact before = dossier.resolutionFact();
      replayWith(dossier, dossiers.events(dossier.id), event, ctx);
      dossier.updatedAt = now;
      dossiers.persistEvent(
          new DossierEvent(dossier.id, event, now, Source.SYSTEM, caller.actor()));
      batch.settle(dossier, before, ctx);
    }
    batch.write();
    return open.size();
  }

  /** Replays {@code history} with {@code added} in its place in time; 409 or 422 if impossible. */
  void replayWith(
      Dossier dossier, List<DossierEvent> history, EventRecord added, DeadlineContext ctx) {
    List<EventRecord> ordered = new ArrayList<>();
    boolean placed = false;
    for (DossierEvent e : history) {
      if (!placed && e.occurredAt.isAfter(added.at())) {
        ordered.add(added);
        placed = true;
      }
      ordered.add(e.toRecord());
    }
    if (!placed) {
      ordered.add(added);
    }
    DossierStatus before = dossier.status;
    try {
      dossier.replay(ordered, ctx);
    } catch (IllegalTransitionException e) {
      throw new ProblemException(
          Problem.of(
                  ProblemType.ILLEGAL_TRANSITION,
                  added.type()
                      + " at "
                      + DossierView.time(added.at())
                      + " is not possible: "
                      + e.getMessage())
              .with("currentStatus", before)
              .with("statusAtThatTime", e.status()));
    }
    // Checked on arrival only: a later calendar change may move the due date past it.
    if (added.type() == EventType.REAPPOINTED
        && !added.newAppointmentDate().isAfter(dossier.dueDate)) {
      throw ProblemException.invalid(
          "newAppointmentDate", "must be after the due date " + dossier.dueDate);
    }
  }

  /**
   * Gives up to {@code limit} dossiers written before the report counters existed their report
   * timeline and counter entries; answers how many it did. Replicas starting together share the
   * work: rows another one holds are skipped.
   */
  @Transactional
  public int backfillReport(int limit) {
    List<Dossier> earlier = dossiers.lockWithoutReportTimeline(limit);
    Settlement.Batch batch = settlement.begin();
    DeadlineContext ctx = settlement.context();
    for (Dossier dossier : earlier) {
      dossier.replay(
          dossiers.events(dossier.id).stream().map(DossierEvent::toRecord).toList(), ctx);
      batch.enterReport(dossier);
    }
    batch.write();
    return earlier.size();
  }

  /**
   * Replays up to {@code limit} dossiers written before the index's verdict was kept (V13), so that
   * they carry it; answers how many. The replay derives the same state as before otherwise.
   */
  @Transactional
  public int backfillIndexVerdicts(int limit) {
    List<Dossier> earlier = dossiers.lockNeedingIndexVerdict(limit);
    DeadlineContext ctx = settlement.context();
    for (Dossier dossier : earlier) {
      dossier.replay(
          dossiers.events(dossier.id).stream().map(DossierEvent::toRecord).toList(), ctx);
    }
    dossiers.flush();
    return earlier.size();
  }

  /**
   * The dossier as its applicant's own copy shows it, once the public lookup has checked that they
   * hold it (code and check): personal data masked, as to anyone outside the holding unit; no
   * token, so no access rule and no read recorded.
   */
  @Transactional
  public DossierView applicantsCopy(String code) {
    Dossier dossier =
        dossiers.findByCode(code).orElseThrow(() -> ProblemException.notFound("dossier", code));
    return fullView(dossier, false);
  }

  private DossierView fullView(Dossier dossier, boolean fullPersonalData) {
    return DossierView.of(
        dossier,
        dossiers.applicant(dossier.id),
        dossiers.events(dossier.id),
        assess(dossier, calendars.calendar(), today()),
        today(),
        fullPersonalData);
  }

  /**
   * The dossier as the caller may see it: another unit's is 404; personal data in full only for the
   * clerk or officer of the holding unit, and every such read is recorded.
   */
  @Transactional
  public DossierView get(String code) {
    Dossier dossier = visible(code);
    boolean full = caller.seesPersonalData(dossier.holdingUnitCode);
    if (full) {
      dossiers.recordPersonalDataRead(
          dossier.id,
          caller.name(),
          String.join(",", new java.util.TreeSet<>(caller.roles())),
          caller.unitCode(),
          clock.instant());
    }
    return fullView(dossier, full);
  }

  /**
   * The id, due date and appointment of the dossier {@code code} if the caller may see it; the same
   * 404 as {@link #get} otherwise. For reads beside the dossier (what the portal said of it).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Visible lookUp(String code) {
    Dossier dossier = visible(code);
    return new Visible(dossier.id, dossier.dueDate, dossier.appointmentDate, dossier.version);
  }

  /** What {@link #lookUp} answers. */
  public record Visible(long id, LocalDate dueDate, LocalDate appointmentDate, long version) {}

  /**
   * The dossier if it exists and the caller may see it; 404 otherwise (existence not confirmed).
   */
  private Dossier visible(String code) {
    Dossier dossier =
        dossiers.findByCode(code).orElseThrow(() -> ProblemException.notFound("dossier", code));
    if (!caller.maySee(unitsOf(dossier))) {
      throw ProblemException.notFound("dossier", code);
    }
    return dossier;
  }

  /** The units a dossier involves: received by, handled by, held by, and each step's. */
  private static java.util.Set<String> unitsOf(Dossier dossier) {
    java.util.Set<String> units = new java.util.HashSet<>();
    units.add(dossier.receivingUnitCode);
    units.add(dossier.handlingUnitCode);
    units.add(dossier.holdingUnitCode);
    for (Step step : dossier.steps) {
      units.add(step.unitCode());
    }
    return units;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<DossierSummary> list(DossierFilter requested, PageRequest paging) {
    DossierFilter filter = scoped(requested);
    WorkingCalendar calendar = calendars.calendar();
    LocalDate today = today();
    LocalDate soonLimit = SlaPolicy.dueSoonLimit(today, slaConfig.dueSoonWorkingDays(), calendar);
    PanacheQuery<Dossier> query =
        dossiers.search(filter, today, soonLimit).page(paging.page(), paging.size());
    List<DossierSummary> items =
        query.list().stream().map(d -> summary(d, calendar, today)).toList();
    return new Page<>(items, paging.page(), paging.size(), query.count());
  }

  /**
   * The list limited to what the caller may see: clerks and officers their unit's dossiers, heads
   * those of their unit and the units below it; the province and auditors everything.
   */
  private DossierFilter scoped(DossierFilter filter) {
    if (caller.readsEverything()) {
      return filter;
    }
    String unit = caller.figuresScope(filter.unitCode());
    if (caller.has(vn.dunghan.shared.Roles.HEAD)) {
      String path = caller.ownPath();
      return filter.unitCode() == null ? filter.forUnit(null).within(path) : filter.forUnit(unit);
    }
    if (!unit.equals(caller.unitCode())) {
      throw vn.dunghan.access.Caller.forbidden(
          "clerks and officers list the dossiers of unit " + caller.unitCode() + " only");
    }
    return filter.forUnit(unit);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public DossierDeadline.Explanation deadline(String code) {
    Dossier dossier = visible(code);
    List<EventRecord> history =
        dossiers.events(dossier.id).stream().map(DossierEvent::toRecord).toList();
    DeadlineContext ctx = settlement.context();
    return DossierDeadline.explain(dossier.replayedCopy(history, ctx), ctx.calendar());
  }

  private DossierView view(Dossier dossier, Applicant applicant) {
    return view(dossier, applicant, dossiers.events(dossier.id), calendars.calendar());
  }

  /** The view from what the caller already holds: no second read of the trail or the calendar. */
  private DossierView view(
      Dossier dossier, Applicant applicant, List<DossierEvent> events, WorkingCalendar calendar) {
    return DossierView.of(dossier, applicant, events, assess(dossier, calendar, today()), today());
  }

  private DossierSummary summary(Dossier d, WorkingCalendar calendar, LocalDate today) {
    return new DossierSummary(
        d.code,
        d.procedureCode,
        d.fieldCode,
        d.level,
        d.handlingUnitCode,
        d.holdingUnitCode,
        d.channel,
        DossierView.time(d.receivedAt),
        d.status,
        d.dueDate,
        d.appointmentDate,
        DossierView.time(d.resolvedAt),
        d.timeliness,
        assess(d, calendar, today).state());
  }

  SlaPolicy.Assessment assess(Dossier d, WorkingCalendar calendar, LocalDate today) {
    return settlement.assess(d, calendar, today);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
