package vn.dunghan.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.WorkingHours;
import vn.dunghan.calendar.schedule.CalendarConfig;
import vn.dunghan.calendar.schedule.CalendarService;
import vn.dunghan.shared.ShutdownSignal;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.shared.problem.DatabaseUnavailable;

/**
 * Sends what the outbox holds. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} and a lease, so
 * replicas share the work without sending anything twice; a failure is recorded and retried with
 * doubling waits up to {@code notify.max-attempts}, then FAILED; one bad recipient never holds up
 * the others.
 */
@ApplicationScoped
public class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class);

  private final EntityManager em;
  private final MailSender mail;
  private final WebhookSender webhooks;
  private final SmsSender sms;
  private final NotifyConfig config;
  private final CalendarService calendars;
  private final CalendarConfig calendarConfig;
  private final NotificationMetrics metrics;
  private final ShutdownSignal shutdown;
  private final Clock clock;

  Dispatcher(
      EntityManager em,
      MailSender mail,
      WebhookSender webhooks,
      SmsSender sms,
      NotifyConfig config,
      CalendarService calendars,
      CalendarConfig calendarConfig,
      NotificationMetrics metrics,
      ShutdownSignal shutdown,
      Clock clock) {
    this.em = em;
    this.mail = mail;
    this.webhooks = webhooks;
    this.sms = sms;
    this.config = config;
    this.calendars = calendars;
    this.calendarConfig = calendarConfig;
    this.metrics = metrics;
    this.shutdown = shutdown;
    this.clock = clock;
  }

  /** What a dispatch run did; {@code outsideWorkingHours} when it sent nothing on purpose. */
  public record DispatchResult(int sent, int retried, int failed, boolean outsideWorkingHours) {}

  public DispatchResult dispatch() {
    Instant now = clock.instant();
    if (config.workingHoursOnly() && !workingTime(now)) {
      return new DispatchResult(0, 0, 0, true);
    }
    int[] totals = new int[3];
    int limit = config.dispatchBatchSize() * 20;
    // Stopping: end between two sends, so shutdown never cuts one off after it went out.
    for (int i = 0; i < limit && !shutdown.stopping(); i++) {
      Integer outcome = sendOne(now);
      if (outcome == null) {
        break;
      }
      totals[outcome]++;
    }
    return new DispatchResult(totals[0], totals[1], totals[2], false);
  }

  /**
   * How long a claimed notification stays out of every dispatcher's reach: long enough to send it
   * (the mailer's and the HTTP senders' timeouts) and to record the outcome across a failover
   * ({@link #RECORD_FOR}). Only a dispatcher that dies between the two leaves a claim to expire:
   * the message is then sent again, under the same Message-ID or notification id.
   */
  static final Duration CLAIM_FOR = Duration.ofMinutes(10);

  /** How long the outcome of a message that went out is kept trying while the database is away. */
  static final Duration RECORD_FOR = Duration.ofMinutes(2);

  /** A notification claimed for sending: the columns the senders need. */
  private record Claimed(
      long id,
      String channel,
      String recipient,
      String subject,
      String body,
      int attempts,
      String dossierCode,
      String stage,
      String unitCode) {}

  /**
   * Claims one due notification (committed at once), sends it with no transaction or connection
   * held, then records the outcome. A database that fails over between the send and the record is
   * waited for ({@link #RECORD_FOR}) instead of rolling the claim back, so the message is not sent
   * a second time; a hanging SMTP server or webhook holds no connection of the pool.
   *
   * @return 0 sent, 1 to retry, 2 failed for good; null when nothing is due
   */
  private Integer sendOne(Instant now) {
    Claimed claimed = QuarkusTransaction.requiringNew().call(() -> claim(now));
    if (claimed == null) {
      return null;
    }
    String error = send(claimed, now);
    Instant giveUpAt = clock.instant().plus(RECORD_FOR);
    while (true) {
      try {
        return QuarkusTransaction.requiringNew().call(() -> record(claimed, error, now));
      } catch (RuntimeException e) {
        if (!DatabaseUnavailable.is(e) || clock.instant().isAfter(giveUpAt)) {
          LOG.errorf(
              "the outcome of notification %d could not be recorded; it is sent again after %s",
              claimed.id(), CLAIM_FOR);
          throw e;
        }
        LOG.warnf("database unavailable; recording notification %d again in 1 s", claimed.id());
        pause();
      }
    }
  }

  private Claimed claim(Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "update notification set next_attempt_at = :until where id = (select id from"
                    + " notification where status = 'PENDING' and next_attempt_at <= :now"
                    + " order by next_attempt_at, id limit 1 for update skip locked)"
                    + " returning id, channel, recipient, subject, body, attempts, dossier_code,"
                    + " stage, unit_code")
            .setParameter("now", Timestamp.from(now))
            .setParameter("until", Timestamp.from(now.plus(CLAIM_FOR)))
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] r = rows.get(0);
    return new Claimed(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        ((Number) r[5]).intValue(),
        (String) r[6],
        (String) r[7],
        (String) r[8]);
  }

  private int record(Claimed claimed, String error, Instant now) {
    long id = claimed.id();
    int attempts = claimed.attempts() + 1;
    int outcome;
    if (error == null) {
      update(id, "SENT", attempts, now, null, now);
      metrics.sent();
      outcome = 0;
    } else if (attempts >= config.maxAttempts()) {
      update(id, "FAILED", attempts, now, error, null);
      metrics.failed();
      outcome = 2;
    } else {
      Duration wait = config.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
      update(id, "PENDING", attempts, now.plus(wait), error, null);
      metrics.retried();
      outcome = 1;
    }
    em.createNativeQuery(
            "insert into notification_attempt (notification_id, attempted_at, success, error)"
                + " values (:id, :at, :ok, :error)")
        .setParameter("id", id)
        .setParameter("at", Timestamp.from(now))
        .setParameter("ok", error == null)
        .setParameter("error", error)
        .executeUpdate();
    return outcome;
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the database was unavailable", e);
    }
  }

  /** Sends one notification; the error message, or null when delivered. */
  private String send(Claimed n, Instant now) {
    long id = n.id();
    String channel = n.channel();
    String recipient = n.recipient();
    try {
      if ("EMAIL".equals(channel)) {
        mail.send(id, recipient, n.subject(), n.body());
      } else if ("SMS".equals(channel)) {
        sms.send(id, recipient, n.body());
      } else {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("notificationId", id);
        payload.put("dossierCode", n.dossierCode());
        payload.put("stage", n.stage());
        payload.put("unitCode", n.unitCode());
        payload.put("subject", n.subject());
        payload.put("text", n.body());
        webhooks.send(id, recipient, payload, now);
      }
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } catch (Exception e) {
      LOG.warnf("notification %d to %s failed: %s", id, channel, e.getMessage());
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return message.length() > 1900 ? message.substring(0, 1900) : message;
    }
  }

  private void update(
      long id, String status, int attempts, Instant next, String error, Instant sentAt) {
    em.createNativeQuery(
            "update notification set status = :status, attempts = :attempts,"
                + " next_attempt_at = :next, last_error = :error, sent_at = :sent where id = :id")
        .setParameter("status", status)
        .setParameter("attempts", attempts)
        .setParameter("next", Timestamp.from(next))
        .setParameter("error", error)
        .setParameter("sent", sentAt == null ? null : Timestamp.from(sentAt))
        .setParameter("id", id)
        .executeUpdate();
  }

  /** Messages go out on working days during office hours only (the calendar decides). */
  private boolean workingTime(Instant now) {
    LocalDateTime local = LocalDateTime.ofInstant(now, TimeSource.ZONE);
    WorkingCalendar calendar = calendars.calendar();
    if (!calendar.isWorkingDay(local.toLocalDate())) {
      return false;
    }
    WorkingHours hours = calendarConfig.hours();
    return hours.ranges().stream()
        .anyMatch(
            r -> !local.toLocalTime().isBefore(r.start()) && local.toLocalTime().isBefore(r.end()));
  }
}
