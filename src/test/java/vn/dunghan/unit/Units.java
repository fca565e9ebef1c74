package vn.dunghan.unit;

import static vn.dunghan.support.Api.body;

import java.util.Map;
import vn.dunghan.support.Api;

/** Unit request bodies for tests. */
final class Units {

  private Units() {}

  static Map<String, Object> province(String code) {
    return body(
        "code",
        code,
        "name",
        "Tỉnh Thử nghiệm " + code,
        "kind",
        "PROVINCE",
        "head",
        body(
            "name", "Nguyễn Văn Tỉnh",
            "title", "Chủ tịch UBND tỉnh",
            "email", "chutich@" + code.toLowerCase() + ".test"),
        "validFrom",
        "2004-01-01");
  }

  static Map<String, Object> district(String code, String parent) {
    return body(
        "code",
        code,
        "name",
        "Huyện Đầm Hà " + code,
        "kind",
        "DISTRICT",
        "parentCode",
        parent,
        "validFrom",
        "2004-01-01",
        "validTo",
        "2025-06-30");
  }

  static Map<String, Object> commune(String code, String parent, String from, String to) {
    Map<String, Object> body =
        body(
            "code", code,
            "name", "Xã Quảng Lợi " + code,
            "kind", "COMMUNE",
            "parentCode", parent,
            "validFrom", from);
    body.put("validTo", to);
    return body;
  }

  static String created(Map<String, Object> body) {
    Api.post("/api/v1/units", body).statusCode(201);
    return (String) body.get("code");
  }
}
