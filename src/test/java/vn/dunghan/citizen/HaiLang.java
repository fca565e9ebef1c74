package vn.dunghan.citizen;

import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;

import java.util.Map;
import vn.dunghan.support.Api;
import vn.dunghan.support.TestProvince;

/**
 * A province of the citizens' tests with one commune, Xã Hải Lạng (from 2025-07-01), and the intake
 * of a dossier there by Đỗ Thị Lan (ID number ending 1234) with the contacts given.
 */
final class HaiLang {

  final TestProvince province;
  final String commune;

  private HaiLang(TestProvince province, String commune) {
    this.province = province;
    this.commune = commune;
  }

  /** The province {@code prefix}… and its commune; {@code head} of the commune may be null. */
  static HaiLang create(String prefix, String provinceName, Map<String, Object> head) {
    TestProvince province = TestProvince.create(Api.unique(prefix), provinceName);
    String commune = province.code + ".X";
    Map<String, Object> unit =
        body(
            "code", commune,
            "name", "Xã Hải Lạng",
            "kind", "COMMUNE",
            "parentCode", province.code,
            "validFrom", "2025-07-01");
    if (head != null) {
      unit.put("head", head);
    }
    post("/api/v1/units", unit).statusCode(201);
    return new HaiLang(province, commune);
  }

  /** The intake body of dossier {@code code} received at {@code receivedAt}. */
  Map<String, Object> intake(String code, String receivedAt, String phone, String email) {
    Map<String, Object> intake = province.intake(code, commune, "Đỗ Thị Lan", "022190001234");
    intake.put("receivedAt", receivedAt);
    @SuppressWarnings("unchecked")
    Map<String, Object> applicant = (Map<String, Object>) intake.get("applicant");
    applicant.put("phone", phone);
    applicant.put("email", email);
    return intake;
  }
}
