package vn.dunghan.unit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;

/**
 * The units below a unit are found by its path, literally: {@code A_n}'s descendants are not {@code
 * AXn}'s, although LIKE's {@code _} would match the X. A move of {@code A_n} re-roots its
 * descendants only. The name search takes {@code %} and {@code _} literally too.
 */
@QuarkusTest
class UnitDescendantsTest {

  @Inject UnitRepository units;

  @Test
  @Transactional
  void descendantsAndNameSearchTakeWildcardsLiterally() {
    String n = Api.unique("");
    String own = "A_" + n;
    String lookalike = "AX" + n;
    Api.post("/api/v1/units", Units.province(own)).statusCode(201);
    Api.post("/api/v1/units", Units.district(own + ".D", own)).statusCode(201);
    Api.post("/api/v1/units", Units.province(lookalike)).statusCode(201);
    Api.post("/api/v1/units", Units.district(lookalike + ".D", lookalike)).statusCode(201);

    AdministrativeUnit unit = units.findByCode(own).orElseThrow();
    assertThat(units.descendants(unit))
        .extracting(AdministrativeUnit::code)
        .containsExactly(own + ".D");

    // "Tỉnh Thử nghiệm A_n" holds "m A_"; "%" and "_" in the search are letters, not wildcards
    List<AdministrativeUnit> named =
        units.search(new UnitRepository.UnitFilter(null, null, null, null, "m " + own)).list();
    assertThat(named).extracting(AdministrativeUnit::code).containsExactly(own);
    assertThat(units.search(new UnitRepository.UnitFilter(null, null, null, null, "%" + n)).list())
        .isEmpty();
  }
}
