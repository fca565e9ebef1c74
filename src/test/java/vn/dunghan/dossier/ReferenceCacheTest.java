package vn.dunghan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;
import static vn.dunghan.support.Api.put;
import static vn.dunghan.support.Api.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.procedure.ProcedureCatalog;
import vn.dunghan.support.Api;
import vn.dunghan.unit.UnitDirectory;
import vn.dunghan.unit.UnitFacts;

/**
 * Units and procedures are held in memory per replica (UnitDirectory, ProcedureCatalog) and must
 * never be served stale: a change through the API, a change written straight into the tables (by
 * another replica or by hand), and never a change that was rolled back.
 */
@QuarkusTest
class ReferenceCacheTest {

  @Inject UnitDirectory units;
  @Inject ProcedureCatalog procedures;
  @Inject EntityManager em;

  @BeforeEach
  void referenceData() {
    Fixtures.ensure();
  }

  @Test
  void aUnitClosedOutsideTheServiceIsRefusedAtTheNextIntake() {
    String unit = Api.unique("T99.RC");
    Fixtures.unit(unit, "Xã Tiên Lãng", "COMMUNE", Fixtures.PROVINCE, "2025-07-01", null);
    post("/api/v1/dossiers", Fixtures.dossier(Fixtures.code(), unit, "2025-09-02T09:00:00+07:00"))
        .statusCode(201);

    // What another replica or an operator with psql would do: no call into this service.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update administrative_unit set valid_to = date '2025-09-30'"
                            + " where code = :code")
                    .setParameter("code", unit)
                    .executeUpdate());

    post("/api/v1/dossiers", Fixtures.dossier(Fixtures.code(), unit, "2025-10-01T09:00:00+07:00"))
        .statusCode(422)
        .body("errors[0].message", containsString("does not exist on 2025-10-01"));
    post("/api/v1/dossiers", Fixtures.dossier(Fixtures.code(), unit, "2025-09-30T09:00:00+07:00"))
        .statusCode(201);
  }

  @Test
  void aProcedureChangedThroughTheApiGivesTheNextDossierItsNewTime() {
    String procedure = Api.unique("9.970000.");
    Fixtures.procedure(procedure, 5, null, "Cấp giấy phép kinh doanh karaoke");
    String first = Fixtures.code();
    post(
            "/api/v1/dossiers",
            with(
                Fixtures.dossier(first, Fixtures.COMMUNE, "2025-09-08T09:00:00+07:00"),
                "procedureCode",
                procedure))
        .statusCode(201)
        .body("dueDate", equalTo("2025-09-15"));

    put(
            "/api/v1/procedures/" + procedure,
            body(
                "code",
                procedure,
                "name",
                "Cấp giấy phép kinh doanh karaoke",
                "fieldCode",
                Fixtures.FIELD,
                "levels",
                List.of("COMMUNE"),
                "processingTime",
                body("amount", 10, "unit", "WORKING_DAYS"),
                "onlineService",
                "PARTIAL"))
        .statusCode(200);

    post(
            "/api/v1/dossiers",
            with(
                Fixtures.dossier(Fixtures.code(), Fixtures.COMMUNE, "2025-09-08T09:00:00+07:00"),
                "procedureCode",
                procedure))
        .statusCode(201)
        .body("dueDate", equalTo("2025-09-22"));
    assertThat(procedures.find(procedure).orElseThrow().processingAmount())
        .isEqualByComparingTo("10");
  }

  @Test
  void aRolledBackChangeIsNeverServedEvenWhenTheRevisionComesBack() {
    String rolledBack = Api.unique("T99.RB");
    String committed = Api.unique("T99.RK");
    Fixtures.unit(rolledBack, "Xã Hải Hà", "COMMUNE", Fixtures.PROVINCE, "2025-07-01", null);
    Fixtures.unit(committed, "Xã Đường Hoa", "COMMUNE", Fixtures.PROVINCE, "2025-07-01", null);
    assertThat(name(rolledBack)).isEqualTo("Xã Hải Hà");

    // A transaction renames the unit, reads it back (it must see its own change), then fails.
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          rename(rolledBack, "Xã Hải Hà (đổi tên, huỷ)");
                          assertThat(units.find(rolledBack).map(UnitFacts::name))
                              .contains("Xã Hải Hà (đổi tên, huỷ)");
                          throw new IllegalStateException("fails after the rename");
                        }))
        .hasMessageContaining("fails after the rename");

    // Another transaction now moves the counter to the very revision the failed one had seen;
    // nothing reads in between, so only what the failed transaction loaded could be held.
    QuarkusTransaction.requiringNew().run(() -> rename(committed, "Phường Đường Hoa"));
    assertThat(name(committed)).isEqualTo("Phường Đường Hoa");
    assertThat(name(rolledBack)).isEqualTo("Xã Hải Hà");
  }

  private String name(String code) {
    return QuarkusTransaction.requiringNew()
        .call(() -> units.find(code).map(UnitFacts::name).orElse(null));
  }

  private void rename(String code, String name) {
    em.createNativeQuery("update administrative_unit set name = :name where code = :code")
        .setParameter("name", name)
        .setParameter("code", code)
        .executeUpdate();
  }
}
