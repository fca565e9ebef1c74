package vn.dunghan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report counters must always equal a recount over the dossier table: receipts per unit, field,
 * day and channel; closings per day and kind; and the open level of every unit and field. The test
 * writes its own dossiers covering every counter (both channels, each closing kind, each open
 * state, a history rewritten by a late event), so it proves the same thing whether it runs first or
 * after every other test; whatever those wrote is recounted too.
 */
@QuarkusTest
class ReportLedgerConsistencyTest {

  @Inject EntityManager em;

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @Test
  void countersEqualARecountOfTheDossiers() {
    // A history rewritten by late events, so that the counters saw a take-back: resolved late on
    // 20/05 (due 13/05), then a suspension 08/05-16/05 arrives and the resolution is in time.
    ReportProvince q = new ReportProvince();
    String code = q.province + "-C1";
    q.sync(
        List.of(
            q.dossier(
                code,
                q.department,
                q.landProcedure,
                "ONLINE",
                "2024-05-06",
                "RESOLVED",
                "2024-05-20")));
    post(
            "/api/v1/sync/dossiers",
            List.of(
                q.dossier(
                    code,
                    q.department,
                    q.landProcedure,
                    "ONLINE",
                    "2024-05-06",
                    "RESOLVED",
                    "2024-05-20",
                    "SUSPENDED",
                    "2024-05-08",
                    "RESUMED",
                    "2024-05-16")))
        .statusCode(200)
        .body("items[0].outcome", org.hamcrest.Matchers.is("UPDATED"));
    assertThat(
            count(
                "select count(*) from dossier where code = '"
                    + code
                    + "' and timeliness <> 'LATE'"))
        .isEqualTo(1);
    // one dossier for each counter the recount below compares
    String d = q.department;
    String p = q.landProcedure;
    q.sync(
        List.of(
            q.dossier(q.province + "-OPEN", d, p, "DIRECT", "2024-05-06"),
            q.dossier(
                q.province + "-EARLY", d, p, "ONLINE", "2024-05-06", "RESOLVED", "2024-05-07"),
            q.dossier(q.province + "-LATE", d, p, "DIRECT", "2024-05-06", "RESOLVED", "2024-07-01"),
            q.dossier(q.province + "-WD", d, p, "ONLINE", "2024-05-06", "WITHDRAWN", "2024-05-08"),
            q.dossier(q.province + "-RJ", d, p, "DIRECT", "2024-05-06", "REJECTED", "2024-05-07"),
            q.dossier(
                q.province + "-SUP",
                d,
                p,
                "ONLINE",
                "2024-05-06",
                "SUPPLEMENT_REQUESTED",
                "2024-05-07"),
            q.dossier(
                q.province + "-SUS", d, p, "DIRECT", "2024-05-06", "SUSPENDED", "2024-05-08")));
    String own = "from dossier where code like '" + q.province + "-%'";
    // the own dossiers cover every kind of row the recount compares
    for (String state :
        List.of(
            "timeliness = 'EARLY'",
            "timeliness = 'LATE'",
            "status = 'WITHDRAWN'",
            "status = 'REJECTED'",
            "status = 'IN_PROGRESS'",
            "status = 'AWAITING_SUPPLEMENT'",
            "status = 'SUSPENDED'",
            "channel = 'ONLINE'",
            "channel <> 'ONLINE'")) {
      assertThat(count("select count(*) " + own + " and " + state)).as(state).isPositive();
    }
    assertThat(count("select count(*) from dossier where report_timeline is null")).isZero();

    String local = "(%s at time zone 'Asia/Ho_Chi_Minh')::date";
    long receiptMismatches =
        count(
            "with recount as (select handling_unit_code u, field_code f, received_on d,"
                + " count(*) filter (where channel = 'ONLINE') online,"
                + " count(*) filter (where channel <> 'ONLINE') direct"
                + " from dossier group by 1, 2, 3),"
                + " counters as (select unit_code u, field_code f, day d,"
                + " received_online online, received_direct direct from report_counter"
                + " where received_online <> 0 or received_direct <> 0)"
                + " select count(*) from recount r full join counters c"
                + " on r.u = c.u and r.f = c.f and r.d = c.d"
                + " where r.u is null or c.u is null or r.online <> c.online"
                + " or r.direct <> c.direct");
    assertThat(receiptMismatches).isZero();

    long closingMismatches =
        count(
            "with recount as (select handling_unit_code u, field_code f,"
                + " coalesce("
                + String.format(local, "resolved_at")
                + ", "
                + String.format(local, "closed_at")
                + ") d,"
                + " count(*) filter (where timeliness = 'EARLY') early,"
                + " count(*) filter (where timeliness = 'ON_TIME') on_time,"
                + " count(*) filter (where timeliness = 'LATE') late,"
                + " count(*) filter (where status = 'WITHDRAWN') withdrawn,"
                + " count(*) filter (where status = 'REJECTED') rejected"
                + " from dossier where resolved_at is not null or closed_at is not null"
                + " group by 1, 2, 3),"
                + " counters as (select unit_code u, field_code f, day d, resolved_early early,"
                + " resolved_on_time on_time, resolved_late late, withdrawn, rejected"
                + " from report_counter where resolved_early + resolved_on_time + resolved_late"
                + " + withdrawn + rejected <> 0)"
                + " select count(*) from recount r full join counters c"
                + " on r.u = c.u and r.f = c.f and r.d = c.d"
                + " where r.u is null or c.u is null or r.early <> c.early"
                + " or r.on_time <> c.on_time or r.late <> c.late"
                + " or r.withdrawn <> c.withdrawn or r.rejected <> c.rejected");
    assertThat(closingMismatches).isZero();

    long openMismatches =
        count(
            "with recount as (select handling_unit_code u, field_code f, count(*) n,"
                + " count(*) filter (where status = 'AWAITING_SUPPLEMENT') awaiting,"
                + " count(*) filter (where status = 'SUSPENDED') suspended"
                + " from dossier where status in ('IN_PROGRESS', 'AWAITING_SUPPLEMENT',"
                + " 'SUSPENDED') group by 1, 2),"
                + " counters as (select unit_code u, field_code f, sum(open_change) n,"
                + " sum(supplement_change) awaiting, sum(suspended_change) suspended"
                + " from report_counter group by 1, 2 having sum(open_change) <> 0)"
                + " select count(*) from recount r full join counters c"
                + " on r.u = c.u and r.f = c.f"
                + " where r.u is null or c.u is null or r.n <> c.n"
                + " or r.awaiting <> c.awaiting or r.suspended <> c.suspended");
    assertThat(openMismatches).isZero();
    assertThat(count("select count(*) from report_counter")).isPositive();
  }
}
