package vn.dunghan.dossier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dunghan.procedure.ProcessingUnit;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.sla.IndexPolicy;
import vn.dunghan.sla.Overrun;
import vn.dunghan.sla.ResolutionFact;
import vn.dunghan.sla.SlaPolicy;
import vn.dunghan.sla.SlaState;
import vn.dunghan.sla.Timeliness;
import vn.dunghan.sla.TimelinessPolicy;
import vn.dunghan.sla.WatchedDossier;

/**
 * The dossier aggregate. What was received is fixed at intake; everything else (status, clock, due
 * date, steps, flags) is derived by replaying the events in time order through the transition
 * methods below, so a late or out-of-order event simply means replaying again.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
  @SequenceGenerator(name = "dossier_seq", sequenceName = "dossier_seq", allocationSize = 50)
  Long id;

  // What was received: never changes.
  String code;
  String procedureCode;
  String fieldCode;

  @Enumerated(EnumType.STRING)
  vn.dunghan.unit.Level level;

  String receivingUnitCode;
  String handlingUnitCode;

  @Enumerated(EnumType.STRING)
  Channel channel;

  @Enumerated(EnumType.STRING)
  Source source;

  Instant receivedAt;
  LocalDate receivedOn;
  BigDecimal prescribedAmount;

  @Enumerated(EnumType.STRING)
  ProcessingUnit prescribedUnit;

  LocalTime sameDayCutoff;

  // Who received it (the caller's token at intake).
  String receivedBy;
  String receivedByName;
  String receivedByRoles;
  String receivedByUnit;

  // Derived from the history.
  @Enumerated(EnumType.STRING)
  DossierStatus status;

  String holdingUnitCode;
  Instant clockStartedAt;
  LocalDate clockStartedOn;
  int clockRestarts;
  int pausedWorkingDays;
  LocalDate pausedSince;
  LocalDate dueDate;
  Instant dueAt;
  LocalDate appointmentDate;
  boolean reappointed;
  Instant resolvedAt;

  @Enumerated(EnumType.STRING)
  Outcome outcome;

  @Enumerated(EnumType.STRING)
  Timeliness timeliness;

  Instant returnedAt;
  Instant closedAt;
  String flags;
  Instant lastEventAt;
  String resolvingUnitCode;

  // Decision 766 indicator 2.1's own verdict (IndexPolicy): the appointment the applicant holds,
  // the
  // supplement requests made, and once processing has ended for the index, its verdict.
  LocalDate indexAppointment;
  int supplementRequests;

  @Enumerated(EnumType.STRING)
  IndexPolicy.Verdict indexVerdict;

  LocalDate indexEffectiveEnd;
  String indexReason;

  @jakarta.persistence.Transient private List<IndexPolicy.Wait> waits = new ArrayList<>();

  @jakarta.persistence.Transient private Instant openRequestAt;
  @jakarta.persistence.Transient private LocalDate indexClockStartedOn;
  @jakarta.persistence.Transient private int indexPausedDays;

  // SLA snapshot as of the last change (SlaPolicy), with the unit that answers for the dossier.
  @Enumerated(EnumType.STRING)
  SlaState slaState;

  LocalDate slaEvaluatedOn;
  Integer remainingWorkingDays;
  Integer overdueWorkingDays;

  // What the escalation scan last acted on (SlaMonitor); reset when the dossier is on track again.
  String notifiedState;
  int escalationLevel;
  LocalDate nextEscalationOn;

  // The report stages day by day as last written to the report counters (ReportTimeline).
  String reportTimeline;

  @jakarta.persistence.Transient private ReportTimeline.Builder timeline;

  // What the last replay met on the way, for the deadline explanation: supplement waits
  // (requested -> received, the open one last) and suspensions (suspended -> resumed).
  @jakarta.persistence.Transient
  private List<DossierDeadline.Interval> supplements = new ArrayList<>();

  @jakarta.persistence.Transient
  private List<DossierDeadline.Interval> suspensions = new ArrayList<>();

  @jakarta.persistence.Transient private LocalDate supplementRequestedOn;

  @jakarta.persistence.ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "dossier_step", joinColumns = @JoinColumn(name = "dossier_id"))
  @OrderColumn(name = "ordinal")
  List<Step> steps = new ArrayList<>();

  @Version long version;
  Instant createdAt;
  Instant updatedAt;

  protected Dossier() {}

  Dossier(Intake intake, Instant now) {
    this.code = intake.code();
    this.procedureCode = intake.procedureCode();
    this.fieldCode = intake.fieldCode();
    this.level = intake.level();
    this.receivingUnitCode = intake.receivingUnitCode();
    this.handlingUnitCode = intake.handlingUnitCode();
    this.channel = intake.channel();
    this.source = intake.source();
    this.receivedAt = intake.receivedAt();
    this.receivedOn = local(intake.receivedAt()).toLocalDate();
    this.prescribedAmount = intake.prescribedAmount();
    this.prescribedUnit = intake.prescribedUnit();
    this.sameDayCutoff = intake.sameDayCutoff();
    this.createdAt = now;
  }

  /** Records who received the dossier, from the caller's token. */
  void receivedBy(vn.dunghan.shared.Actor actor) {
    receivedBy = actor.subject();
    receivedByName = actor.name();
    receivedByRoles = actor.roles();
    receivedByUnit = actor.unit();
  }

  /** Derives everything from the receipt and {@code history} (in time order). */
  void replay(List<EventRecord> history, DeadlineContext ctx) {
    start(ctx);
    for (EventRecord event : history) {
      apply(event, ctx);
    }
    judgeForIndex();
  }

  /**
   * The index's verdict once processing has ended for it (resolved, withdrawn, stopped, or a
   * supplement request left unanswered); none while it runs, since that depends on the day asked.
   */
  private void judgeForIndex() {
    IndexPolicy.Input input = indexInput();
    boolean ended = input.endedAt() != null || input.openRequestAt() != null;
    if (!ended) {
      indexVerdict = null;
      indexEffectiveEnd = null;
      indexReason = null;
      return;
    }
    IndexPolicy.Judgement j =
        IndexPolicy.judge(
            input,
            day(input.endedAt() != null ? input.endedAt() : input.openRequestAt()),
            TimeSource.ZONE);
    indexVerdict = j.verdict();
    indexEffectiveEnd = j.effectiveEnd();
    indexReason = j.reason();
  }

  /** What the index reads of this dossier as last replayed. */
  IndexPolicy.Input indexInput() {
    Instant ended = resolvedAt != null ? resolvedAt : closedAt;
    return new IndexPolicy.Input(
        indexAppointment,
        ended,
        List.copyOf(waits),
        ended == null ? openRequestAt : null,
        supplementRequests);
  }

  private void start(DeadlineContext ctx) {
    status = DossierStatus.IN_PROGRESS;
    holdingUnitCode = handlingUnitCode;
    clockStartedAt = receivedAt;
    clockStartedOn = ctx.effectiveReceipt(local(receivedAt), sameDayCutoff);
    clockRestarts = 0;
    pausedWorkingDays = 0;
    pausedSince = null;
    reappointed = false;
    resolvedAt = null;
    resolvingUnitCode = null;
    outcome = null;
    timeliness = null;
    returnedAt = null;
    closedAt = null;
    lastEventAt = null;
    flagSet(EnumSet.noneOf(Flag.class));
    schedule(ctx);
    appointmentDate = dueDate;
    steps.clear();
    Step first = new Step(handlingUnitCode, totalWorkingDays(), clockStartedOn);
    first.schedule(ctx);
    steps.add(first);
    timeline = ReportTimeline.builder().mark(receivedOn, ReportStage.RUNNING, dueDate);
    supplements = new ArrayList<>();
    suspensions = new ArrayList<>();
    supplementRequestedOn = null;
    waits = new ArrayList<>();
    openRequestAt = null;
    supplementRequests = 0;
    indexClockStartedOn = clockStartedOn;
    indexPausedDays = 0;
    indexAppointment = appointmentDate;
  }

  void apply(EventRecord e, DeadlineContext ctx) {
    switch (e.type()) {
      case TRANSFERRED:
        transfer(e.at(), e.toUnitCode(), e.allotment(), ctx);
        break;
      case SUPPLEMENT_REQUESTED:
        requestSupplement(e.at(), ctx);
        break;
      case SUPPLEMENT_RECEIVED:
        receiveSupplement(e.at(), ctx);
        break;
      case SUSPENDED:
        suspend(e.at());
        break;
      case RESUMED:
        resume(e.at(), ctx);
        break;
      case REAPPOINTED:
        reappoint(e.at(), e.newAppointmentDate());
        break;
      case RESOLVED:
        resolve(e.at(), e.outcome(), ctx);
        break;
      case RETURNED:
        returnResult(e.at());
        break;
      case WITHDRAWN:
        withdraw(e.at(), ctx);
        break;
      case REJECTED:
        reject(e.at(), ctx);
        break;
      case ASSIGNED:
        assign(e.at(), e.toUnitCode(), e.officer(), e.officerName());
        return; // who holds a step is not a report stage
      case HANDED_OVER:
        handOver(e.at(), e.toUnitCode(), ctx);
        break;
      default:
        return; // informational events change nothing
    }
    lastEventAt = e.at();
    timeline.mark(day(e.at()), reportStage(), dueDate);
  }

  /** The supplement waits of the last replay, an open one last (its end null). */
  List<DossierDeadline.Interval> supplementIntervals() {
    List<DossierDeadline.Interval> all = new ArrayList<>(supplements);
    if (supplementRequestedOn != null) {
      all.add(new DossierDeadline.Interval(supplementRequestedOn, null, null));
    }
    return all;
  }

  /** The suspensions of the last replay that have ended, with their working days. */
  List<DossierDeadline.Interval> suspensionIntervals() {
    return List.copyOf(suspensions);
  }

  /**
   * A copy of this dossier, not managed by Hibernate, replayed on {@code history}: for reads that
   * need what a replay records (the deadline explanation) without touching the stored row.
   */
  Dossier replayedCopy(List<EventRecord> history, DeadlineContext ctx) {
    Dossier copy =
        new Dossier(
            new Intake(
                code,
                procedureCode,
                fieldCode,
                level,
                receivingUnitCode,
                handlingUnitCode,
                channel,
                source,
                receivedAt,
                prescribedAmount,
                prescribedUnit,
                sameDayCutoff),
            createdAt);
    copy.id = id;
    copy.replay(history, ctx);
    return copy;
  }

  private ReportStage reportStage() {
    switch (status) {
      case IN_PROGRESS:
        return ReportStage.RUNNING;
      case AWAITING_SUPPLEMENT:
        return ReportStage.AWAITING_SUPPLEMENT;
      case SUSPENDED:
        return ReportStage.SUSPENDED;
      case WITHDRAWN:
        return ReportStage.WITHDRAWN;
      case REJECTED:
        return ReportStage.REJECTED;
      default: // resolved, and returned after it
        return timeliness == Timeliness.EARLY
            ? ReportStage.RESOLVED_EARLY
            : timeliness == Timeliness.ON_TIME
                ? ReportStage.RESOLVED_ON_TIME
                : ReportStage.RESOLVED_LATE;
    }
  }

  /**
   * Moves the stored report timeline to what the last replay derived and answers the change for the
   * report counters, or null when the report sees no change.
   */
  ReportMove moveReportTimeline() {
    ReportTimeline after = timeline.build();
    String encoded = after.encode();
    if (encoded.equals(reportTimeline)) {
      return null;
    }
    ReportTimeline before = reportTimeline == null ? null : ReportTimeline.decode(reportTimeline);
    reportTimeline = encoded;
    return new ReportMove(handlingUnitCode, fieldCode, channel == Channel.ONLINE, before, after);
  }

  /** Liên thông: the dossier moves to {@code toUnit}, a new step with its own deadline. */
  public void transfer(Instant at, String toUnit, BigDecimal allotment, DeadlineContext ctx) {
    require(EventType.TRANSFERRED, DossierStatus.IN_PROGRESS);
    LocalDate on = day(at);
    currentStep().complete(on, ctx);
    Step next = new Step(toUnit, allotment, on);
    next.schedule(ctx);
    steps.add(next);
    holdingUnitCode = toUnit;
  }

  /**
   * Puts an officer of {@code unit} on the step current at {@code at} (phân công xử lý): only an
   * officer of the unit holding the step, and only while the dossier is open.
   */
  void assign(Instant at, String unit, String officer, String officerName) {
    require(
        EventType.ASSIGNED,
        DossierStatus.IN_PROGRESS,
        DossierStatus.AWAITING_SUPPLEMENT,
        DossierStatus.SUSPENDED);
    Step step = currentStep();
    if (!step.unitCode().equals(unit)) {
      throw new IllegalTransitionException(
          status,
          EventType.ASSIGNED,
          "officer "
              + officer
              + " works for unit "
              + unit
              + ", but the step at that moment is held by unit "
              + step.unitCode());
    }
    step.assign(officer, officerName, day(at));
  }

  /**
   * The unit holding the dossier was merged into {@code successor}: the successor takes the step
   * over. The current step ends (its overrun so far stays charged to the merged unit) and a new one
   * starts with the working days the old one had left, so no deadline moves; the dossier's status
   * and due date are untouched (Resolution 202/2025/QH15 carries the merged units' duties over).
   */
  void handOver(Instant at, String successor, DeadlineContext ctx) {
    require(
        EventType.HANDED_OVER,
        DossierStatus.IN_PROGRESS,
        DossierStatus.AWAITING_SUPPLEMENT,
        DossierStatus.SUSPENDED);
    LocalDate on = day(at);
    Step current = currentStep();
    LocalDate stepDue = current.dueDate();
    current.complete(on, ctx);
    int left = stepDue.isAfter(on) ? ctx.workingDaysBetween(on, stepDue) : 0;
    Step next = new Step(successor, BigDecimal.valueOf(left).setScale(1), on);
    next.schedule(ctx);
    steps.add(next);
    holdingUnitCode = successor;
  }

  /**
   * The agency found the dossier incomplete during appraisal: the clock stops. Accepted at any time
   * but flagged after 3 working days from receipt (Decree 61/2018 art. 19(4)).
   */
  public void requestSupplement(Instant at, DeadlineContext ctx) {
    require(EventType.SUPPLEMENT_REQUESTED, DossierStatus.IN_PROGRESS);
    supplementRequestedOn = day(at);
    openRequestAt = at;
    supplementRequests++;
    LocalDate limit = ctx.addWorkingDays(clockStartedOn, BigDecimal.valueOf(3));
    if (day(at).isAfter(limit)) {
      addFlag(Flag.SUPPLEMENT_REQUEST_LATE);
    }
    status = DossierStatus.AWAITING_SUPPLEMENT;
  }

  /**
   * The complete dossier is back: the processing time is counted again from the beginning (Decree
   * 61/2018 art. 19(4)), and so is the current step's.
   */
  public void receiveSupplement(Instant at, DeadlineContext ctx) {
    require(EventType.SUPPLEMENT_RECEIVED, DossierStatus.AWAITING_SUPPLEMENT);
    supplements.add(new DossierDeadline.Interval(supplementRequestedOn, day(at), null));
    supplementRequestedOn = null;
    waits.add(new IndexPolicy.Wait(openRequestAt, at));
    openRequestAt = null;
    clockStartedAt = at;
    clockStartedOn = ctx.effectiveReceipt(local(at), null);
    clockRestarts++;
    pausedWorkingDays = 0;
    status = DossierStatus.IN_PROGRESS;
    schedule(ctx);
    if (!reappointed) {
      appointmentDate = dueDate;
    }
    currentStep().restart(clockStartedOn, ctx);
  }

  /**
   * A period the sector law excludes begins (land charges, expert assessment): the clock pauses.
   */
  public void suspend(Instant at) {
    require(EventType.SUSPENDED, DossierStatus.IN_PROGRESS);
    pausedSince = day(at);
    status = DossierStatus.SUSPENDED;
  }

  /** The excluded period ends; the due dates move by the working days it lasted. */
  public void resume(Instant at, DeadlineContext ctx) {
    require(EventType.RESUMED, DossierStatus.SUSPENDED);
    int counted = ctx.workingDaysBetween(pausedSince, day(at));
    suspensions.add(new DossierDeadline.Interval(pausedSince, day(at), counted));
    int paused = Math.max(0, counted);
    pausedWorkingDays += paused;
    indexPausedDays += paused;
    if (!reappointed) {
      // The appointment the applicant holds moves with an excluded period, not with a restart.
      indexAppointment =
          ctx.addWorkingDays(
              indexClockStartedOn, totalWorkingDays().add(BigDecimal.valueOf(indexPausedDays)));
    }
    pausedSince = null;
    status = DossierStatus.IN_PROGRESS;
    schedule(ctx);
    if (!reappointed) {
      appointmentDate = dueDate;
    }
    currentStep().pause(paused, ctx);
  }

  /**
   * Apology and new appointment for a dossier that will be late: at most once, due no later than 1
   * day before the due date (Decree 61/2018 art. 19(9)). It moves the appointment, never the due
   * date: the dossier still counts as late.
   */
  public void reappoint(Instant at, LocalDate newAppointmentDate) {
    require(EventType.REAPPOINTED, DossierStatus.IN_PROGRESS, DossierStatus.SUSPENDED);
    if (reappointed) {
      throw new IllegalTransitionException(
          status, EventType.REAPPOINTED, "a dossier may be re-appointed only once (art. 19(9))");
    }
    if (day(at).isAfter(dueDate.minusDays(1))) {
      addFlag(Flag.REAPPOINTMENT_LATE);
    }
    appointmentDate = newAppointmentDate;
    indexAppointment = newAppointmentDate;
    reappointed = true;
  }

  public void resolve(Instant at, Outcome decision, DeadlineContext ctx) {
    require(EventType.RESOLVED, DossierStatus.IN_PROGRESS);
    resolvedAt = at;
    resolvingUnitCode = holdingUnitCode;
    outcome = decision;
    timeliness =
        dueAt == null
            ? TimelinessPolicy.judge(day(at), dueDate)
            : TimelinessPolicy.judge(at, day(at), dueAt, dueDate);
    currentStep().complete(day(at), ctx);
    status = DossierStatus.RESOLVED;
  }

  /** The result is handed over (Decree 61/2018 art. 20). */
  public void returnResult(Instant at) {
    require(EventType.RETURNED, DossierStatus.RESOLVED);
    returnedAt = at;
    status = DossierStatus.RETURNED;
  }

  public void withdraw(Instant at, DeadlineContext ctx) {
    close(EventType.WITHDRAWN, at, DossierStatus.WITHDRAWN, ctx);
  }

  /** Refusal after appraisal (Decree 61/2018 art. 19(8)). */
  public void reject(Instant at, DeadlineContext ctx) {
    close(EventType.REJECTED, at, DossierStatus.REJECTED, ctx);
  }

  private void close(EventType type, Instant at, DossierStatus to, DeadlineContext ctx) {
    require(
        type,
        DossierStatus.IN_PROGRESS,
        DossierStatus.AWAITING_SUPPLEMENT,
        DossierStatus.SUSPENDED);
    closedAt = at;
    currentStep().complete(day(at), ctx);
    status = to;
  }

  private void require(EventType type, DossierStatus... allowed) {
    for (DossierStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new IllegalTransitionException(
        status, type, type + " is not allowed while the dossier is " + status);
  }

  /** The due date from the clock start, the prescribed time and the paused working days. */
  private void schedule(DeadlineContext ctx) {
    boolean inHours = prescribedUnit == ProcessingUnit.WORKING_HOURS;
    if (inHours || ctx.countInHours()) {
      BigDecimal prescribedHours =
          inHours ? prescribedAmount : prescribedAmount.multiply(BigDecimal.valueOf(8));
      BigDecimal hours = prescribedHours.add(BigDecimal.valueOf(8L * pausedWorkingDays));
      LocalDateTime due = ctx.addWorkingHours(local(clockStartedAt), hours);
      dueAt = due.atZone(TimeSource.ZONE).toInstant();
      dueDate = due.toLocalDate();
    } else {
      dueAt = null;
      dueDate =
          ctx.addWorkingDays(
              clockStartedOn, prescribedAmount.add(BigDecimal.valueOf(pausedWorkingDays)));
    }
  }

  /** The resolution as the on-time rates count it, or null while not resolved. */
  ResolutionFact resolutionFact() {
    if (timeliness == null) {
      return null;
    }
    return new ResolutionFact(
        day(resolvedAt), resolvingUnitCode, procedureCode, fieldCode, timeliness);
  }

  /**
   * Who caused the delay of a late dossier (Circular 01/2018 art. 13 indicator 2): every step that
   * overran its own deadline; if none did, the unit that held the dossier on its due date is
   * charged with the whole delay.
   */
  List<Overrun> overruns(DeadlineContext ctx) {
    List<Overrun> rows = new ArrayList<>();
    if (timeliness != Timeliness.LATE) {
      return rows;
    }
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Integer over = step.overrunWorkingDays();
      if (over != null && over > 0) {
        // Each officer answers for the days past the step's deadline they held it.
        for (Step.Share share : step.shares(step.dueDate(), step.completedOn(), ctx)) {
          rows.add(
              new Overrun(
                  i + 1, step.unitCode(), share.days(), false, share.officer(), share.name()));
        }
      }
    }
    if (rows.isEmpty()) {
      int holder = 0;
      for (int i = 0; i < steps.size(); i++) {
        if (!steps.get(i).startedOn().isAfter(dueDate)) {
          holder = i;
        }
      }
      int days = Math.max(1, ctx.workingDaysBetween(dueDate, day(resolvedAt)));
      Step.Holding officer = steps.get(holder).holderOn(dueDate);
      rows.add(
          new Overrun(
              holder + 1,
              steps.get(holder).unitCode(),
              days,
              true,
              officer == null ? null : officer.officer(),
              officer == null ? null : officer.name()));
    }
    return rows;
  }

  /** Stores the SLA state as assessed on {@code today}. */
  void snapshot(SlaPolicy.Assessment assessment, LocalDate today) {
    slaState = assessment.state();
    slaEvaluatedOn = today;
    remainingWorkingDays = assessment.remainingWorkingDays();
    overdueWorkingDays = assessment.overdueWorkingDays();
    if (assessment.state() == SlaState.ON_TRACK) {
      // A restarted or extended clock: the next approach to the deadline is watched afresh.
      notifiedState = null;
      escalationLevel = 0;
      nextEscalationOn = null;
    }
  }

  /** Remembers what the escalation policy acted on (SlaMonitor.Decision). */
  /** The small value the SLA side decides escalations from (id 0 before the first insert). */
  WatchedDossier watched() {
    return new WatchedDossier(
        id == null ? 0 : id,
        code,
        procedureCode,
        holdingUnitCode,
        dueDate,
        notifiedState,
        escalationLevel,
        steps.isEmpty() ? null : currentStep().officerName());
  }

  void escalated(String state, int level, LocalDate next) {
    notifiedState = state;
    escalationLevel = level;
    nextEscalationOn = next;
  }

  BigDecimal totalWorkingDays() {
    if (prescribedUnit == ProcessingUnit.WORKING_HOURS) {
      // Half-day precision is what steps are allotted in.
      return prescribedAmount
          .divide(BigDecimal.valueOf(4), 0, RoundingMode.CEILING)
          .divide(BigDecimal.valueOf(2));
    }
    return prescribedAmount;
  }

  Step currentStep() {
    return steps.get(steps.size() - 1);
  }

  private void addFlag(Flag flag) {
    Set<Flag> set = flagSet();
    set.add(flag);
    flagSet(set);
  }

  public Set<Flag> flagSet() {
    Set<Flag> set = EnumSet.noneOf(Flag.class);
    if (flags != null && !flags.isBlank()) {
      for (String f : flags.split(",")) {
        set.add(Flag.valueOf(f));
      }
    }
    return set;
  }

  private void flagSet(Set<Flag> set) {
    flags = set.isEmpty() ? null : String.join(",", set.stream().map(Enum::name).toList());
  }

  static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, TimeSource.ZONE);
  }

  static LocalDate day(Instant instant) {
    return local(instant).toLocalDate();
  }

  @Override
  public String toString() {
    return "Dossier[" + code + ", " + status + "]";
  }
}
