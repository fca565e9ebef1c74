package vn.dunghan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.shared.Roles;
import vn.dunghan.support.Api;
import vn.dunghan.support.TestProvince;
import vn.dunghan.support.Tokens;

/**
 * Every endpoint × every role × a target in the caller's own unit, in a unit below it and in
 * another province, plus no token, an expired token and a token signed by an unknown key: the exact
 * status of each cell comes from the table below (docs/security.md). The caller's unit is a
 * district; its commune is the child; a district of another province is foreign. Writes that would
 * change shared data are sent with invalid bodies, so an allowed role gets the validation answer
 * and nothing is written.
 */
@QuarkusTest
class AccessMatrixTest {

  @jakarta.inject.Inject jakarta.persistence.EntityManager em;

  enum Scope {
    OWN,
    CHILD,
    FOREIGN
  }

  static final String[] ROLES = {
    Roles.CLERK, Roles.OFFICER, Roles.HEAD, Roles.PROVINCE, Roles.PORTAL, Roles.AUDITOR
  };

  private static String province;
  private static String district;
  private static String commune;
  private static String foreign;
  private static String procedure;
  private static final Map<Scope, Map<String, Object>> DOSSIERS =
      new java.util.EnumMap<>(Scope.class);

  /** One request: method, path, body (or null). */
  record Call(String method, String path, Object body) {}

  /** An endpoint: how to call it for a target scope and what each role gets. */
  record Endpoint(
      String name, Function<Scope, Call> call, BiFunction<String, Scope, Integer> expected) {}

  private static String unit(Scope s) {
    return s == Scope.OWN ? district : s == Scope.CHILD ? commune : foreign;
  }

  private static String code(Scope s) {
    return (String) DOSSIERS.get(s).get("code");
  }

  @BeforeEach
  void createOnce() {
    if (province != null) {
      return;
    }
    String p = Api.unique("A");
    String f = Api.unique("B");
    unit(p, "Tỉnh Phân Quyền", "PROVINCE", null);
    unit(p + ".D", "Huyện Hải Hà", "DISTRICT", p);
    unit(p + ".D.X", "Xã Quảng Long", "COMMUNE", p + ".D");
    unit(f, "Tỉnh Khác", "PROVINCE", null);
    unit(f + ".D", "Huyện Bình Liêu", "DISTRICT", f);
    String field = Api.unique("pq");
    post("/api/v1/fields", body("code", field, "name", "Hộ tịch")).statusCode(201);
    String proc = "9.950005." + Api.unique("a");
    post(
            "/api/v1/procedures",
            body(
                "code",
                proc,
                "name",
                "Đăng ký khai sinh",
                "fieldCode",
                field,
                "levels",
                List.of("PROVINCE", "DISTRICT", "COMMUNE"),
                "processingTime",
                body("amount", 5, "unit", "WORKING_DAYS"),
                "onlineService",
                "FULL"))
        .statusCode(201);
    procedure = proc;
    district = p + ".D";
    commune = p + ".D.X";
    foreign = f + ".D";
    for (Scope s : Scope.values()) {
      Map<String, Object> intake =
          body(
              "code",
              province(p) + "-" + s,
              "procedureCode",
              proc,
              "handlingUnitCode",
              unit(s),
              "receivingUnitCode",
              unit(s),
              "channel",
              "DIRECT",
              "receivedAt",
              "2025-03-03T09:00:00+07:00",
              "applicant",
              body("kind", "CITIZEN", "name", "Hoàng Văn Bình", "idNumber", "022088001122"));
      post("/api/v1/dossiers", intake).statusCode(201);
      post("/api/v1/dossiers/" + intake.get("code") + "/events", resolved()).statusCode(201);
      DOSSIERS.put(s, intake);
    }
    province = p;
  }

  private static String province(String p) {
    return p;
  }

  private static Map<String, Object> resolved() {
    return body("type", "RESOLVED", "at", "2025-03-05T10:00:00+07:00", "outcome", "APPROVED");
  }

  private static void unit(String code, String name, String kind, String parent) {
    TestProvince.unit(code, name, kind, parent);
  }

  // The rules, once each, in the words of docs/security.md.

  private static boolean reader(String role) {
    return !role.equals(Roles.PORTAL);
  }

  /** Reference data and calendars: every role but the portal reads; the province writes. */
  private static Integer readAll(String role, Scope s) {
    return reader(role) ? 200 : 403;
  }

  private static BiFunction<String, Scope, Integer> provinceOnly(int allowed) {
    return (role, s) -> role.equals(Roles.PROVINCE) ? allowed : 403;
  }

  /** One dossier: clerks and officers of its unit, heads above it, province and auditors. */
  private static Integer seeDossier(String role, Scope s) {
    switch (role) {
      case Roles.CLERK:
      case Roles.OFFICER:
        return s == Scope.OWN ? 200 : 404;
      case Roles.HEAD:
        return s == Scope.FOREIGN ? 404 : 200;
      case Roles.PROVINCE:
      case Roles.AUDITOR:
        return 200;
      default:
        return 403;
    }
  }

  /** Recording: clerks and officers of the unit, and the province; others are refused. */
  private static Integer recordEvent(String role, Scope s) {
    switch (role) {
      case Roles.CLERK:
      case Roles.OFFICER:
        return s == Scope.OWN ? 200 : 404;
      case Roles.PROVINCE:
        return 200;
      default:
        return 403;
    }
  }

  /** Ratings come from the portal, the province, or a desk kiosk of a unit the dossier involves. */
  private static Integer rate(String role, Scope s) {
    switch (role) {
      case Roles.PORTAL:
      case Roles.PROVINCE:
        return 201;
      case Roles.CLERK:
        return s == Scope.OWN ? 201 : 404;
      default:
        return 403;
    }
  }

  private static Integer receive(String role, Scope s) {
    if (role.equals(Roles.PROVINCE)) {
      return 200;
    }
    return role.equals(Roles.CLERK) && s == Scope.OWN ? 200 : 403;
  }

  /** Lists: clerks and officers their own unit, heads their subtree. */
  private static Integer listDossiers(String role, Scope s) {
    switch (role) {
      case Roles.CLERK:
      case Roles.OFFICER:
        return s == Scope.OWN ? 200 : 403;
      case Roles.HEAD:
        return s == Scope.FOREIGN ? 403 : 200;
      case Roles.PROVINCE:
      case Roles.AUDITOR:
        return 200;
      default:
        return 403;
    }
  }

  /** Figures: everyone but the portal, limited to their unit and the units below it. */
  private static Integer figures(String role, Scope s) {
    if (role.equals(Roles.PORTAL)) {
      return 403;
    }
    if (role.equals(Roles.PROVINCE) || role.equals(Roles.AUDITOR)) {
      return 200;
    }
    return s == Scope.FOREIGN ? 403 : 200;
  }

  /** Reports: heads (their subtree), the province and auditors. */
  private static Integer reports(String role, Scope s) {
    if (role.equals(Roles.PROVINCE) || role.equals(Roles.AUDITOR)) {
      return 200;
    }
    return role.equals(Roles.HEAD) && s != Scope.FOREIGN ? 200 : 403;
  }

  private static BiFunction<String, Scope, Integer> roles(int allowed, String... admitted) {
    return (role, s) -> List.of(admitted).contains(role) ? allowed : 403;
  }

  private static List<Endpoint> endpoints() {
    List<Endpoint> e = new ArrayList<>();
    e.add(
        new Endpoint(
            "list units", s -> get("/api/v1/units?parent=" + unit(s)), AccessMatrixTest::readAll));
    e.add(
        new Endpoint("read unit", s -> get("/api/v1/units/" + unit(s)), AccessMatrixTest::readAll));
    e.add(
        new Endpoint(
            "create unit", s -> new Call("POST", "/api/v1/units", Map.of()), provinceOnly(422)));
    e.add(
        new Endpoint(
            "replace unit",
            s -> new Call("PUT", "/api/v1/units/" + unit(s), Map.of()),
            provinceOnly(422)));
    e.add(new Endpoint("list fields", s -> get("/api/v1/fields"), AccessMatrixTest::readAll));
    e.add(
        new Endpoint(
            "create field", s -> new Call("POST", "/api/v1/fields", Map.of()), provinceOnly(422)));
    e.add(
        new Endpoint(
            "read procedure",
            s -> get("/api/v1/procedures/" + procedure),
            AccessMatrixTest::readAll));
    e.add(
        new Endpoint(
            "replace procedure",
            s -> new Call("PUT", "/api/v1/procedures/" + procedure, Map.of()),
            provinceOnly(422)));
    e.add(
        new Endpoint(
            "read calendar", s -> get("/api/v1/calendar/2025"), AccessMatrixTest::readAll));
    e.add(
        new Endpoint(
            "calendar changes",
            s -> get("/api/v1/calendar/2025/changes"),
            AccessMatrixTest::readAll));
    e.add(
        new Endpoint(
            "replace calendar",
            s -> new Call("PUT", "/api/v1/calendar/2025", Map.of()),
            provinceOnly(422)));
    e.add(
        new Endpoint(
            "add working days",
            s -> get("/api/v1/calendar/add-working-days?from=2025-01-20&days=15"),
            AccessMatrixTest::readAll));
    e.add(
        new Endpoint(
            "next working day",
            s -> get("/api/v1/calendar/next-working-day?after=2025-01-24"),
            AccessMatrixTest::readAll));
    e.add(
        new Endpoint(
            "receive dossier",
            s -> new Call("POST", "/api/v1/dossiers", DOSSIERS.get(s)),
            AccessMatrixTest::receive));
    e.add(
        new Endpoint(
            "read dossier", s -> get("/api/v1/dossiers/" + code(s)), AccessMatrixTest::seeDossier));
    e.add(
        new Endpoint(
            "explain deadline",
            s -> get("/api/v1/dossiers/" + code(s) + "/deadline"),
            AccessMatrixTest::seeDossier));
    e.add(
        new Endpoint(
            "record event",
            s -> new Call("POST", "/api/v1/dossiers/" + code(s) + "/events", resolved()),
            AccessMatrixTest::recordEvent));
    e.add(
        new Endpoint(
            "list dossiers",
            s -> get("/api/v1/dossiers?unit=" + unit(s)),
            AccessMatrixTest::listDossiers));
    e.add(
        new Endpoint(
            "portal sync",
            s -> new Call("POST", "/api/v1/sync/dossiers", List.of(syncItem(s))),
            roles(200, Roles.PORTAL)));
    e.add(
        new Endpoint(
            "portal dialect",
            s ->
                new Call(
                    "POST",
                    "/api/v1/portal/dvcqg",
                    Map.of("service", "DongBoHoSoMC", "data", List.of())),
            roles(200, Roles.PORTAL)));
    e.add(
        new Endpoint(
            "portal facts of a dossier",
            s -> get("/api/v1/portal/dossiers/" + code(s)),
            AccessMatrixTest::seeDossier));
    e.add(
        new Endpoint(
            "portal sync status",
            s -> get("/api/v1/portal/status?from=2025-01-01&to=2025-12-31&unit=" + unit(s)),
            AccessMatrixTest::figures));
    e.add(
        new Endpoint(
            "unit history",
            s -> get("/api/v1/units/" + unit(s) + "/history"),
            AccessMatrixTest::readAll));
    e.add(
        new Endpoint(
            "verdict disagreements",
            s ->
                get(
                    "/api/v1/sla/verdicts/disagreements?from=2025-01-01&to=2025-12-31&unit="
                        + unit(s)),
            AccessMatrixTest::figures));
    e.add(
        new Endpoint(
            "Decision 766 indicators",
            s -> get("/api/v1/indicators/766?period=2025-03&unit=" + unit(s)),
            AccessMatrixTest::figures));
    e.add(
        new Endpoint(
            "Decision 766 lost points",
            s -> get("/api/v1/indicators/766/2.1/dossiers?period=2025-03&unit=" + unit(s)),
            AccessMatrixTest::figures));
    e.add(
        new Endpoint(
            "record rating",
            s ->
                new Call(
                    "POST",
                    "/api/v1/dossiers/" + code(s) + "/ratings",
                    Map.of("rating", "GOOD", "ratedAt", "2025-12-31T10:00:00+07:00")),
            AccessMatrixTest::rate));
    e.add(
        new Endpoint(
            "read ratings",
            s -> get("/api/v1/dossiers/" + code(s) + "/ratings"),
            AccessMatrixTest::seeDossier));
    e.add(
        new Endpoint(
            "on-time rates",
            s -> get("/api/v1/sla/on-time-rates?from=2025-01-01&to=2025-12-31&unit=" + unit(s)),
            AccessMatrixTest::figures));
    e.add(
        new Endpoint(
            "overdue", s -> get("/api/v1/sla/overdue?unit=" + unit(s)), AccessMatrixTest::figures));
    e.add(
        new Endpoint(
            "due soon",
            s -> get("/api/v1/sla/due-soon?unit=" + unit(s)),
            AccessMatrixTest::figures));
    e.add(
        new Endpoint(
            "attribution",
            s -> get("/api/v1/sla/attribution?from=2025-01-01&to=2025-12-31&unit=" + unit(s)),
            AccessMatrixTest::figures));
    e.add(
        new Endpoint(
            "monthly report",
            s -> get("/api/v1/reports/monthly?period=2025-03&unit=" + unit(s)),
            AccessMatrixTest::reports));
    e.add(
        new Endpoint(
            "report csv",
            s -> get("/api/v1/reports/monthly?format=csv&period=2025-03&unit=" + unit(s)),
            AccessMatrixTest::reports));
    e.add(
        new Endpoint(
            "list snapshots",
            s -> get("/api/v1/reports/snapshots?period=2025-03"),
            roles(200, Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR)));
    e.add(
        new Endpoint(
            "freeze snapshot",
            s ->
                new Call(
                    "POST",
                    "/api/v1/reports/snapshots",
                    Map.of("period", "2099-01", "reason", "thử")),
            provinceOnly(409)));
    e.add(
        new Endpoint(
            "notifications",
            s -> get("/api/v1/notifications"),
            roles(200, Roles.PROVINCE, Roles.AUDITOR)));
    e.add(
        new Endpoint(
            "run job",
            s -> new Call("POST", "/api/v1/admin/jobs/no-such-job/run", Map.of()),
            provinceOnly(404)));
    return e;
  }

  private static Map<String, Object> syncItem(Scope s) {
    Map<String, Object> item = new java.util.LinkedHashMap<>(DOSSIERS.get(s));
    item.put("events", List.of(resolved()));
    return item;
  }

  private static Call get(String path) {
    return new Call("GET", path, null);
  }

  private static Response send(RequestSpecification request, Call call) {
    if (call.body() != null) {
      request = request.contentType(ContentType.JSON).body(call.body());
    }
    return request.request(call.method(), call.path());
  }

  @Test
  void everyEndpointEveryRoleEveryScope() {
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Endpoint endpoint : endpoints()) {
      for (String role : ROLES) {
        String token = Tokens.of("nguoi-dung-" + role, district, role);
        for (Scope scope : Scope.values()) {
          int expected = endpoint.expected().apply(role, scope);
          Response response = send(Api.as(token), endpoint.call().apply(scope));
          cells++;
          check(wrong, endpoint.name() + " | " + role + " | " + scope, expected, response);
        }
      }
      Call call = endpoint.call().apply(Scope.OWN);
      check(wrong, endpoint.name() + " | no token", 401, send(Api.anonymous(), call));
      check(
          wrong,
          endpoint.name() + " | expired",
          401,
          send(Api.as(Tokens.expired("het-han", district, Roles.PROVINCE)), call));
      check(
          wrong,
          endpoint.name() + " | wrong signature",
          401,
          send(Api.as(Tokens.foreignSignature("gia-mao", district, Roles.PROVINCE)), call));
      // a browser sends the cookie with any request, a forged cross-site one too: never enough
      check(
          wrong,
          endpoint.name() + " | cookie only",
          401,
          send(
              Api.anonymous()
                  .cookie(CookieRule.COOKIE, Tokens.of("lanh-dao", district, Roles.PROVINCE)),
              call));
      cells += 4;
    }
    assertThat(wrong).as("cells with another status than the table's (of %d)", cells).isEmpty();
    assertThat(cells).isEqualTo(endpoints().size() * (ROLES.length * 3 + 4));
  }

  private static void check(List<String> wrong, String cell, int expected, Response response) {
    int status = response.statusCode();
    if (status != expected) {
      wrong.add(cell + ": expected " + expected + ", got " + status + " " + response.asString());
      return;
    }
    if (status >= 400) {
      String type = response.contentType();
      if (type == null || !type.startsWith("application/problem+json")) {
        wrong.add(cell + ": " + status + " without a problem body (" + type + ")");
      } else if (status == 401 && response.header("WWW-Authenticate") == null) {
        wrong.add(cell + ": 401 without WWW-Authenticate");
      }
    }
  }

  /**
   * The cookie opens the browser pages for reading and nothing else: a form posted from another
   * site (no Content-Type a JSON endpoint takes, or none at all) creates nothing, whatever its
   * path.
   */
  @Test
  void theTokenCookieOpensPagesButNeverWrites() {
    String head = Tokens.of("truong-phong", district, Roles.HEAD);
    Api.anonymous().cookie(CookieRule.COOKIE, head).get("/?period=2025-03").then().statusCode(200);
    String province = Tokens.of("lanh-dao", null, Roles.PROVINCE);
    long before = dossierCount();
    for (String type :
        new String[] {"application/x-www-form-urlencoded", "text/plain", "application/json"}) {
      Api.anonymous()
          .cookie(CookieRule.COOKIE, province)
          .contentType(type)
          .body("{}")
          .post("/api/v1/dossiers")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", "Bearer");
      Api.anonymous()
          .cookie(CookieRule.COOKIE, province)
          .contentType(type)
          .body("{}")
          .post("/")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
    // A provider's session cookie is held to the same rule, whatever it carries.
    for (String session : new String[] {"q_session", "q_session_chunk_1"}) {
      Api.anonymous()
          .cookie(session, "eyJhbGciOiJkaXIifQ.x.y")
          .contentType("application/json")
          .body("{}")
          .post("/api/v1/dossiers")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
      Api.anonymous()
          .cookie(session, "eyJhbGciOiJkaXIifQ.x.y")
          .get("/api/v1/units/" + district)
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
    assertThat(dossierCount()).isEqualTo(before);
  }

  private long dossierCount() {
    return ((Number) em.createNativeQuery("select count(*) from dossier").getSingleResult())
        .longValue();
  }

  @Test
  void healthMetricsAndTheContractArePublic() {
    for (String path : List.of("/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi")) {
      assertThat(Api.anonymous().get(path).statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void personalDataInFullOnlyForTheHoldingUnitAndEveryReadIsRecorded() {
    String path = "/api/v1/dossiers/" + code(Scope.OWN);
    String officer = Tokens.of("chuyen-vien-a", district, Roles.OFFICER);
    Api.as(officer)
        .get(path)
        .then()
        .statusCode(200)
        .body("applicant.name", org.hamcrest.Matchers.is("Hoàng Văn Bình"))
        .body("applicant.idNumber", org.hamcrest.Matchers.is("022088001122"))
        .body("applicant.masked", org.hamcrest.Matchers.is(false));
    for (String token :
        List.of(
            Tokens.of("truong-phong", district, Roles.HEAD),
            Tokens.of("thanh-tra", district, Roles.AUDITOR),
            Tokens.of("van-phong", district, Roles.PROVINCE))) {
      Api.as(token)
          .get(path)
          .then()
          .statusCode(200)
          .body("applicant.name", org.hamcrest.Matchers.is("H. V. B."))
          .body("applicant.idNumber", org.hamcrest.Matchers.endsWith("1122"))
          .body("applicant.idNumber", org.hamcrest.Matchers.not("022088001122"))
          .body("applicant.masked", org.hamcrest.Matchers.is(true));
    }
    List<?> reads =
        em.createNativeQuery(
                "select r.read_by, r.roles, r.unit_code from personal_data_read r"
                    + " join dossier d on d.id = r.dossier_id where d.code = :code")
            .setParameter("code", code(Scope.OWN))
            .getResultList();
    assertThat(reads).hasSize(1);
    assertThat((Object[]) reads.get(0)).containsExactly("chuyen-vien-a", "officer", district);
    // Lists never carry personal data, whoever asks.
    Api.as(officer)
        .get("/api/v1/dossiers?unit=" + district)
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("022088001122")));
  }

  /**
   * The documented way to a dev token (docs/security.md): deploy/dev-token.sh signs what the dev
   * and test key accepts.
   */
  @Test
  void devTokenScriptMakesTokensTheServiceAccepts() throws Exception {
    Process process =
        new ProcessBuilder("deploy/dev-token.sh", Roles.HEAD, district, "truong-phong-thu")
            .redirectErrorStream(true)
            .start();
    String token = new String(process.getInputStream().readAllBytes()).strip();
    assertThat(process.waitFor()).isZero();
    Api.as(token).get("/api/v1/dossiers/" + code(Scope.CHILD)).then().statusCode(200);
    Api.as(token).get("/api/v1/dossiers/" + code(Scope.FOREIGN)).then().statusCode(404);
    Api.as(token)
        .contentType(ContentType.JSON)
        .body("[]")
        .post("/api/v1/sync/dossiers")
        .then()
        .statusCode(403);
  }
}
