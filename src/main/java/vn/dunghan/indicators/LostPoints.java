package vn.dunghan.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dunghan.access.Caller;
import vn.dunghan.shared.Like;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.SqlValues;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.unit.UnitDirectory;

/**
 * The dossiers that cost points on one indicator in a period, with the unit holding each and its
 * head: where the points were lost, and who answers for it. Each indicator's condition is the
 * negation of its numerator among its denominator ({@link Indicator}).
 */
@ApplicationScoped
public class LostPoints {

  /** A dossier that cost points, and why. */
  public record LostDossier(
      String code,
      String procedureCode,
      String handlingUnitCode,
      String holdingUnitCode,
      Accountable head,
      LocalDate receivedOn,
      String status,
      String why) {}

  /** The head of the unit holding the dossier. */
  public record Accountable(String name, String title, String email) {}

  private static final String RECEIVED = " d.received_on between :from and :to";
  private static final String ENDED_ON =
      "coalesce((d.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date,"
          + " (d.closed_at at time zone 'Asia/Ho_Chi_Minh')::date, d.index_effective_end)";
  private static final String RESOLVED_ON =
      "(d.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date between :from and :to";

  /** Per indicator: which dossiers lost its points, and the sentence that says why. */
  private static final Map<Indicator, String[]> CONDITIONS =
      Map.ofEntries(
          Map.entry(
              Indicator.SYNCED,
              new String[] {
                RECEIVED + " and ps.dossier_id is null", "'not acknowledged by the portal'"
              }),
          Map.entry(
              Indicator.ON_TIME,
              new String[] {
                "((d.index_verdict = 'LATE' and "
                    + ENDED_ON
                    + " between :from and :to) or (d.received_on <= :to"
                    + " and (d.index_verdict is null or "
                    + ENDED_ON
                    + " > :to) and (d.index_appointment < :to"
                    + " or d.index_appointment < d.received_on or d.supplement_requests > 1)))",
                "coalesce(d.index_reason, 'open past the appointment of ' || d.index_appointment"
                    + " || ' on ' || :to)"
              }),
          Map.entry(
              Indicator.FULL_ONLINE,
              new String[] {
                RECEIVED + " and p.eligible_full_online and d.channel <> 'ONLINE'",
                "'received ' || d.channel || ' for a procedure eligible for full online service'"
              }),
          Map.entry(
              Indicator.ONLINE_CHANNEL,
              new String[] {
                RECEIVED
                    + " and not (d.channel = 'ONLINE' and (not p.paper_result"
                    + " or coalesce(f.result_link_count, 0) > 0))",
                "case when d.channel = 'ONLINE' then 'online, but a paper result without an"
                    + " electronic one' else 'received ' || d.channel end"
              }),
          Map.entry(
              Indicator.PAID_ONLINE,
              new String[] {
                RECEIVED
                    + " and p.fee_bearing and (f.dossier_id is null or f.fee_total > 0)"
                    + " and coalesce(f.online_payment, 'NONE') = 'NONE'",
                "'fees not paid online'"
              }),
          Map.entry(
              Indicator.E_RESULT,
              new String[] {
                RESOLVED_ON + " and p.paper_result and coalesce(f.result_link_count, 0) = 0",
                "'resolved without an electronic result'"
              }),
          Map.entry(
              Indicator.DIGITISED,
              new String[] {
                RESOLVED_ON
                    + " and not (coalesce(f.digitised_count, 0) > 0"
                    + " and coalesce(f.result_link_count, 0) > 0)",
                "'documents and result not both digitised'"
              }),
          Map.entry(
              Indicator.REUSED,
              new String[] {
                RECEIVED + " and coalesce(f.reused_count, 0) = 0", "'no document re-used'"
              }),
          Map.entry(
              Indicator.FROM_STORE,
              new String[] {
                RECEIVED + " and coalesce(f.from_store_count, 0) = 0",
                "'nothing taken from the citizen''s data store'"
              }),
          Map.entry(
              Indicator.POPULATION_DATA,
              new String[] {
                RECEIVED
                    + " and p.population_db_connected and not (coalesce(f.vneid_authenticated,"
                    + " false) or coalesce(f.from_store_count, 0) > 0)",
                "'no VNeID account nor population data used'"
              }),
          Map.entry(
              Indicator.SATISFACTION,
              new String[] {
                ENDED_ON
                    + " between :from and :to and d.index_verdict is not null"
                    + " and (d.index_verdict = 'LATE' or exists (select 1 from dossier_rating r"
                    + " where r.dossier_id = d.id and (r.rating = 'BAD' or r.liked = false"
                    + " or r.complaint)))",
                "case when d.index_verdict = 'LATE' then 'late for the index'"
                    + " else 'rated badly, disliked or complained about' end"
              }));

  private final EntityManager em;
  private final Caller caller;
  private final UnitDirectory units;

  LostPoints(EntityManager em, Caller caller, UnitDirectory units) {
    this.em = em;
    this.caller = caller;
    this.units = units;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public Page<LostDossier> dossiers(
      String id,
      LocalDate from,
      LocalDate to,
      String period,
      String requestedUnit,
      PageRequest paging) {
    Indicator indicator = Indicator.byId(id);
    if (indicator == null) {
      throw ProblemException.notFound("indicator", id);
    }
    String[] condition = CONDITIONS.get(indicator);
    if (condition == null) {
      throw ProblemException.invalid(
          "id", "indicator " + id + " is not counted per dossier: no dossier lists its points");
    }
    IndicatorService.Window w = IndicatorService.window(from, to, period);
    String unit = caller.figuresScope(requestedUnit);
    String path = IndicatorService.pathOf(units, unit);
    String body =
        " from dossier d join procedure p on p.code = d.procedure_code"
            + " join administrative_unit u on u.code = d.handling_unit_code"
            + " join administrative_unit h on h.code = d.holding_unit_code"
            + " left join dossier_portal f on f.dossier_id = d.id"
            + " left join portal_sync ps on ps.dossier_id = d.id"
            + " where "
            + condition[0]
            + (path == null ? "" : " and u.path like :path " + Like.ESCAPE);
    Query rows =
        em.createNativeQuery(
            "select d.code, d.procedure_code, d.handling_unit_code, d.holding_unit_code,"
                + " h.head_name, h.head_title, h.head_email, d.received_on, d.status, "
                + condition[1]
                + body
                + " order by d.received_on desc, d.code limit :size offset :offset");
    Query count = em.createNativeQuery("select count(*)" + body);
    for (Query q : List.of(rows, count)) {
      q.setParameter("from", w.from());
      q.setParameter("to", w.to());
      if (path != null) {
        q.setParameter("path", Like.prefix(path));
      }
    }
    rows.setParameter("size", paging.size());
    rows.setParameter("offset", paging.page() * paging.size());
    List<LostDossier> found = new ArrayList<>();
    for (Object[] r : (List<Object[]>) rows.getResultList()) {
      found.add(
          new LostDossier(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              new Accountable((String) r[4], (String) r[5], (String) r[6]),
              SqlValues.localDate(r[7]),
              (String) r[8],
              (String) r[9]));
    }
    return new Page<>(
        found, paging.page(), paging.size(), ((Number) count.getSingleResult()).longValue());
  }
}
