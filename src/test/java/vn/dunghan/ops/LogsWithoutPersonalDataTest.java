package vn.dunghan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.TestProvince;

/**
 * Nothing personal reaches a log line, whatever fails. The database is made to refuse one applicant
 * (a check constraint added for the test: an unexpected failure the service cannot foresee), then
 * that applicant is received at the desk (a Hibernate insert) and through the portal's sync (a
 * COPY). Both fail and are logged with their stack traces; the test log file (the same filter as
 * the console) must name the failure and hold neither the name nor the ID number, which PostgreSQL
 * quotes in its DETAIL and in a COPY's CONTEXT.
 */
@QuarkusTest
class LogsWithoutPersonalDataTest {

  private static final Path LOG = Path.of("target", "quarkus-test.log");
  private static final String NAME = "Phạm Thị Lỗi Ghi";
  private static final String ID_NUMBER = "079199887766";

  @Inject EntityManager em;

  private TestProvince province;

  @BeforeEach
  void refuseOneApplicant() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "alter table dossier_applicant add constraint test_refuses_one_applicant"
                            + " check (id_number is distinct from '"
                            + ID_NUMBER
                            + "')")
                    .executeUpdate());
    province = TestProvince.create(Api.unique("LG"), "Tỉnh Nhật Ký");
  }

  @AfterEach
  void dropTheConstraint() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "alter table dossier_applicant drop constraint test_refuses_one_applicant")
                    .executeUpdate());
  }

  private Map<String, Object> intake(String code) {
    return province.intake(code, province.code, NAME, ID_NUMBER);
  }

  @Test
  void aFailedInsertIsLoggedWithoutTheApplicantsNameOrIdNumber() throws IOException {
    long start = Files.exists(LOG) ? Files.size(LOG) : 0;

    String desk =
        Api.given()
            .contentType(ContentType.JSON)
            .body(intake(province.code + "-LOG1"))
            .post("/api/v1/dossiers")
            .then()
            .statusCode(500)
            .extract()
            .path("errorId");
    String sync =
        Api.given()
            .contentType(ContentType.JSON)
            .body(List.of(intake(province.code + "-LOG2")))
            .post("/api/v1/sync/dossiers")
            .then()
            .statusCode(500)
            .extract()
            .path("errorId");

    String logged = appendedSince(start);
    // the failures were logged, with the database's reason...
    assertThat(logged).contains(desk, sync, "test_refuses_one_applicant", "SQLState 23514");
    // ...and nothing of the person
    assertThat(logged).doesNotContain(ID_NUMBER, NAME, "Phạm Thị", "Lỗi Ghi");
    assertThat(logged).doesNotContain("Failing row contains");
    // nothing half-written either
    Object rows =
        em.createNativeQuery("select count(*) from dossier where code like :c")
            .setParameter("c", province.code + "-LOG%")
            .getSingleResult();
    assertThat(((Number) rows).longValue()).isZero();
  }

  private static String appendedSince(long start) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
      file.seek(start);
      byte[] bytes = new byte[(int) (file.length() - start)];
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
