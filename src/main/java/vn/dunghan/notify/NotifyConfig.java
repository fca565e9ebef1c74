package vn.dunghan.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of escalation and delivery ({@code notify.*}). */
@ConfigMapping(prefix = "notify")
public interface NotifyConfig {

  /**
   * Overdue by more than this many working days: the head of the parent unit is told, and so on up.
   */
  @WithDefault("3")
  int escalateAfterWorkingDays();

  /** Delivery attempts before a notification is FAILED. */
  @WithDefault("6")
  int maxAttempts();

  /** Wait before the first retry; each further retry waits twice as long. */
  @WithDefault("PT2M")
  Duration firstRetryAfter();

  /** Notifications sent per dispatch transaction. */
  @WithDefault("50")
  int dispatchBatchSize();

  /** Dossiers evaluated per scan transaction. */
  @WithDefault("500")
  int scanBatchSize();

  /** Only send during working hours on working days (the calendar decides). */
  @WithDefault("true")
  boolean workingHoursOnly();

  /** Where links in messages point: the staff's dossier page of this service (/ho-so/{code}). */
  @WithDefault("http://localhost:8080/ho-so/")
  String dossierLinkBase();

  /** Key of the HMAC-SHA256 signature on webhooks; webhooks are not sent without it. */
  Optional<String> webhookSecret();

  /** Sender address of the emails. */
  @WithDefault("dung-han@localhost")
  String mailFrom();
}
