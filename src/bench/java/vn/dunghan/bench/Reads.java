package vn.dunghan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole province's on-time rates and monthly report through the API, against a naive {@code
 * GROUP BY} over the dossier table that computes the same figures. The naive figures must equal the
 * service's (a check that the loaded counters are consistent); the timings are the median of a few
 * runs after one warm-up.
 */
final class Reads {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final int RUNS = 5;

  /** A timed figure: median and worst of the runs, in milliseconds. */
  record Timing(double medianMs, double maxMs) {}

  private Reads() {}

  /** The service's on-time rates over [from, to]; the total row's counts in {@code totals}. */
  static Timing rates(Api api, String groupBy, LocalDate from, LocalDate to, long[] totals) {
    String path = "/api/v1/sla/on-time-rates?from=" + from + "&to=" + to + "&groupBy=" + groupBy;
    JsonNode[] last = new JsonNode[1];
    Timing t = time(() -> last[0] = json(ok(api.get(path))));
    JsonNode total = last[0].get("total");
    totals[0] = total.get("early").asLong();
    totals[1] = total.get("onTime").asLong();
    totals[2] = total.get("late").asLong();
    totals[3] = last[0].get("rows").size();
    return t;
  }

  static final Map<String, String> NAIVE_GROUP =
      Map.of("level", "u.level", "field", "d.field_code", "unit", "d.resolving_unit_code");

  /** The same figures straight from the dossier table. */
  static Timing naiveRates(
      Connection c, String groupBy, LocalDate from, LocalDate to, long[] totals)
      throws SQLException {
    String sql =
        "select "
            + NAIVE_GROUP.get(groupBy)
            + ", count(*) filter (where d.timeliness = 'EARLY'),"
            + " count(*) filter (where d.timeliness = 'ON_TIME'),"
            + " count(*) filter (where d.timeliness = 'LATE')"
            + " from dossier d join administrative_unit u on u.code = d.resolving_unit_code"
            + " where d.timeliness is not null"
            + " and (d.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date between ? and ?"
            + " group by 1 order by 1";
    return time(
        () -> {
          Arrays.fill(totals, 0);
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, from);
            s.setObject(2, to);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                totals[0] += rs.getLong(2);
                totals[1] += rs.getLong(3);
                totals[2] += rs.getLong(4);
                totals[3]++;
              }
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** Names of the report's total figures, in the order both sides fill them. */
  static final String[] REPORT_FIGURES = {
    "newOnline",
    "newDirect",
    "carriedOver",
    "early",
    "onTime",
    "late",
    "inProgress",
    "overdue",
    "withdrawn",
    "rejected",
    "awaitingSupplement",
    "suspended"
  };

  static Timing report(Api api, String period, long[] totals) {
    String path = "/api/v1/reports/monthly?period=" + period;
    JsonNode[] last = new JsonNode[1];
    Timing t = time(() -> last[0] = json(ok(api.get(path))));
    JsonNode total = last[0].get("total");
    long[] v = {
      total.get("received").get("newOnline").asLong(),
      total.get("received").get("newDirect").asLong(),
      total.get("received").get("carriedOver").asLong(),
      total.get("resolved").get("early").asLong(),
      total.get("resolved").get("onTime").asLong(),
      total.get("resolved").get("late").asLong(),
      total.get("inProgress").get("total").asLong(),
      total.get("inProgress").get("overdue").asLong(),
      total.get("withdrawn").asLong(),
      total.get("rejected").asLong(),
      total.get("awaitingSupplement").asLong(),
      total.get("suspended").asLong()
    };
    System.arraycopy(v, 0, totals, 0, v.length);
    totals[12] = last[0].get("rows").size();
    return t;
  }

  /**
   * Biểu 06 for the window [from, asOf] with asOf = today, from the dossiers' current columns:
   * received, carried over, closed in the window by kind, and what is open now.
   */
  static Timing naiveReport(Connection c, LocalDate from, LocalDate asOf, long[] totals) {
    String closedOn =
        "case when d.status in ('RESOLVED', 'RETURNED')"
            + " then (d.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date"
            + " when d.status in ('WITHDRAWN', 'REJECTED')"
            + " then (d.closed_at at time zone 'Asia/Ho_Chi_Minh')::date end";
    String sql =
        "select d.handling_unit_code, d.field_code,"
            + " count(*) filter (where d.received_on between ?1 and ?2 and d.channel = 'ONLINE'),"
            + " count(*) filter (where d.received_on between ?1 and ?2 and d.channel <> 'ONLINE'),"
            + " count(*) filter (where d.received_on < ?1 and (c.closed_on is null or c.closed_on >= ?1)),"
            + " count(*) filter (where c.closed_on between ?1 and ?2 and d.timeliness = 'EARLY'),"
            + " count(*) filter (where c.closed_on between ?1 and ?2 and d.timeliness = 'ON_TIME'),"
            + " count(*) filter (where c.closed_on between ?1 and ?2 and d.timeliness = 'LATE'),"
            + " count(*) filter (where c.closed_on is null),"
            + " count(*) filter (where d.status = 'IN_PROGRESS' and d.due_date < ?2),"
            + " count(*) filter (where c.closed_on between ?1 and ?2 and d.status = 'WITHDRAWN'),"
            + " count(*) filter (where c.closed_on between ?1 and ?2 and d.status = 'REJECTED'),"
            + " count(*) filter (where d.status = 'AWAITING_SUPPLEMENT'),"
            + " count(*) filter (where d.status = 'SUSPENDED')"
            + " from dossier d cross join lateral (select "
            + closedOn
            + " as closed_on) c"
            + " where d.received_on <= ?2"
            + " group by 1, 2";
    List<Integer> order = new ArrayList<>();
    StringBuilder jdbc = new StringBuilder();
    for (int i = 0; i < sql.length(); i++) {
      if (sql.charAt(i) == '?' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
        order.add(sql.charAt(i + 1) - '0');
        jdbc.append('?');
        i++;
      } else {
        jdbc.append(sql.charAt(i));
      }
    }
    return time(
        () -> {
          Arrays.fill(totals, 0);
          try (PreparedStatement s = c.prepareStatement(jdbc.toString())) {
            for (int p = 0; p < order.size(); p++) {
              s.setObject(p + 1, order.get(p) == 1 ? from : asOf);
            }
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                boolean any = false;
                for (int i = 0; i < 12; i++) {
                  long v = rs.getLong(3 + i);
                  totals[i] += v;
                  any |= v != 0;
                }
                if (any) {
                  totals[12]++;
                }
              }
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of a statement, for the notes. */
  static String explain(Connection c, String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement s = c.prepareStatement("explain (analyze, buffers) " + sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        plan.append(rs.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }

  static Map<String, Object> figures(String[] names, long[] values) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], values[i]);
    }
    return m;
  }

  /** Decision 766 figures compared with the recount: received, 2.1 and 4.3 numerators. */
  static final String[] INDEX_FIGURES = {
    "received", "onTimeNumerator", "onTimeDenominator", "reusedNumerator"
  };

  /** The service's Decision 766 report of {@code period} for the whole province. */
  static Timing index(Api api, String period, long[] totals) {
    String path = "/api/v1/indicators/766?period=" + period;
    JsonNode[] last = new JsonNode[1];
    Timing t = time(() -> last[0] = json(ok(api.get(path))));
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    last[0].get("total").get("indicators").forEach(v -> byId.put(v.get("id").asText(), v));
    totals[0] = byId.get("4.3").get("denominator").asLong();
    totals[1] = byId.get("2.1").get("numerator").asLong();
    totals[2] = byId.get("2.1").get("denominator").asLong();
    totals[3] = byId.get("4.3").get("numerator").asLong();
    return t;
  }

  /**
   * The same figures recounted from the dossier table: dossiers received in the month; ended in it
   * (on time or not, for the index) plus those open at its last day (in time or not).
   */
  static Timing naiveIndex(Connection c, LocalDate from, LocalDate to, long[] totals)
      throws SQLException {
    String ended =
        "case when v is null then null else coalesce((d.resolved_at at time zone"
            + " 'Asia/Ho_Chi_Minh')::date, (d.closed_at at time zone 'Asia/Ho_Chi_Minh')::date,"
            + " d.index_effective_end) end";
    String verdict =
        "coalesce(d.index_verdict, case when d.resolved_at is not null then case d.timeliness"
            + " when 'LATE' then 'LATE' else 'ON_TIME' end when d.closed_at is not null then"
            + " 'ON_TIME' end)";
    String sql =
        "select count(*) filter (where received_on between ?1 and ?2),"
            + " count(*) filter (where e between ?1 and ?2 and v <> 'LATE')"
            + " + count(*) filter (where received_on <= ?2 and (e is null or e > ?2)"
            + " and received_on < e2 and ?2 < e2),"
            + " count(*) filter (where e between ?1 and ?2)"
            + " + count(*) filter (where received_on <= ?2 and (e is null or e > ?2)),"
            + " count(*) filter (where received_on between ?1 and ?2 and reused > 0)"
            + " from (select d.received_on, x.v, "
            + ended.replace("v is null", "x.v is null")
            + " e, case when d.supplement_requests > 1 then d.received_on else"
            + " coalesce(d.index_appointment, d.appointment_date) + 1 end e2,"
            + " coalesce(f.reused_count, 0) reused"
            + " from dossier d cross join lateral (select "
            + verdict
            + " v) x left join dossier_portal f on f.dossier_id = d.id) t";
    String jdbc = sql.replace("?1", "?::date").replace("?2", "?::date");
    int params = (int) jdbc.chars().filter(ch -> ch == '?').count();
    List<LocalDate> order = new ArrayList<>();
    for (int i = 0, at = 0; i < params; i++) {
      at = sql.indexOf('?', at);
      order.add(sql.charAt(at + 1) == '1' ? from : to);
      at++;
    }
    return time(
        () -> {
          try (PreparedStatement s = c.prepareStatement(jdbc)) {
            for (int i = 0; i < order.size(); i++) {
              s.setObject(i + 1, order.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              for (int i = 0; i < 4; i++) {
                totals[i] = rs.getLong(i + 1);
              }
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  static Timing time(Runnable r) {
    r.run(); // warm-up, not counted
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      r.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return new Timing(ms[RUNS / 2], ms[RUNS - 1]);
  }

  static String ok(Api.Answer a) {
    if (a.status() != 200) {
      throw new IllegalStateException("answered " + a.status() + ": " + a.body());
    }
    return a.body();
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
