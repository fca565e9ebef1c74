package vn.dunghan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.shared.Roles;
import vn.dunghan.support.Api;
import vn.dunghan.support.TestProvince;
import vn.dunghan.support.Tokens;

/**
 * What intake tells a caller about a dossier it may not read (docs/security.md "What a caller
 * outside a dossier learns"): a code held by another unit is refused with one neutral answer,
 * whatever the body; and a repeat by a caller in scope who sees personal data masked cannot test a
 * guessed ID number against the stored one.
 */
@QuarkusTest
class IntakeDisclosureTest {

  private static final String ID = "001203004567";

  @Inject EntityManager em;

  private static TestProvince province;
  private static String unitA;
  private static String unitB;
  private static String code;

  @BeforeEach
  void createOnce() {
    if (province != null) {
      return;
    }
    TestProvince p = TestProvince.create(Api.unique("ID"), "Tỉnh Kín Đáo");
    unitA = p.code + ".A";
    unitB = p.code + ".B";
    TestProvince.unit(unitA, "Huyện Một", "DISTRICT", p.code);
    TestProvince.unit(unitB, "Huyện Hai", "DISTRICT", p.code);
    code = p.code + "-KIN-0001";
    post("/api/v1/dossiers", p.intake(code, unitB, "Lương Thị Kín", ID)).statusCode(201);
    province = p;
  }

  private static Map<String, Object> same(String atUnit, String idNumber) {
    return province.intake(code, atUnit, "Lương Thị Kín", idNumber);
  }

  private static Response receive(String token, Map<String, Object> body) {
    return Api.as(token).contentType(ContentType.JSON).body(body).post("/api/v1/dossiers");
  }

  @Test
  void anotherUnitsCodeIsRefusedWithTheSameNeutralAnswerWhateverTheBody() {
    String clerkA = Tokens.of("mot-cua-a", unitA, Roles.CLERK);
    Response foreignBody = receive(clerkA, same(unitA, ID));
    Response guessedId = receive(clerkA, same(unitA, "999999999999"));
    for (Response r : new Response[] {foreignBody, guessedId}) {
      r.then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("type", is("https://dunghan.vn/problems/conflict"))
          .body("detail", is("dossier code " + code + " cannot be used; choose another code"))
          .body("$", not(org.hamcrest.Matchers.hasKey("differingFields")));
    }
    assertThat(foreignBody.asString()).doesNotContain(unitB, "Huyện Hai", "Kín", "4567");
    assertThat(foreignBody.jsonPath().getString("detail"))
        .isEqualTo(guessedId.jsonPath().getString("detail"));
  }

  @Test
  void aRepeatByACallerWhoSeesTheIdMaskedCannotConfirmAGuess() {
    String office = Tokens.of("van-phong", null, Roles.PROVINCE);
    // the province office reads this dossier with the ID masked: a right and a wrong guess answer
    // alike, and the stored ID stays
    for (String guess : new String[] {ID, "001203009999"}) {
      receive(office, same(unitB, guess))
          .then()
          .statusCode(200)
          .body("applicant.masked", is(true))
          .body("applicant.idNumber", is("********4567"));
    }
    assertThat(storedId()).isEqualTo(ID);
    // what it may read is still compared
    Map<String, Object> otherChannel = new LinkedHashMap<>(same(unitB, ID));
    otherChannel.put("channel", "ONLINE");
    receive(office, otherChannel)
        .then()
        .statusCode(409)
        .body("differingFields", contains("channel"));
  }

  @Test
  void theHoldingUnitsClerkWhoSeesTheIdInFullIsToldItDiffers() {
    String clerkB = Tokens.of("mot-cua-b", unitB, Roles.CLERK);
    receive(clerkB, same(unitB, "001203009999"))
        .then()
        .statusCode(409)
        .body("type", is("https://dunghan.vn/problems/idempotency-mismatch"))
        .body("differingFields", contains("applicant.idNumber"));
    receive(clerkB, same(unitB, ID)).then().statusCode(200);
    assertThat(storedId()).isEqualTo(ID);
  }

  private String storedId() {
    return (String)
        em.createNativeQuery(
                "select a.id_number from dossier_applicant a join dossier d on d.id = a.dossier_id"
                    + " where d.code = :c")
            .setParameter("c", code)
            .getSingleResult();
  }
}
