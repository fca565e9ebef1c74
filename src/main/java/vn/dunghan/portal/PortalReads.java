package vn.dunghan.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dunghan.access.Caller;
import vn.dunghan.dossier.DossierService;
import vn.dunghan.shared.Like;
import vn.dunghan.shared.SessionSql;
import vn.dunghan.shared.SqlValues;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.shared.problem.Violations;
import vn.dunghan.unit.UnitDirectory;

/** Reads of what the portal knows: one dossier's facts and push, and the sync status. */
@ApplicationScoped
public class PortalReads {

  /** The oldest waiting dossiers listed by the status. */
  static final int OLDEST = 20;

  private final DossierService dossiers;
  private final PortalStore store;
  private final EntityManager em;
  private final Caller caller;
  private final UnitDirectory units;

  PortalReads(
      DossierService dossiers,
      PortalStore store,
      EntityManager em,
      Caller caller,
      UnitDirectory units) {
    this.dossiers = dossiers;
    this.store = store;
    this.em = em;
    this.caller = caller;
    this.units = units;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PortalDossierView dossier(String code) {
    DossierService.Visible d = dossiers.lookUp(code);
    PortalFacts facts = store.facts(List.of(d.id())).getOrDefault(d.id(), PortalFacts.none());
    boolean fromPortal = facts.portalStatus() != 0;
    PortalDossierView.Sync sync =
        SessionSql.query(
            em,
            "select s.pushed_version, s.pushed_at, s.origin, p.enqueued_at, p.attempts,"
                + " p.next_attempt_at, p.last_error from (select 1) one"
                + " left join portal_sync s on s.dossier_id = ?"
                + " left join portal_push p on p.dossier_id = ?",
            s -> {
              s.setLong(1, d.id());
              s.setLong(2, d.id());
            },
            rows -> {
              rows.next();
              return new PortalDossierView.Sync(
                  d.version(),
                  (Long) rows.getObject(1),
                  SqlValues.vietnamTime(rows.getObject(2, OffsetDateTime.class)),
                  rows.getString(3),
                  SqlValues.vietnamTime(rows.getObject(4, OffsetDateTime.class)),
                  (Integer) rows.getObject(5),
                  SqlValues.vietnamTime(rows.getObject(6, OffsetDateTime.class)),
                  rows.getString(7));
            });
    return new PortalDossierView(
        code,
        fromPortal ? facts.portalStatus() : null,
        facts.receiptNumber(),
        facts.filedAt() == null ? null : facts.filedAt().atZone(TimeSource.ZONE).toOffsetDateTime(),
        facts.portalAppointmentDate(),
        d.appointmentDate(),
        d.dueDate(),
        facts.portalAppointmentDate() != null
            && !facts.portalAppointmentDate().equals(d.appointmentDate()),
        facts.vneidAuthenticated(),
        facts.onlinePayment(),
        facts.feeTotal(),
        facts.hasDigitisedComponent(),
        facts.documents(),
        facts.fees(),
        facts.results(),
        sync);
  }

  /** The sync status of {@code GET /api/v1/portal/status}. */
  public record Status(
      LocalDate from,
      LocalDate to,
      String unit,
      long received,
      long acknowledged,
      long upToDate,
      BigDecimal indicator14,
      long waiting,
      long refusedAtReception,
      Long lagP50Millis,
      Long lagP95Millis,
      long appointmentDiffers,
      List<Day> days,
      List<Waiting> oldestWaiting) {}

  /**
   * One unit's day: dossiers received, those the portal has (acknowledged), and those whose latest
   * change it has too.
   */
  public record Day(
      String unitCode, LocalDate day, long received, long acknowledged, long upToDate) {}

  /** A dossier whose change has not reached the portal yet. */
  public record Waiting(
      String code,
      String unitCode,
      OffsetDateTime waitingSince,
      int attempts,
      OffsetDateTime nextAttemptAt,
      String lastError) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Status status(LocalDate from, LocalDate to, String requestedUnit) {
    Violations v = new Violations();
    if (from == null) {
      v.add("from", "is required (YYYY-MM-DD)");
    }
    if (to == null) {
      v.add("to", "is required (YYYY-MM-DD)");
    }
    if (from != null && to != null && (to.isBefore(from) || from.plusYears(10).isBefore(to))) {
      v.add("to", "must be on or after from, and within 10 years of it");
    }
    v.throwIfAny();
    String unit = caller.figuresScope(requestedUnit);
    String path = units.scopePath(unit);
    String scope = path == null ? "" : " and u.path like ? " + Like.ESCAPE;
    String prefix = path == null ? null : Like.prefix(path);
    List<Day> days =
        SessionSql.query(
            em,
            "select d.handling_unit_code, d.received_on, count(*),"
                + " count(s.dossier_id), count(s.dossier_id) filter (where p.dossier_id is null)"
                + " from dossier d join administrative_unit u on u.code = d.handling_unit_code"
                + " left join portal_sync s on s.dossier_id = d.id"
                + " left join portal_push p on p.dossier_id = d.id"
                + " where d.received_on between ? and ?"
                + scope
                + " group by 1, 2 order by 2, 1",
            s -> bindWindow(s, from, to, prefix),
            rows -> {
              List<Day> all = new ArrayList<>();
              while (rows.next()) {
                all.add(
                    new Day(
                        rows.getString(1),
                        rows.getObject(2, LocalDate.class),
                        rows.getLong(3),
                        rows.getLong(4),
                        rows.getLong(5)));
              }
              return all;
            });
    long received = days.stream().mapToLong(Day::received).sum();
    long acknowledged = days.stream().mapToLong(Day::acknowledged).sum();
    long upToDate = days.stream().mapToLong(Day::upToDate).sum();
    Timestamp start = Timestamp.from(from.atStartOfDay(TimeSource.ZONE).toInstant());
    Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(TimeSource.ZONE).toInstant());
    long[] lag =
        SessionSql.query(
            em,
            "select percentile_cont(0.5) within group (order by s.lag_ms),"
                + " percentile_cont(0.95) within group (order by s.lag_ms), count(*)"
                + " from portal_sync s join dossier d on d.id = s.dossier_id"
                + " join administrative_unit u on u.code = d.handling_unit_code"
                + " where s.origin = 'PUSHED' and s.pushed_at >= ? and s.pushed_at < ?"
                + scope,
            s -> {
              s.setTimestamp(1, start);
              s.setTimestamp(2, end);
              if (prefix != null) {
                s.setString(3, prefix);
              }
            },
            rows -> {
              rows.next();
              return rows.getLong(3) == 0
                  ? null
                  : new long[] {Math.round(rows.getDouble(1)), Math.round(rows.getDouble(2))};
            });
    Map<String, Long> counts =
        SessionSql.query(
            em,
            "select (select count(*) from portal_push p join dossier d on d.id = p.dossier_id"
                + " join administrative_unit u on u.code = d.handling_unit_code where true"
                + scope
                + "), (select count(*) from portal_refused_reception r join administrative_unit u"
                + " on u.code = r.unit_code where coalesce(r.refused_at, r.recorded_at) >= ? and"
                + " coalesce(r.refused_at, r.recorded_at) < ?"
                + scope
                + "), (select count(*) from dossier_portal f join dossier d on d.id = f.dossier_id"
                + " join administrative_unit u on u.code = d.handling_unit_code where"
                + " d.received_on between ? and ? and f.portal_appointment_date <>"
                + " d.appointment_date"
                + scope
                + ")",
            s -> {
              int i = 1;
              if (prefix != null) {
                s.setString(i++, prefix);
              }
              s.setTimestamp(i++, start);
              s.setTimestamp(i++, end);
              if (prefix != null) {
                s.setString(i++, prefix);
              }
              s.setObject(i++, from);
              s.setObject(i++, to);
              if (prefix != null) {
                s.setString(i, prefix);
              }
            },
            rows -> {
              rows.next();
              return Map.of(
                  "waiting",
                  rows.getLong(1),
                  "refused",
                  rows.getLong(2),
                  "differs",
                  rows.getLong(3));
            });
    return new Status(
        from,
        to,
        unit,
        received,
        acknowledged,
        upToDate,
        received == 0
            ? null
            : BigDecimal.valueOf(acknowledged)
                .divide(BigDecimal.valueOf(received), 4, RoundingMode.HALF_UP),
        counts.get("waiting"),
        counts.get("refused"),
        lag == null ? null : lag[0],
        lag == null ? null : lag[1],
        counts.get("differs"),
        days,
        oldest(scope, prefix));
  }

  private List<Waiting> oldest(String scope, String prefix) {
    return SessionSql.query(
        em,
        "select d.code, d.handling_unit_code, p.enqueued_at, p.attempts, p.next_attempt_at,"
            + " p.last_error from portal_push p join dossier d on d.id = p.dossier_id"
            + " join administrative_unit u on u.code = d.handling_unit_code where true"
            + scope
            + " order by p.enqueued_at limit "
            + OLDEST,
        s -> {
          if (prefix != null) {
            s.setString(1, prefix);
          }
        },
        rows -> {
          List<Waiting> all = new ArrayList<>();
          while (rows.next()) {
            all.add(
                new Waiting(
                    rows.getString(1),
                    rows.getString(2),
                    SqlValues.vietnamTime(rows.getObject(3, OffsetDateTime.class)),
                    rows.getInt(4),
                    SqlValues.vietnamTime(rows.getObject(5, OffsetDateTime.class)),
                    rows.getString(6)));
          }
          return all;
        });
  }

  private static void bindWindow(PreparedStatement s, LocalDate from, LocalDate to, String prefix)
      throws SQLException {
    s.setDate(1, Date.valueOf(from));
    s.setDate(2, Date.valueOf(to));
    if (prefix != null) {
      s.setString(3, prefix);
    }
  }
}
