package vn.dunghan.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.WorkingHours;
import vn.dunghan.calendar.schedule.CalendarConfig;
import vn.dunghan.calendar.schedule.CalendarService;
import vn.dunghan.shared.ShutdownSignal;
import vn.dunghan.shared.SqlValues;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.shared.problem.DatabaseUnavailable;

/**
 * Sends what the outbox holds. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} and a lease, so
 * replicas share the work without sending anything twice; a failure is recorded and retried with
 * doubling waits (at most {@code notify.max-retry-wait} apart), and a notification is FAILED only
 * once it has had {@code notify.max-attempts} attempts and {@code notify.retry-for} has passed
 * since its first: an outage shorter than that loses nothing. One bad recipient never holds up the
 * others, and a destination that does not answer (the mail server, the SMS gateway, a webhook
 * receiver) is not tried again in the same run: a server that hangs costs one timeout per run, not
 * one per message, and the other destinations go on.
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

  /**
   * Destinations that did not answer in this run: channels (mail, SMS) and the origins ({@code
   * scheme://host:port}) of webhook URLs, since the units' webhooks often share one receiver.
   */
  private record Unanswered(Set<String> channels, Set<String> origins) {}

  /** The origin of a URL, the same in Java and in PostgreSQL's {@code substring(... from ...)}. */
  private static final Pattern ORIGIN = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]+");

  static String origin(String url) {
    Matcher m = ORIGIN.matcher(url);
    return m.find() ? m.group() : url;
  }

  public DispatchResult dispatch() {
    Instant started = clock.instant();
    if (config.workingHoursOnly() && !workingTime(started)) {
      return new DispatchResult(0, 0, 0, true);
    }
    int[] totals = new int[3];
    int limit = config.dispatchBatchSize() * 20;
    Unanswered unanswered = new Unanswered(new HashSet<>(), new HashSet<>());
    // Stopping: end between two sends, so shutdown never cuts one off after it went out.
    for (int i = 0; i < limit && !shutdown.stopping(); i++) {
      Integer outcome = sendOne(started, unanswered);
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
   * Claims one notification due when the run started (committed at once; each is tried at most once
   * a run), sends it with no transaction or connection held, then records the outcome. A database
   * that fails over between the send and the record is waited for ({@link #RECORD_FOR}) instead of
   * rolling the claim back, so the message is not sent a second time; a hanging SMTP server or
   * webhook holds no connection of the pool. The time of the send itself, not of the run's start,
   * is the lease's start, the attempt's time, the webhook's signed timestamp and the base of the
   * next wait: a run slowed by a server that hangs must not sign with a time receivers take for a
   * replay, nor take a lease that has already run out.
   *
   * @return 0 sent, 1 to retry, 2 failed for good; null when nothing is due
   */
  private Integer sendOne(Instant due, Unanswered unanswered) {
    Claimed claimed = QuarkusTransaction.requiringNew().call(() -> claim(due, unanswered));
    if (claimed == null) {
      return null;
    }
    Instant now = clock.instant();
    Failure failure = send(claimed, now);
    if (failure != null && failure.unanswered()) {
      if ("WEBHOOK".equals(claimed.channel())) {
        unanswered.origins().add(origin(claimed.recipient()));
      } else {
        unanswered.channels().add(claimed.channel());
      }
    }
    Instant giveUpAt = clock.instant().plus(RECORD_FOR);
    while (true) {
      try {
        return QuarkusTransaction.requiringNew().call(() -> record(claimed, failure, now));
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

  private Claimed claim(Instant due, Unanswered unanswered) {
    StringBuilder sql =
        new StringBuilder(
            "update notification set next_attempt_at = :until where id = (select id from"
                + " notification where status = 'PENDING' and next_attempt_at <= :due");
    if (!unanswered.channels().isEmpty()) {
      sql.append(" and channel not in (:channels)");
    }
    if (!unanswered.origins().isEmpty()) {
      sql.append(" and not (channel = 'WEBHOOK'")
          .append(" and substring(recipient from '" + ORIGIN.pattern() + "') in (:origins))");
    }
    sql.append(
        " order by next_attempt_at, id limit 1 for update skip locked)"
            + " returning id, channel, recipient, subject, body, attempts, dossier_code,"
            + " stage, unit_code");
    Query query =
        em.createNativeQuery(sql.toString())
            .setParameter("due", Timestamp.from(due))
            .setParameter("until", Timestamp.from(clock.instant().plus(CLAIM_FOR)));
    if (!unanswered.channels().isEmpty()) {
      query.setParameter("channels", unanswered.channels());
    }
    if (!unanswered.origins().isEmpty()) {
      query.setParameter("origins", unanswered.origins());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
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

  private int record(Claimed claimed, Failure failure, Instant now) {
    long id = claimed.id();
    int attempts = claimed.attempts() + 1;
    String error = failure == null ? null : failure.message();
    int outcome;
    if (error == null) {
      update(id, "SENT", attempts, now, null, now);
      metrics.sent();
      outcome = 0;
    } else if (attempts >= config.maxAttempts()
        && !now.isBefore(firstAttempt(id, now).plus(config.retryFor()))) {
      update(id, "FAILED", attempts, now, error, null);
      metrics.failed();
      outcome = 2;
    } else {
      update(id, "PENDING", attempts, now.plus(retryWait(attempts)), error, null);
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

  /** The wait after the {@code attempts}-th failed attempt: doubling, at most the maximum. */
  Duration retryWait(int attempts) {
    Duration wait = config.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(config.maxRetryWait()) > 0 ? config.maxRetryWait() : wait;
  }

  /** When the notification was first tried; {@code now} when this is its first attempt. */
  private Instant firstAttempt(long id, Instant now) {
    Object first =
        em.createNativeQuery(
                "select min(attempted_at) from notification_attempt where notification_id = :id")
            .setParameter("id", id)
            .getSingleResult();
    return first == null ? now : SqlValues.vietnamTime(first).toInstant();
  }

  /**
   * Why a send failed; {@code unanswered} when the destination could not be reached or did not
   * answer in time, so that the next message to it would most likely wait and fail the same way.
   */
  private record Failure(String message, boolean unanswered) {}

  /** Sends one notification; null when delivered. */
  private Failure send(Claimed n, Instant now) {
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
      return new Failure("interrupted", false);
    } catch (IOException e) {
      return failure(id, channel, e, true);
    } catch (Refused | RuntimeException e) {
      return failure(id, channel, e, false);
    }
  }

  private static Failure failure(long id, String channel, Exception e, boolean unanswered) {
    LOG.warnf("notification %d to %s failed: %s", id, channel, e.getMessage());
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new Failure(message.length() > 1900 ? message.substring(0, 1900) : message, unanswered);
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
