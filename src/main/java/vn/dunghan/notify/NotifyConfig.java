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

  /**
   * Delivery attempts a notification gets at least before it is FAILED; it must also have been
   * retried for {@link #retryFor()}.
   */
  @WithDefault("6")
  int maxAttempts();

  /**
   * How long a notification is retried, from its first attempt, before it is FAILED: an outage of
   * the mail server, the SMS gateway or a webhook receiver shorter than this loses nothing.
   */
  @WithDefault("PT24H")
  Duration retryFor();

  /** Wait before the first retry; each further retry waits twice as long, up to the maximum. */
  @WithDefault("PT2M")
  Duration firstRetryAfter();

  /**
   * The longest wait between two attempts: once a server is back, what waited for it goes out
   * within this time.
   */
  @WithDefault("PT15M")
  Duration maxRetryWait();

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

  /** The SMS gateway of the province's brandname provider ({@code notify.sms.*}). */
  Sms sms();

  /**
   * An HTTP SMS gateway: brandname providers take a POST with an API key and the number, the text
   * and the brandname in a JSON or form body. The request is a template so that any provider's
   * shape can be written down without code.
   */
  interface Sms {

    /** The gateway's URL; without it no SMS is queued or sent. */
    Optional<String> url();

    /** {@code application/json} or {@code application/x-www-form-urlencoded}. */
    @WithDefault("application/json")
    String contentType();

    /**
     * The body, with {@code {to}}, {@code {text}}, {@code {brandname}} and {@code {id}} (the
     * notification's id, for the provider to drop repeats) replaced, each escaped for the content
     * type.
     */
    @WithDefault(
        "{\"to\":\"{to}\",\"brandname\":\"{brandname}\",\"message\":\"{text}\",\"requestId\":\"{id}\"}")
    String bodyTemplate();

    /** Headers of every request, e.g. {@code notify.sms.headers."X-Api-Key"=...}. */
    java.util.Map<String, String> headers();

    /** The sender name registered with the carriers. */
    @WithDefault("DUNGHAN")
    String brandname();

    /** Numbers as 84xxxxxxxxx (most gateways) rather than 0xxxxxxxxx. */
    @WithDefault("true")
    boolean international();

    /**
     * Texts without diacritics: carriers bill a Vietnamese text with diacritics as Unicode (70
     * characters a part instead of 160) and many brandname contracts forbid it.
     */
    @WithDefault("true")
    boolean ascii();
  }
}
