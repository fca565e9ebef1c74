package vn.dunghan.sla;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.schedule.CalendarService;
import vn.dunghan.notify.Contacts;
import vn.dunghan.notify.EscalationPolicy;
import vn.dunghan.notify.Notice;
import vn.dunghan.notify.NotifyConfig;
import vn.dunghan.notify.Outbox;
import vn.dunghan.shared.SqlValues;

/**
 * Moves open dossiers to DUE_SOON and OVERDUE as days pass and escalates them. It only reads the
 * dossiers whose state can have changed (by the due date and the next escalation day, both
 * indexed), in bounded batches, each in its own transaction with the notifications it decides; a
 * dossier that fails is counted and skipped, the others go on.
 */
@ApplicationScoped
public class SlaMonitor {

  private static final Logger LOG = Logger.getLogger(SlaMonitor.class);

  private final EntityManager em;
  private final CalendarService calendars;
  private final SlaConfig slaConfig;
  private final NotifyConfig notifyConfig;
  private final Contacts contacts;
  private final Outbox outbox;
  private final SlaGauges gauges;
  private final Clock clock;
  private final jakarta.enterprise.event.Event<DossiersBecameOverdue> becameOverdue;

  SlaMonitor(
      EntityManager em,
      CalendarService calendars,
      SlaConfig slaConfig,
      NotifyConfig notifyConfig,
      Contacts contacts,
      Outbox outbox,
      SlaGauges gauges,
      Clock clock,
      jakarta.enterprise.event.Event<DossiersBecameOverdue> becameOverdue) {
    this.becameOverdue = becameOverdue;
    this.em = em;
    this.calendars = calendars;
    this.slaConfig = slaConfig;
    this.notifyConfig = notifyConfig;
    this.contacts = contacts;
    this.outbox = outbox;
    this.gauges = gauges;
    this.clock = clock;
  }

  /** What a scan did. */
  public record ScanResult(int evaluated, int changed, int failed) {}

  public ScanResult scan() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    WorkingCalendar calendar = calendars.calendar();
    LocalDate soon = SlaPolicy.dueSoonLimit(today, slaConfig.dueSoonWorkingDays(), calendar);
    Set<Long> failed = new HashSet<>();
    int evaluated = 0;
    int changed = 0;
    while (true) {
      LocalDate soonLimit = soon;
      int[] counts =
          QuarkusTransaction.requiringNew()
              .call(() -> batch(today, soonLimit, now, calendar, failed));
      evaluated += counts[0];
      changed += counts[1];
      if (counts[0] == 0) {
        break; // the changed ones no longer match and the failed ones are excluded
      }
    }
    if (!failed.isEmpty()) {
      LOG.warnf("sla-scan: %d dossiers failed and were skipped: %s", failed.size(), failed);
    }
    gauges.scanned();
    return new ScanResult(evaluated, changed, failed.size());
  }

  /** One batch: {evaluated, changed, failed in this batch}. */
  private int[] batch(
      LocalDate today, LocalDate soon, Instant now, WorkingCalendar calendar, Set<Long> failed) {
    List<WatchedDossier> candidates = candidates(today, soon, failed);
    int changedCount = 0;
    int failedCount = 0;
    List<Notice> notices = new ArrayList<>();
    List<Long> late = new ArrayList<>();
    for (WatchedDossier c : candidates) {
      try {
        Decision d = decide(c, today, calendar);
        notices.addAll(evaluate(c, d, today));
        if (d.becameOverdue()) {
          late.add(c.id());
        }
        changedCount++;
      } catch (RuntimeException e) {
        LOG.errorf(e, "sla-scan: dossier %s failed", c.code());
        failed.add(c.id());
        failedCount++;
      }
    }
    outbox.enqueue(notices, now);
    if (!late.isEmpty()) {
      becameOverdue.fire(new DossiersBecameOverdue(late));
    }
    return new int[] {candidates.size(), changedCount, failedCount};
  }

  /**
   * What the escalation policy decides for an open, running dossier today: its SLA assessment, the
   * notices to send, and what to remember (the state acted on, the escalation level and the day of
   * the next escalation). Used by the scan and by every event write.
   */
  public record Decision(
      SlaPolicy.Assessment assessment,
      List<Notice> notices,
      String notifiedState,
      int escalationLevel,
      LocalDate nextEscalationOn,
      long dossierId,
      boolean becameOverdue) {

    /** The same decision for a dossier that now has its id (decided before its first insert). */
    public Decision forDossier(long id) {
      List<Notice> keyed = new ArrayList<>(notices.size());
      for (Notice n : notices) {
        keyed.add(
            new Notice(
                id,
                n.dossierCode(),
                n.procedureCode(),
                n.stage(),
                n.unit(),
                n.dueDate(),
                n.overdueWorkingDays(),
                n.holder(),
                n.handlerName()));
      }
      return new Decision(
          assessment, keyed, notifiedState, escalationLevel, nextEscalationOn, id, becameOverdue);
    }
  }

  /** What the escalation policy decides for {@code d} today. */
  public Decision decide(WatchedDossier d, LocalDate today, WorkingCalendar calendar) {
    long dossierId = d.id();
    String code = d.code();
    String procedureCode = d.procedureCode();
    String holdingUnitCode = d.holdingUnitCode();
    LocalDate dueDate = d.dueDate();
    String notifiedState = d.notifiedState();
    int escalationLevel = d.escalationLevel();
    int n = notifyConfig.escalateAfterWorkingDays();
    SlaPolicy.Assessment a =
        SlaPolicy.assess(
            SlaPolicy.Phase.RUNNING,
            null,
            dueDate,
            today,
            slaConfig.dueSoonWorkingDays(),
            calendar);
    boolean overdue = a.state() == SlaState.OVERDUE;
    boolean watched = overdue || a.state() == SlaState.DUE_SOON;
    List<Notice> notices = new ArrayList<>();
    if (watched) {
      List<vn.dunghan.notify.UnitContact> chain = contacts.chain(holdingUnitCode, today);
      vn.dunghan.notify.UnitContact holder = chain.isEmpty() ? null : chain.get(0);
      for (EscalationPolicy.Target t :
          EscalationPolicy.targets(
              notifiedState, a.state().name(), a.overdueWorkingDays(), escalationLevel, n, chain)) {
        notices.add(
            new Notice(
                dossierId,
                code,
                procedureCode,
                t.stage(),
                t.unit(),
                dueDate,
                a.overdueWorkingDays(),
                holder,
                d.handlerName()));
      }
    }
    int level = overdue ? EscalationPolicy.level(a.overdueWorkingDays(), n) : escalationLevel;
    LocalDate next =
        overdue
            ? calendar.addWorkingDays(dueDate, BigDecimal.valueOf((long) (level + 1) * n + 1))
            : null;
    return new Decision(
        a,
        notices,
        watched ? a.state().name() : notifiedState,
        level,
        next,
        dossierId,
        overdue && !SlaState.OVERDUE.name().equals(notifiedState));
  }

  /** Writes the notices of these decisions into the outbox, in the caller's transaction. */
  public void enqueue(List<Decision> decisions) {
    List<Notice> notices = new ArrayList<>();
    List<Long> late = new ArrayList<>();
    for (Decision d : decisions) {
      notices.addAll(d.notices());
      if (d.becameOverdue()) {
        late.add(d.dossierId());
      }
    }
    if (!notices.isEmpty()) {
      outbox.enqueue(notices, clock.instant());
    }
    if (!late.isEmpty()) {
      becameOverdue.fire(new DossiersBecameOverdue(late));
    }
  }

  private List<Notice> evaluate(WatchedDossier c, Decision d, LocalDate today) {
    SlaPolicy.Assessment a = d.assessment();
    em.createNativeQuery(
            "update dossier set sla_state = :state, sla_evaluated_on = :today,"
                + " remaining_working_days = :remaining, overdue_working_days = :overdue,"
                + " notified_state = :notified, escalation_level = :level,"
                + " next_escalation_on = :next where id = :id and status = 'IN_PROGRESS'")
        .setParameter("state", a.state().name())
        .setParameter("today", Date.valueOf(today))
        .setParameter("remaining", a.remainingWorkingDays())
        .setParameter("overdue", a.overdueWorkingDays())
        .setParameter("notified", d.notifiedState())
        .setParameter("level", d.escalationLevel())
        .setParameter(
            "next", d.nextEscalationOn() == null ? null : Date.valueOf(d.nextEscalationOn()))
        .setParameter("id", c.id())
        .executeUpdate();
    return d.notices();
  }

  private List<WatchedDossier> candidates(LocalDate today, LocalDate soon, Set<Long> failed) {
    String skip =
        failed.isEmpty()
            ? ""
            : " and not (id = any(cast(string_to_array(:failed, ',') as bigint[])))";
    var query =
        em.createNativeQuery(
                "select id, code, procedure_code, holding_unit_code, due_date, notified_state,"
                    + " escalation_level, (select s.officer_name from dossier_step s"
                    + " where s.dossier_id = dossier.id order by s.ordinal desc limit 1)"
                    + " from dossier where status = 'IN_PROGRESS' and ("
                    + " (notified_state is null and due_date <= :soon)"
                    + " or (notified_state = 'DUE_SOON' and due_date < :today)"
                    + " or (notified_state = 'OVERDUE' and next_escalation_on <= :today))"
                    // The same three cases as ranges over their own partial indexes (V10): the
                    // planner cannot tell from the OR above how few rows match, and walked every
                    // open dossier past due instead. The full condition stays above so that a row
                    // changed by another replica is checked again once locked.
                    + " and id in (select id from dossier where status = 'IN_PROGRESS'"
                    + " and notified_state is null and due_date <= :soon"
                    + " union all select id from dossier where status = 'IN_PROGRESS'"
                    + " and notified_state = 'DUE_SOON' and due_date < :today"
                    + " union all select id from dossier where status = 'IN_PROGRESS'"
                    + " and notified_state = 'OVERDUE' and next_escalation_on <= :today)"
                    + skip
                    + " order by due_date limit :limit for update skip locked")
            .setParameter("soon", Date.valueOf(soon))
            .setParameter("today", Date.valueOf(today))
            .setParameter("limit", notifyConfig.scanBatchSize());
    if (!failed.isEmpty()) {
      query.setParameter(
          "failed", failed.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<WatchedDossier> candidates = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      candidates.add(
          new WatchedDossier(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              SqlValues.localDate(r[4]),
              (String) r[5],
              ((Number) r[6]).intValue(),
              (String) r[7]));
    }
    return candidates;
  }
}
