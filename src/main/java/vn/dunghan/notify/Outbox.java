package vn.dunghan.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes notifications into the outbox in the caller's transaction, one row per channel. The unique
 * key (dossier, stage, recipient) makes a repeated decision, from a retry or another replica, a
 * no-op: each is notified once.
 */
@ApplicationScoped
public class Outbox {

  private final EntityManager em;
  private final NotifyConfig config;

  Outbox(EntityManager em, NotifyConfig config) {
    this.em = em;
    this.config = config;
  }

  public void enqueue(List<Notice> notices, Instant now) {
    if (notices.isEmpty()) {
      return;
    }
    em.flush();
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into notification (dossier_id, dossier_code, stage, unit_code,"
                          + " channel, recipient, subject, body, status, attempts,"
                          + " next_attempt_at, created_at)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)"
                          + " on conflict (dossier_id, stage, recipient) do nothing")) {
                for (Notice n : notices) {
                  String subject = Messages.subject(n);
                  String body = Messages.body(n, config.dossierLinkBase());
                  if (n.unit().headEmail() != null) {
                    add(insert, n, "EMAIL", n.unit().headEmail(), subject, body, now);
                  }
                  if (n.unit().webhookUrl() != null) {
                    add(insert, n, "WEBHOOK", n.unit().webhookUrl(), subject, body, now);
                  }
                }
                insert.executeBatch();
              }
            });
  }

  private static void add(
      PreparedStatement insert,
      Notice n,
      String channel,
      String recipient,
      String subject,
      String body,
      Instant now)
      throws java.sql.SQLException {
    insert.setLong(1, n.dossierId());
    insert.setString(2, n.dossierCode());
    insert.setString(3, n.stage().name());
    insert.setString(4, n.unit().code());
    insert.setString(5, channel);
    insert.setString(6, recipient);
    insert.setString(7, subject);
    insert.setString(8, body);
    insert.setTimestamp(9, Timestamp.from(now));
    insert.setTimestamp(10, Timestamp.from(now));
    insert.addBatch();
  }
}
