package vn.dunghan.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.SMTPException;
import io.vertx.ext.mail.StartTLSOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Sends a notification by email over SMTP, with the settings of Quarkus' mailer ({@code
 * quarkus.mailer.*}) and the notification's id in the header {@code X-DungHan-Notification-Id}.
 * Each message's {@code Message-ID} is derived from the notification's id, so the rare second
 * delivery (the database lost between the SMTP server's acceptance and the commit that records it)
 * reaches the mailbox as the same message, which mail servers and clients fold into one.
 *
 * <p>Not through Quarkus' {@link Mailer} outside mock mode: its blocking send gives up after {@code
 * quarkus.mailer.timeout}, but the SMTP session underneath goes on. A server that accepts
 * connections and never answers keeps every such session, and each holds one of the pool's {@code
 * max-pool-size} connections for good: after that many, every later mail waits for a connection
 * that never comes, even once the server is back, and a mail given up on can still go out later,
 * after its retry did. Here the session itself is bounded: a connection on which nothing was read
 * or written for {@code quarkus.mailer.timeout} is closed, so a send that failed has ended and
 * holds nothing. The Quarkus keys applied are those the README lists (host, port, username,
 * password, start-tls, tls, trust-all, own-host-name, login, auth-methods, max-pool-size,
 * keep-alive, timeout, mock); the sender address is {@code notify.mail-from}. A key it does not
 * apply ({@link #NOT_APPLIED}) is warned about at start.
 *
 * <p>In mock mode (dev mode, and tests without an SMTP server) the mail goes to Quarkus' mailer,
 * which logs it or keeps it in its mock mailbox.
 */
@ApplicationScoped
class MailSender {

  static final String ID = "X-DungHan-Notification-Id";

  /** Settings of Quarkus' mailer (under {@code quarkus.mailer.}) that this sender ignores. */
  static final Set<String> NOT_APPLIED =
      Set.of(
          "tls-configuration-name",
          "truststore",
          "key-store",
          "dkim.private-key",
          "ntlm",
          "bounce-address",
          "approved-recipients",
          "max-mails-per-connection");

  private static final Duration SIXTY_SECONDS = Duration.ofSeconds(60);

  private static final Duration WAIT_MARGIN = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger(MailSender.class);

  private final Mailer mock;
  private final MailClient client;
  private final NotifyConfig config;
  private final Duration timeout;

  MailSender(Mailer mailer, Vertx vertx, NotifyConfig config, Config settings) {
    this.mock = mailer;
    this.config = config;
    this.timeout = settings.getOptionalValue(key("timeout"), Duration.class).orElse(SIXTY_SECONDS);
    boolean mocked =
        settings
            .getOptionalValue(key("mock"), Boolean.class)
            .orElse(LaunchMode.current().isDevOrTest());
    this.client = mocked ? null : MailClient.create(vertx, mailConfig(settings, timeout));
    if (!mocked) {
      StreamSupport.stream(settings.getPropertyNames().spliterator(), false)
          .filter(name -> name.startsWith("quarkus.mailer."))
          .map(name -> name.substring("quarkus.mailer.".length()))
          .filter(name -> NOT_APPLIED.stream().anyMatch(name::startsWith))
          .sorted()
          .forEach(
              name -> LOG.warnf("quarkus.mailer.%s is not applied to notifications' mail", name));
    }
  }

  private static String key(String name) {
    return "quarkus.mailer." + name;
  }

  /**
   * Quarkus' mailer settings as Vert.x takes them, each connection idle at most {@code timeout}.
   */
  static MailConfig mailConfig(Config settings, Duration timeout) {
    MailConfig mail =
        new MailConfig()
            .setHostname(settings.getOptionalValue(key("host"), String.class).orElse("localhost"))
            .setStarttls(
                StartTLSOptions.valueOf(
                    settings
                        .getOptionalValue(key("start-tls"), String.class)
                        .orElse("OPTIONAL")
                        .toUpperCase(Locale.ROOT)))
            .setSsl(
                settings
                    .getOptionalValue(key("tls"), Boolean.class)
                    .or(() -> settings.getOptionalValue(key("ssl"), Boolean.class))
                    .orElse(false))
            .setTrustAll(settings.getOptionalValue(key("trust-all"), Boolean.class).orElse(false))
            .setLogin(
                LoginOption.valueOf(
                    settings
                        .getOptionalValue(key("login"), String.class)
                        .orElse("NONE")
                        .toUpperCase(Locale.ROOT)))
            .setMaxPoolSize(
                settings.getOptionalValue(key("max-pool-size"), Integer.class).orElse(10))
            // A connection per message unless set: a pooled connection that the server or a
            // firewall
            // dropped without a word is only found dead after the idle timeout, and the mail
            // channel is
            // set aside for that run (seen when the tests' mail server restarted between two
            // sends).
            .setKeepAlive(
                settings.getOptionalValue(key("keep-alive"), Boolean.class).orElse(false));
    settings.getOptionalValue(key("port"), Integer.class).ifPresent(mail::setPort);
    settings.getOptionalValue(key("username"), String.class).ifPresent(mail::setUsername);
    settings.getOptionalValue(key("password"), String.class).ifPresent(mail::setPassword);
    settings.getOptionalValue(key("own-host-name"), String.class).ifPresent(mail::setOwnHostname);
    settings.getOptionalValue(key("auth-methods"), String.class).ifPresent(mail::setAuthMethods);
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    mail.setConnectTimeout(millis);
    mail.setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
    mail.setIdleTimeout(millis);
    return mail;
  }

  /**
   * Sends one mail and returns once the server took it.
   *
   * @throws IOException the server could not be reached or stopped answering: the next mails would
   *     meet the same
   * @throws Refused the server answered with an error (a bad address, a full mailbox, ...)
   */
  void send(long notificationId, String to, String subject, String body)
      throws IOException, Refused, InterruptedException {
    String id = Long.toString(notificationId);
    String messageId = messageId(notificationId, config.mailFrom());
    if (client == null) {
      mock.send(
          Mail.withText(to, subject, body)
              .setFrom(config.mailFrom())
              .addHeader("Message-ID", messageId)
              .addHeader(ID, id));
      return;
    }
    MailMessage message =
        new MailMessage().setFrom(config.mailFrom()).setTo(to).setSubject(subject).setText(body);
    message.addHeader("Message-ID", messageId);
    message.addHeader(ID, id);
    // The connection is closed after the idle timeout, but Vert.x may then leave the send
    // unfinished: wait a little longer than the timeout, well inside the dispatcher's transaction.
    long limit = timeout.plus(WAIT_MARGIN).toMillis();
    try {
      client
          .sendMail(message)
          .toCompletionStage()
          .toCompletableFuture()
          .get(limit, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SMTPException refused) {
        throw new Refused(refused.getMessage());
      }
      throw new IOException("mail server: " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      throw new IOException("mail server: no answer within " + limit + " ms");
    }
  }

  /** {@code <notification-42@domain-of-the-sender>}: the same for every attempt of one message. */
  static String messageId(long notificationId, String from) {
    int at = from.lastIndexOf('@');
    String domain = at < 0 ? "localhost" : from.substring(at + 1).replace(">", "").trim();
    return "<notification-" + notificationId + "@" + domain + ">";
  }

  @PreDestroy
  void close() {
    if (client != null) {
      client.close();
    }
  }
}
