package vn.dunghan.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends a notification by email over SMTP (quarkus-mailer). Each message's {@code Message-ID} is
 * derived from the notification's id, so the rare second delivery (the database lost between the
 * SMTP server's acceptance and the commit that records it) reaches the mailbox as the same message,
 * which mail servers and clients fold into one.
 */
@ApplicationScoped
class MailSender {

  private final Mailer mailer;
  private final NotifyConfig config;

  MailSender(Mailer mailer, NotifyConfig config) {
    this.mailer = mailer;
    this.config = config;
  }

  void send(long notificationId, String to, String subject, String body) {
    mailer.send(
        Mail.withText(to, subject, body)
            .setFrom(config.mailFrom())
            .addHeader("Message-ID", messageId(notificationId, config.mailFrom())));
  }

  /** {@code <notification-42@domain-of-the-sender>}: the same for every attempt of one message. */
  static String messageId(long notificationId, String from) {
    int at = from.lastIndexOf('@');
    String domain = at < 0 ? "localhost" : from.substring(at + 1).replace(">", "").trim();
    return "<notification-" + notificationId + "@" + domain + ">";
  }
}
