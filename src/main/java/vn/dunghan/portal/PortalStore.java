package vn.dunghan.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal's tables (V12): what it said of each dossier, the records it refused at reception, the
 * push outbox and what it acknowledged. Plain SQL in the caller's transaction.
 */
@ApplicationScoped
class PortalStore {

  private final EntityManager em;
  private final ObjectMapper json;

  PortalStore(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  /** The lists of a dossier's facts, kept as one JSON document. */
  record Details(
      List<PortalFacts.Document> documents,
      List<PortalFacts.Fee> fees,
      List<PortalFacts.Result> results) {}

  /** A claimed outbox row: the changes seen, since when the oldest waits, the tries so far. */
  record Claim(long dossierId, long changes, Instant enqueuedAt, int attempts) {}

  private <T> T work(vn.dunghan.shared.SessionSql.Work<T> work) {
    return vn.dunghan.shared.SessionSql.work(em, work);
  }

  private static Array ids(Connection c, Collection<Long> ids) throws SQLException {
    return c.createArrayOf("bigint", ids.toArray());
  }

  /** The portal status last stored for each of these dossiers that has one. */
  Map<Long, Integer> storedStatuses(Collection<Long> dossierIds) {
    return work(
        c -> {
          Map<Long, Integer> found = new HashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select dossier_id, portal_status from dossier_portal where dossier_id = any (?)")) {
            s.setArray(1, ids(c, dossierIds));
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                found.put(rows.getLong(1), rows.getInt(2));
              }
            }
          }
          return found;
        });
  }

  /** Writes the facts of these dossiers, replacing what was kept. */
  void writeFacts(Map<Long, PortalFacts> facts, Instant now) {
    if (facts.isEmpty()) {
      return;
    }
    work(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into dossier_portal (dossier_id, receipt_number, filed_at, portal_status,"
                      + " portal_appointment_date, vneid_authenticated, online_payment, fee_total,"
                      + " has_digitised_component, document_count, digitised_count, reused_count,"
                      + " from_store_count, result_link_count, details, updated_at)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)"
                      + " on conflict (dossier_id) do update set receipt_number ="
                      + " excluded.receipt_number, filed_at = excluded.filed_at, portal_status ="
                      + " excluded.portal_status, portal_appointment_date ="
                      + " excluded.portal_appointment_date, vneid_authenticated ="
                      + " excluded.vneid_authenticated, online_payment = excluded.online_payment,"
                      + " fee_total = excluded.fee_total, has_digitised_component ="
                      + " excluded.has_digitised_component, document_count ="
                      + " excluded.document_count, digitised_count = excluded.digitised_count,"
                      + " reused_count = excluded.reused_count, from_store_count ="
                      + " excluded.from_store_count, result_link_count ="
                      + " excluded.result_link_count, details = excluded.details, updated_at ="
                      + " excluded.updated_at")) {
            List<Long> order = new java.util.ArrayList<>(facts.keySet());
            for (Long id : order) {
              PortalFacts f = facts.get(id);
              s.setLong(1, id);
              s.setString(2, f.receiptNumber());
              s.setObject(3, f.filedAt() == null ? null : Timestamp.from(f.filedAt()));
              s.setInt(4, f.portalStatus());
              s.setObject(5, f.portalAppointmentDate());
              s.setBoolean(6, f.vneidAuthenticated());
              s.setString(7, f.onlinePayment().name());
              s.setBigDecimal(8, f.feeTotal());
              s.setBoolean(9, f.hasDigitisedComponent());
              s.setInt(10, f.documents().size());
              s.setLong(11, f.count(PortalFacts.Document::digitised));
              s.setLong(12, f.count(PortalFacts.Document::reused));
              s.setLong(13, f.count(PortalFacts.Document::fromStore));
              s.setLong(14, f.results().stream().filter(r -> r.link() != null).count());
              s.setString(15, toJson(new Details(f.documents(), f.fees(), f.results())));
              s.setTimestamp(16, Timestamp.from(now));
              s.addBatch();
            }
            s.executeBatch();
            return null;
          }
        });
  }

  /** The facts kept for these dossiers. */
  Map<Long, PortalFacts> facts(Collection<Long> dossierIds) {
    return work(
        c -> {
          Map<Long, PortalFacts> found = new HashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select dossier_id, receipt_number, filed_at, portal_status,"
                      + " portal_appointment_date, vneid_authenticated, online_payment,"
                      + " has_digitised_component, details from dossier_portal where dossier_id ="
                      + " any (?)")) {
            s.setArray(1, ids(c, dossierIds));
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                Details d = fromJson(rows.getString(9));
                OffsetDateTime filed = rows.getObject(3, OffsetDateTime.class);
                found.put(
                    rows.getLong(1),
                    new PortalFacts(
                        rows.getString(2),
                        filed == null ? null : filed.toInstant(),
                        rows.getInt(4),
                        rows.getObject(5, LocalDate.class),
                        rows.getBoolean(6),
                        DvcqgCodes.OnlinePayment.valueOf(rows.getString(7)),
                        rows.getBoolean(8),
                        d.documents(),
                        d.fees(),
                        d.results()));
              }
            }
          }
          return found;
        });
  }

  /** A dossier's code and the appointment derived here. */
  record Appointment(String code, LocalDate appointmentDate) {}

  /** The code and appointment of these dossiers. */
  Map<Long, Appointment> appointments(Collection<Long> dossierIds) {
    return work(
        c -> {
          Map<Long, Appointment> found = new HashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select id, code, appointment_date from dossier where id = any (?)")) {
            s.setArray(1, ids(c, dossierIds));
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                found.put(
                    rows.getLong(1),
                    new Appointment(rows.getString(2), rows.getObject(3, LocalDate.class)));
              }
            }
          }
          return found;
        });
  }

  /** Keeps a record refused at reception; false when it was kept before. */
  boolean recordRefusal(DvcqgInbound.Refusal refusal, Instant now) {
    return work(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into portal_refused_reception (code, procedure_code, unit_code, filed_at,"
                      + " refused_at, reason, recorded_at) values (?, ?, ?, ?, ?, ?, ?)"
                      + " on conflict (code) do nothing")) {
            s.setString(1, refusal.code());
            s.setString(2, refusal.procedureCode());
            s.setString(3, refusal.unitCode());
            s.setObject(4, refusal.filedAt() == null ? null : Timestamp.from(refusal.filedAt()));
            s.setObject(
                5, refusal.refusedAt() == null ? null : Timestamp.from(refusal.refusedAt()));
            s.setString(6, refusal.reason());
            s.setTimestamp(7, Timestamp.from(now));
            return s.executeUpdate() == 1;
          }
        });
  }

  /** Whether a dossier with this code exists (a refused record may not take its code). */
  boolean dossierExists(String code) {
    return work(
        c -> {
          try (PreparedStatement s = c.prepareStatement("select 1 from dossier where code = ?")) {
            s.setString(1, code);
            try (ResultSet rows = s.executeQuery()) {
              return rows.next();
            }
          }
        });
  }

  /** Puts these dossiers in the push outbox, counting one more change for those already in. */
  void enqueue(Collection<Long> dossierIds, Instant now) {
    if (dossierIds.isEmpty()) {
      return;
    }
    em.flush(); // the outbox row references the dossier row, which may not be written yet
    work(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into portal_push (dossier_id, enqueued_at, next_attempt_at)"
                      + " select id, ?, ? from unnest(?) as id order by id"
                      + " on conflict (dossier_id) do update set changes = portal_push.changes + 1")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setTimestamp(2, Timestamp.from(now));
            s.setArray(3, ids(c, dossierIds));
            return s.executeUpdate();
          }
        });
  }

  /** Which of these dossiers wait in the outbox. */
  java.util.Set<Long> waiting(Collection<Long> dossierIds) {
    return work(
        c -> {
          java.util.Set<Long> found = new java.util.HashSet<>();
          try (PreparedStatement s =
              c.prepareStatement("select dossier_id from portal_push where dossier_id = any (?)")) {
            s.setArray(1, ids(c, dossierIds));
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                found.add(rows.getLong(1));
              }
            }
          }
          return found;
        });
  }

  /**
   * What the portal sent needs no push back: these dossiers are acknowledged at their current
   * version, and their outbox rows (written by this very transaction) removed.
   */
  void acknowledgeReceived(Collection<Long> dossierIds, Instant now) {
    if (dossierIds.isEmpty()) {
      return;
    }
    work(
        c -> {
          try (PreparedStatement ack =
                  c.prepareStatement(
                      "insert into portal_sync (dossier_id, pushed_version, pushed_at, lag_ms,"
                          + " origin) select id, version, ?, 0, 'RECEIVED' from dossier where id ="
                          + " any (?) order by id on conflict (dossier_id) do update set"
                          + " pushed_version = excluded.pushed_version, pushed_at ="
                          + " excluded.pushed_at, lag_ms = 0, origin = 'RECEIVED'");
              PreparedStatement drop =
                  c.prepareStatement("delete from portal_push where dossier_id = any (?)")) {
            ack.setTimestamp(1, Timestamp.from(now));
            ack.setArray(2, ids(c, dossierIds));
            ack.executeUpdate();
            drop.setArray(1, ids(c, dossierIds));
            return drop.executeUpdate();
          }
        });
  }

  /**
   * Claims up to {@code limit} outbox rows that are due, oldest change first, by moving their next
   * attempt {@code lease} ahead: another replica skips them, and a pusher that dies leaves them to
   * be claimed again once the lease runs out.
   */
  List<Claim> claim(Instant now, Duration lease, int limit) {
    return work(
        c -> {
          List<Claim> claims = new java.util.ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "update portal_push p set next_attempt_at = ? from (select dossier_id from"
                      + " portal_push where next_attempt_at <= ? order by enqueued_at limit ? for"
                      + " update skip locked) due where p.dossier_id = due.dossier_id returning"
                      + " p.dossier_id, p.changes, p.enqueued_at, p.attempts")) {
            s.setTimestamp(1, Timestamp.from(now.plus(lease)));
            s.setTimestamp(2, Timestamp.from(now));
            s.setInt(3, limit);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                claims.add(
                    new Claim(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant(),
                        rows.getInt(4)));
              }
            }
          }
          claims.sort(java.util.Comparator.comparing(Claim::enqueuedAt));
          return claims;
        });
  }

  /** The step marks last acknowledged for these dossiers. */
  Map<Long, String> stepMarks(Collection<Long> dossierIds) {
    return work(
        c -> {
          Map<Long, String> found = new HashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select dossier_id, step_marks from portal_sync where dossier_id = any (?)")) {
            s.setArray(1, ids(c, dossierIds));
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                found.put(rows.getLong(1), rows.getString(2));
              }
            }
          }
          return found;
        });
  }

  /**
   * The portal took a dossier at {@code version}: acknowledged, and out of the outbox unless a
   * change came while it was being pushed.
   */
  void pushed(Claim claim, long version, String stepMarks, Instant now) {
    work(
        c -> {
          try (PreparedStatement ack =
                  c.prepareStatement(
                      "insert into portal_sync (dossier_id, pushed_version, pushed_at, lag_ms,"
                          + " step_marks, origin) values (?, ?, ?, ?, ?, 'PUSHED') on conflict"
                          + " (dossier_id) do update set pushed_version = excluded.pushed_version,"
                          + " pushed_at = excluded.pushed_at, lag_ms = excluded.lag_ms, step_marks"
                          + " = excluded.step_marks, origin = 'PUSHED'");
              PreparedStatement drop =
                  c.prepareStatement(
                      "delete from portal_push where dossier_id = ? and changes = ?");
              PreparedStatement again =
                  c.prepareStatement(
                      "update portal_push set next_attempt_at = ?, attempts = 0, last_error = null"
                          + " where dossier_id = ?")) {
            ack.setLong(1, claim.dossierId());
            ack.setLong(2, version);
            ack.setTimestamp(3, Timestamp.from(now));
            ack.setLong(4, Math.max(0, Duration.between(claim.enqueuedAt(), now).toMillis()));
            ack.setString(5, stepMarks);
            ack.executeUpdate();
            drop.setLong(1, claim.dossierId());
            drop.setLong(2, claim.changes());
            if (drop.executeUpdate() == 0) {
              again.setTimestamp(1, Timestamp.from(now));
              again.setLong(2, claim.dossierId());
              again.executeUpdate();
            }
            return null;
          }
        });
  }

  /** A push failed: tried again at {@code next}, the error kept for the status page. */
  void failed(Claim claim, Instant next, String error) {
    work(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "update portal_push set attempts = attempts + 1, next_attempt_at = ?, last_error"
                      + " = ? where dossier_id = ?")) {
            s.setTimestamp(1, Timestamp.from(next));
            s.setString(2, error.length() > 1000 ? error.substring(0, 1000) : error);
            s.setLong(3, claim.dossierId());
            return s.executeUpdate();
          }
        });
  }

  /** The dossier left the database (never, in practice): its outbox row goes too. */
  void forget(Claim claim) {
    work(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("delete from portal_push where dossier_id = ?")) {
            s.setLong(1, claim.dossierId());
            return s.executeUpdate();
          }
        });
  }

  /**
   * Every dossier whose current version the portal has not acknowledged goes (back) into the
   * outbox, due now; answers how many.
   */
  int enqueueUnacknowledged(Instant now) {
    return work(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into portal_push (dossier_id, enqueued_at, next_attempt_at) select d.id,"
                      + " ?, ? from dossier d left join portal_sync s on s.dossier_id = d.id where"
                      + " s.dossier_id is null or s.pushed_version < d.version order by d.id on"
                      + " conflict (dossier_id) do update set next_attempt_at ="
                      + " least(portal_push.next_attempt_at, excluded.next_attempt_at)")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setTimestamp(2, Timestamp.from(now));
            return s.executeUpdate();
          }
        });
  }

  private String toJson(Details details) {
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("portal facts could not be written as JSON", e);
    }
  }

  private Details fromJson(String text) {
    try {
      return json.readValue(text, Details.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("portal facts stored unreadable", e);
    }
  }
}
