package vn.dunghan.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends a notification by email over SMTP (quarkus-mailer). */
@ApplicationScoped
class MailSender {

  private final Mailer mailer;
  private final NotifyConfig config;

  MailSender(Mailer mailer, NotifyConfig config) {
    this.mailer = mailer;
    this.config = config;
  }

  void send(String to, String subject, String body) {
    mailer.send(Mail.withText(to, subject, body).setFrom(config.mailFrom()));
  }
}
