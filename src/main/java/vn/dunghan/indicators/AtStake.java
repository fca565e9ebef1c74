package vn.dunghan.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dunghan.access.Caller;
import vn.dunghan.calendar.schedule.CalendarService;
import vn.dunghan.shared.Like;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.SqlValues;
import vn.dunghan.sla.SlaConfig;
import vn.dunghan.sla.SlaPolicy;
import vn.dunghan.unit.UnitDirectory;

/**
 * The due-soon list ordered by what is at stake for the index: open dossiers whose appointment
 * comes within {@code sla.due-soon-working-days} working days, each with the points of indicator
 * 2.1 its unit loses this month if it runs past (the maximum ÷ the unit's 2.1 denominator: a small
 * unit loses more per dossier), most at stake first.
 */
@ApplicationScoped
public class AtStake {

  /** A dossier due soon for the index, and what its unit stands to lose. */
  public record Row(
      String code,
      String procedureCode,
      String handlingUnitCode,
      String holdingUnitCode,
      LostPoints.Accountable head,
      LocalDate appointment,
      BigDecimal pointsAtStake,
      long unitDossiersThisMonth) {}

  /** Candidates read at most, before ordering by the points at stake. */
  static final int CANDIDATES = 5_000;

  private final EntityManager em;
  private final Caller caller;
  private final UnitDirectory units;
  private final CalendarService calendars;
  private final SlaConfig sla;
  private final Clock clock;

  AtStake(
      EntityManager em,
      Caller caller,
      UnitDirectory units,
      CalendarService calendars,
      SlaConfig sla,
      Clock clock) {
    this.em = em;
    this.caller = caller;
    this.units = units;
    this.calendars = calendars;
    this.sla = sla;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public Page<Row> dueSoon(String requestedUnit, PageRequest paging) {
    String unit = caller.figuresScope(requestedUnit);
    String path = IndicatorService.pathOf(units, unit);
    LocalDate today = LocalDate.now(clock);
    LocalDate limit = SlaPolicy.dueSoonLimit(today, sla.dueSoonWorkingDays(), calendars.calendar());
    String scope = path == null ? "" : " and u.path like :path " + Like.ESCAPE;
    Query q =
        em.createNativeQuery(
            "select d.code, d.procedure_code, d.handling_unit_code, d.holding_unit_code,"
                + " h.head_name, h.head_title, h.head_email, d.index_appointment"
                + " from dossier d join administrative_unit u on u.code = d.handling_unit_code"
                + " join administrative_unit h on h.code = d.holding_unit_code"
                + " where d.status in ('IN_PROGRESS', 'SUSPENDED') and d.supplement_requests <= 1"
                + " and d.index_appointment between :today and :limit"
                + scope
                + " order by d.index_appointment, d.code limit "
                + CANDIDATES);
    q.setParameter("today", today);
    q.setParameter("limit", limit);
    if (path != null) {
      q.setParameter("path", Like.prefix(path));
    }
    List<Object[]> candidates = q.getResultList();
    Map<String, Long> denominators = denominators(YearMonth.from(today), today);
    BigDecimal max = Indicator.ON_TIME.maxPoints;
    List<Row> rows = new ArrayList<>();
    for (Object[] r : candidates) {
      long den = Math.max(1, denominators.getOrDefault((String) r[2], 0L));
      rows.add(
          new Row(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              new LostPoints.Accountable((String) r[4], (String) r[5], (String) r[6]),
              SqlValues.localDate(r[7]),
              max.divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP),
              den));
    }
    rows.sort(
        Comparator.comparing(Row::pointsAtStake)
            .reversed()
            .thenComparing(Row::appointment)
            .thenComparing(Row::code));
    int from = Math.min(rows.size(), paging.page() * paging.size());
    int to = Math.min(rows.size(), from + paging.size());
    return new Page<>(rows.subList(from, to), paging.page(), paging.size(), rows.size());
  }

  /** Each unit's own 2.1 denominator this month up to today: ended in it, and open today. */
  private Map<String, Long> denominators(YearMonth month, LocalDate today) {
    Query q =
        em.createNativeQuery(
            "select unit_code, sum(n) from (select unit_code, n from index_counter"
                + " where metric in (:ended, :inTime, :overdue) and day between :from and :today"
                + " union all select unit_code, n from index_open_month"
                + " where metric in (:inTime, :overdue) and month < :from) c group by unit_code");
    q.setParameter("ended", Metric.ENDED.code);
    q.setParameter("inTime", Metric.OPEN_IN_TIME.code);
    q.setParameter("overdue", Metric.OPEN_OVERDUE.code);
    q.setParameter("from", month.atDay(1));
    q.setParameter("today", today);
    Map<String, Long> found = new HashMap<>();
    for (Object o : q.getResultList()) {
      Object[] r = (Object[]) o;
      found.put((String) r[0], ((Number) r[1]).longValue());
    }
    return found;
  }
}
