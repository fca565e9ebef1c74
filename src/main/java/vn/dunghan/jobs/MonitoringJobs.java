package vn.dunghan.jobs;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.dunghan.notify.DailyDigest;
import vn.dunghan.notify.Dispatcher;
import vn.dunghan.portal.PortalPusher;
import vn.dunghan.report.ReportService;
import vn.dunghan.sla.SlaMonitor;

/**
 * The scheduled jobs (Quartz, JDBC store, clustered: each fires on one replica). A job only calls a
 * service; a run still going when the next is due is skipped. Cron expressions come from {@code
 * dunghan.jobs.*}; "off" disables one.
 */
@ApplicationScoped
public class MonitoringJobs {

  /** The names operators and {@code POST /api/v1/admin/jobs/{name}/run} know the jobs by. */
  public static final Set<String> NAMES =
      Set.of(
          "sla-scan",
          "escalation",
          "dispatch",
          "daily-digest",
          "report-snapshot",
          "portal-push",
          "portal-reconcile",
          "index-rebuild",
          "unit-versions");

  private static final Logger LOG = Logger.getLogger(MonitoringJobs.class);

  private final SlaMonitor monitor;
  private final Dispatcher dispatcher;
  private final DailyDigest digest;
  private final ReportService reports;
  private final PortalPusher portal;
  private final vn.dunghan.indicators.IndexLedger index;
  private final vn.dunghan.unit.UnitVersions unitVersions;

  MonitoringJobs(
      vn.dunghan.unit.UnitVersions unitVersions,
      SlaMonitor monitor,
      Dispatcher dispatcher,
      DailyDigest digest,
      ReportService reports,
      PortalPusher portal,
      vn.dunghan.indicators.IndexLedger index) {
    this.index = index;
    this.unitVersions = unitVersions;
    this.monitor = monitor;
    this.dispatcher = dispatcher;
    this.digest = digest;
    this.reports = reports;
    this.portal = portal;
  }

  /** Pushes the dossier changes waiting in the outbox to the national portal (dvcqg.*). */
  @Scheduled(
      identity = "portal-push",
      cron = "${dunghan.jobs.portal-push}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledPortalPush() {
    portal.push();
  }

  /** Puts back in the outbox every dossier whose latest change the portal has not acknowledged. */
  @Scheduled(
      identity = "portal-reconcile",
      cron = "${dunghan.jobs.portal-reconcile}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledPortalReconcile() {
    LOG.infof("portal-reconcile: %d dossiers to push again", portal.reconcile());
  }

  /** The day after a report window closes, its figures are frozen (report.* settings). */
  @Scheduled(
      identity = "report-snapshot",
      cron = "${dunghan.jobs.report-snapshot}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledSnapshots() {
    LOG.infof("report-snapshot: %s", reports.freezeClosedPeriods());
  }

  /**
   * Just after midnight: unit versions dated today come into force and the open dossiers of units
   * merged from today pass to their successors.
   */
  @Scheduled(
      identity = "unit-versions",
      cron = "${dunghan.jobs.unit-versions}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledUnitVersions() {
    LOG.infof("unit-versions: %s", unitVersions());
  }

  private Map<String, Object> unitVersions() {
    Map<String, Object> done = new LinkedHashMap<>();
    done.put("unitsMoved", unitVersions.applyToday());
    done.put("mergersHandedOver", unitVersions.handOverDue());
    return done;
  }

  @Scheduled(
      identity = "daily-digest",
      cron = "${dunghan.jobs.daily-digest}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledDigest() {
    LOG.infof("daily-digest: %s", digest.run());
  }

  @Scheduled(
      identity = "sla-scan",
      cron = "${dunghan.jobs.sla-scan}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledScan() {
    LOG.infof("sla-scan: %s", monitor.scan());
  }

  @Scheduled(
      identity = "dispatch",
      cron = "${dunghan.jobs.dispatch}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledDispatch() {
    Dispatcher.DispatchResult result = dispatcher.dispatch();
    if (result.sent() + result.retried() + result.failed() > 0) {
      LOG.infof("dispatch: %s", result);
    }
  }

  /**
   * Runs a job now and answers what it did. The escalation stages are decided by the SLA scan, in
   * the transaction that moves the state, so "escalation" runs the scan.
   */
  public Map<String, Object> run(String name) {
    Map<String, Supplier<Object>> jobs = new LinkedHashMap<>();
    jobs.put("sla-scan", () -> monitor.scan());
    jobs.put("escalation", () -> monitor.scan());
    jobs.put("dispatch", dispatcher::dispatch);
    jobs.put("daily-digest", digest::run);
    jobs.put("report-snapshot", reports::freezeClosedPeriods);
    jobs.put("portal-push", portal::push);
    jobs.put("portal-reconcile", portal::reconcile);
    // By hand only: after a procedure's Decision 766 flags change, or for dossiers written before.
    jobs.put("index-rebuild", index::rebuild);
    jobs.put("unit-versions", this::unitVersions);
    Supplier<Object> job = jobs.get(name);
    if (job == null) {
      return null;
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("job", name);
    answer.put("result", job.get());
    return answer;
  }
}
