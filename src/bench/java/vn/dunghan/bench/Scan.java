package vn.dunghan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The overdue scan with many open dossiers of which a given number crossed their due date since the
 * last scan. After a load every dossier's SLA state is current (each write evaluates it), so the
 * day passing is simulated: the chosen dossiers, overdue today, are set back to what yesterday's
 * scan left (due soon, notified for that, their overdue notices not yet written). Only the derived
 * SLA columns and the outbox are touched; the scan recomputes both.
 */
final class Scan {

  record Outcome(int crossed, double ms, long evaluated, long changed, long failed) {}

  private Scan() {}

  static int rewind(Connection c, LocalDate today, int count) throws SQLException {
    String pick =
        "select id from dossier where status = 'IN_PROGRESS' and notified_state = 'OVERDUE'"
            + " and due_date < ? order by due_date desc, id limit ?";
    c.setAutoCommit(false);
    try (PreparedStatement notices =
            c.prepareStatement(
                "delete from notification where stage <> 'DUE_SOON' and dossier_id in ("
                    + pick
                    + ")");
        PreparedStatement dossiers =
            c.prepareStatement(
                "update dossier set notified_state = 'DUE_SOON', sla_state = 'DUE_SOON',"
                    + " escalation_level = 0, next_escalation_on = null, overdue_working_days = 0,"
                    + " remaining_working_days = 0 where id in ("
                    + pick
                    + ")")) {
      notices.setObject(1, today);
      notices.setInt(2, count);
      notices.executeUpdate();
      dossiers.setObject(1, today);
      dossiers.setInt(2, count);
      int n = dossiers.executeUpdate();
      c.commit();
      return n;
    } finally {
      c.setAutoCommit(true);
    }
  }

  static Outcome scan(Api api, int crossed) {
    long start = System.nanoTime();
    String body = Reads.ok(api.post("/api/v1/admin/jobs/sla-scan/run", new byte[0]));
    double ms = (System.nanoTime() - start) / 1e6;
    JsonNode r = Reads.json(body);
    return new Outcome(crossed, ms, find(r, "evaluated"), find(r, "changed"), find(r, "failed"));
  }

  private static long find(JsonNode node, String name) {
    JsonNode found = node.findValue(name);
    return found == null ? -1 : found.asLong();
  }
}
