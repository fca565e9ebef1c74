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
  private final SmsSender sms;

  Outbox(EntityManager em, NotifyConfig config, SmsSender sms) {
    this.em = em;
    this.config = config;
    this.sms = sms;
  }

  /**
   * Queues messages written by another domain, in the caller's transaction; a message already
   * queued (same dossier, stage, recipient and occasion) is not queued again, and SMS only when a
   * gateway is configured.
   */
  public void enqueueMessages(List<Message> messages, Instant now) {
    List<Message> kept =
        messages.stream().filter(m -> !"SMS".equals(m.channel()) || sms.enabled()).toList();
    if (kept.isEmpty()) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into notification (dossier_id, dossier_code, stage, occasion,"
                          + " unit_code, channel, recipient, subject, body, status, attempts,"
                          + " next_attempt_at, created_at)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)"
                          + " on conflict (dossier_id, stage, recipient, occasion) do nothing")) {
                for (Message m : kept) {
                  insert.setLong(1, m.dossierId());
                  insert.setString(2, m.dossierCode());
                  insert.setString(3, m.stage().name());
                  insert.setLong(4, m.occasion());
                  insert.setString(5, m.unitCode());
                  insert.setString(6, m.channel());
                  insert.setString(7, m.recipient());
                  insert.setString(8, m.subject());
                  insert.setString(9, m.body());
                  insert.setTimestamp(10, Timestamp.from(now));
                  insert.setTimestamp(11, Timestamp.from(now));
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  /**
   * Withdraws what is still waiting to go out to a dossier's recipients at {@code stages}: such
   * notices end SKIPPED, and are never sent. Returns how many.
   */
  public int withdraw(long dossierId, List<Stage> stages) {
    return em.createNativeQuery(
            "update notification set status = 'SKIPPED', last_error = 'withdrawn: opted out'"
                + " where dossier_id = :id and status = 'PENDING' and stage in (:stages)")
        .setParameter("id", dossierId)
        .setParameter("stages", stages.stream().map(Enum::name).toList())
        .executeUpdate();
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
                          + " on conflict (dossier_id, stage, recipient, occasion) do nothing")) {
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
