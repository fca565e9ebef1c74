package vn.dunghan.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.Tokens;

/**
 * Units, fields and procedures keep their change history: each create and update, who made it (from
 * the token) and the entity before and after.
 */
@QuarkusTest
class ReferenceHistoryTest {

  @Test
  void aUnitsHistoryNamesWhoChangedWhat() {
    String code = Api.unique("H");
    Map<String, Object> unit =
        body(
            "code", code,
            "name", "Tỉnh Lịch Sử",
            "kind", "PROVINCE",
            "validFrom", "2004-01-01");
    post("/api/v1/units", unit).statusCode(201);
    Map<String, Object> renamed = Api.with(unit, "name", "Tỉnh Lịch Sử Mới");
    Api.as(Tokens.of("so-noi-vu", null, "province"))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(renamed)
        .put("/api/v1/units/" + code)
        .then()
        .statusCode(200);
    JsonPath h = get("/api/v1/units/" + code + "/history").statusCode(200).extract().jsonPath();
    assertThat(h.getList("action")).containsExactly("CREATED", "UPDATED");
    assertThat(h.getList("changedBy.subject")).containsExactly("kiem-thu-tu-dong", "so-noi-vu");
    assertThat(h.getString("[0].before")).isNull();
    assertThat(h.getString("[0].after.name")).isEqualTo("Tỉnh Lịch Sử");
    assertThat(h.getString("[1].before.name")).isEqualTo("Tỉnh Lịch Sử");
    assertThat(h.getString("[1].after.name")).isEqualTo("Tỉnh Lịch Sử Mới");
    assertThat(h.getList("version", Integer.class)).containsExactly(0, 1);
    get("/api/v1/units/NO-SUCH-UNIT/history").statusCode(404);
  }

  @Test
  void fieldsAndProceduresKeepTheirsToo() {
    String field = Api.unique("hf");
    post("/api/v1/fields", body("code", field, "name", "Lĩnh vực lịch sử")).statusCode(201);
    String procedure = "9.977001." + Api.unique("h");
    post(
            "/api/v1/procedures",
            body(
                "code",
                procedure,
                "name",
                "Thủ tục lịch sử",
                "fieldCode",
                field,
                "levels",
                List.of("PROVINCE"),
                "processingTime",
                body("amount", 5, "unit", "WORKING_DAYS"),
                "onlineService",
                "FULL"))
        .statusCode(201);
    assertThat(
            get("/api/v1/fields/" + field + "/history")
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("action"))
        .containsExactly("CREATED");
    JsonPath p =
        get("/api/v1/procedures/" + procedure + "/history").statusCode(200).extract().jsonPath();
    assertThat(p.getList("action")).containsExactly("CREATED");
    assertThat(p.getString("[0].after.processingTime.amount")).isEqualTo("5");
    assertThat(p.getString("[0].changedBy.roles")).contains("province");
  }
}
