package vn.dunghan.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The incremental counters must always equal a recount over the dossiers, whatever the tests before
 * this one did (late events, changed resolving units, calendar changes, sync batches).
 */
@QuarkusTest
class LedgerConsistencyTest {

  @Inject EntityManager em;

  @Test
  void countersEqualARecountOfResolvedDossiersAndTheMonthlyRollupTheirSum() {
    // Move one resolution between units and verdicts, so there is at least one decrement.
    SlaProvince q = new SlaProvince(3, "9.980033");
    String code = q.province + "-L1";
    var item =
        q.resolved(code, q.department, "2021-03-01T09:00:00+07:00", "2021-03-05T10:00:00+07:00");
    post("/api/v1/sync/dossiers", List.of(item)).statusCode(200);
    post(
            "/api/v1/dossiers/" + code + "/events",
            body(
                "type",
                "TRANSFERRED",
                "at",
                "2021-03-02T09:00:00+07:00",
                "toUnitCode",
                q.district,
                "allotment",
                1))
        .statusCode(201);
    Number mismatches =
        (Number)
            em.createNativeQuery(
                    "with recount as ("
                        + " select (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date as day,"
                        + " resolving_unit_code as unit_code, procedure_code,"
                        + " count(*) filter (where timeliness = 'EARLY') as early,"
                        + " count(*) filter (where timeliness = 'ON_TIME') as on_time,"
                        + " count(*) filter (where timeliness = 'LATE') as late"
                        + " from dossier where timeliness is not null group by 1, 2, 3),"
                        + " counters as (select * from sla_resolution_counter"
                        + " where early + on_time + late > 0)"
                        + " select count(*) from recount r full outer join counters c"
                        + " on r.day = c.day and r.unit_code = c.unit_code"
                        + " and r.procedure_code = c.procedure_code"
                        + " where r.day is null or c.day is null or r.early <> c.early"
                        + " or r.on_time <> c.on_time or r.late <> c.late")
                .getSingleResult();
    assertThat(mismatches.longValue()).isZero();
    Number monthMismatches =
        (Number)
            em.createNativeQuery(
                    "with rollup as ("
                        + " select date_trunc('month', day)::date as month, unit_code, field_code,"
                        + " level, sum(early) as early, sum(on_time) as on_time, sum(late) as late"
                        + " from sla_resolution_counter group by 1, 2, 3, 4"
                        + " having sum(early + on_time + late) > 0),"
                        + " months as (select * from sla_resolution_month"
                        + " where early + on_time + late > 0)"
                        + " select count(*) from rollup r full outer join months m"
                        + " on r.month = m.month and r.unit_code = m.unit_code"
                        + " and r.field_code = m.field_code and r.level = m.level"
                        + " where r.month is null or m.month is null or r.early <> m.early"
                        + " or r.on_time <> m.on_time or r.late <> m.late")
                .getSingleResult();
    assertThat(monthMismatches.longValue()).as("monthly rollup = daily counters").isZero();
    Number resolved =
        (Number)
            em.createNativeQuery("select count(*) from dossier where timeliness is not null")
                .getSingleResult();
    assertThat(resolved.longValue()).isPositive();
  }
}
