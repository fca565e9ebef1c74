package vn.dunghan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.RawHttp;
import vn.dunghan.support.WrittenRows;

/**
 * A corpus of bad requests, generated from valid bodies by one mutation each (malformed JSON, wrong
 * types, huge strings, invalid dates, unknown enum values, negative or huge numbers, path traversal
 * in codes, unknown fields, broken NDJSON lines) and bad query parameters. Every one must answer a
 * 4xx problem body (never a 500), and the tables they target must hold exactly the rows they held
 * before.
 */
@QuarkusTest
class BadInputCorpusTest {

  @Inject EntityManager em;

  private static String province;
  private static String procedure;
  private static String dossier;

  /** What a field holds, which decides the mutations that must be refused. */
  enum Kind {
    CODE,
    TEXT,
    ENUM,
    INSTANT,
    DATE,
    NUMBER
  }

  record Field(String path, Kind kind, boolean required) {}

  record Case(String name, String method, String path, String contentType, String body) {}

  private static final String HUGE = "x".repeat(100_000);

  @BeforeEach
  void createOnce() {
    if (province != null) {
      return;
    }
    String p = Api.unique("BI");
    post(
            "/api/v1/units",
            body(
                "code", p,
                "name", "Tỉnh Đầu Vào",
                "kind", "PROVINCE",
                "head", body("name", "Mai Văn Kiểm", "title", "Chủ tịch", "email", "bi@test.vn"),
                "validFrom", "2004-01-01"))
        .statusCode(201);
    String field = Api.unique("bi");
    post("/api/v1/fields", body("code", field, "name", "Tư pháp")).statusCode(201);
    procedure = "9.940005." + Api.unique("b");
    post("/api/v1/procedures", procedureBody(procedure, field)).statusCode(201);
    dossier = p + "-D1";
    post("/api/v1/dossiers", intake(dossier, p)).statusCode(201);
    province = p;
  }

  private static Map<String, Object> procedureBody(String code, String field) {
    return body(
        "code",
        code,
        "name",
        "Chứng thực chữ ký",
        "fieldCode",
        field,
        "levels",
        List.of("PROVINCE"),
        "processingTime",
        body("amount", 5, "unit", "WORKING_DAYS"),
        "onlineService",
        "FULL");
  }

  private static Map<String, Object> intake(String code, String unit) {
    return body(
        "code", code,
        "procedureCode", procedure,
        "handlingUnitCode", unit,
        "receivingUnitCode", unit,
        "channel", "DIRECT",
        "receivedAt", "2025-03-03T09:00:00+07:00",
        "applicant", body("kind", "CITIZEN", "name", "Đinh Thị Hồng", "idNumber", "022177003344"));
  }

  /** The values that must be refused in a field of {@code kind}. */
  private static List<Object> refused(Field f) {
    List<Object> values = new ArrayList<>();
    switch (f.kind()) {
      case CODE -> {
        values.addAll(List.of(12345, true, List.of("a"), Map.of("a", 1), HUGE));
        values.addAll(
            List.of("../../etc/passwd", "..%2F..%2Fetc", "a b c d", "mã;drop table dossier"));
      }
      case TEXT -> values.addAll(List.of(12345, false, List.of(), Map.of(), HUGE));
      case ENUM -> values.addAll(List.of(1, true, List.of(), Map.of(), "KHONG_CO", "direct ", ""));
      case INSTANT ->
          values.addAll(
              List.of(
                  20250303,
                  true,
                  List.of(),
                  "2025-02-30T09:00:00+07:00",
                  "03/03/2025 09:00",
                  "2025-03-03",
                  "2999-01-01T09:00:00+07:00",
                  ""));
      case DATE ->
          values.addAll(List.of(1, List.of(), "2025-02-30", "2025/03/03", "30-04-2025", ""));
      case NUMBER -> values.addAll(List.of("năm", true, List.of(), -1, 1e300, 0.3, ""));
    }
    if (f.required()) {
      values.add(null);
    }
    return values;
  }

  private static final String[] MALFORMED = {
    "{",
    "[",
    "{\"code\":}",
    "nul",
    "{'code':'x'}",
    "{\"code\":\"a\"}}",
    "\u0000",
    "{\"a\":1,}",
    "[1,2"
  };

  private static List<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    String unit = province;
    mutate(
        cases,
        "POST",
        "/api/v1/dossiers",
        intake(Api.unique("BI-N") + "-0001", unit),
        List.of(
            new Field("code", Kind.CODE, true),
            new Field("procedureCode", Kind.CODE, true),
            new Field("handlingUnitCode", Kind.CODE, true),
            new Field("receivingUnitCode", Kind.CODE, true),
            new Field("channel", Kind.ENUM, true),
            new Field("receivedAt", Kind.INSTANT, true),
            new Field("applicant.kind", Kind.ENUM, true),
            new Field("applicant.name", Kind.TEXT, true),
            new Field("applicant.idNumber", Kind.CODE, false)));
    mutate(
        cases,
        "POST",
        "/api/v1/dossiers/" + dossier + "/events",
        body(
            "type", "SUPPLEMENT_REQUESTED",
            "at", "2025-03-04T10:00:00+07:00",
            "reason", "Thiếu bản sao giấy khai sinh"),
        List.of(
            new Field("type", Kind.ENUM, true),
            new Field("at", Kind.INSTANT, true),
            new Field("toUnitCode", Kind.CODE, false),
            new Field("allotment", Kind.NUMBER, false),
            new Field("newAppointmentDate", Kind.DATE, false),
            new Field("outcome", Kind.ENUM, false)));
    mutate(
        cases,
        "POST",
        "/api/v1/units",
        body(
            "code",
            Api.unique("BIU"),
            "name",
            "Sở Tư pháp",
            "kind",
            "DEPARTMENT",
            "parentCode",
            unit,
            "head",
            body("name", "Ngô Văn Pháp", "title", "Giám đốc", "email", "tp@test.vn"),
            "validFrom",
            "2004-01-01"),
        List.of(
            new Field("code", Kind.CODE, true),
            new Field("name", Kind.TEXT, true),
            new Field("kind", Kind.ENUM, true),
            new Field("parentCode", Kind.CODE, false),
            new Field("head.email", Kind.CODE, false),
            new Field("validFrom", Kind.DATE, true),
            new Field("validTo", Kind.DATE, false),
            new Field("webhookUrl", Kind.CODE, false)));
    mutate(
        cases,
        "POST",
        "/api/v1/fields",
        body("code", Api.unique("bif"), "name", "Lý lịch tư pháp"),
        List.of(new Field("code", Kind.CODE, true), new Field("name", Kind.TEXT, true)));
    mutate(
        cases,
        "POST",
        "/api/v1/procedures",
        procedureBody("9.930005." + Api.unique("c"), "nonexistent-field-is-mutated-below"),
        List.of(
            new Field("code", Kind.CODE, true),
            new Field("name", Kind.TEXT, true),
            new Field("processingTime.amount", Kind.NUMBER, true),
            new Field("processingTime.unit", Kind.ENUM, true),
            new Field("onlineService", Kind.ENUM, false)));
    for (String path :
        List.of(
            "/api/v1/dossiers",
            "/api/v1/dossiers/" + dossier + "/events",
            "/api/v1/units",
            "/api/v1/fields",
            "/api/v1/procedures",
            "/api/v1/sync/dossiers",
            "/api/v1/reports/snapshots")) {
      for (String text : MALFORMED) {
        cases.add(new Case("malformed " + text, "POST", path, "application/json", text));
      }
      cases.add(new Case("not JSON", "POST", path, "text/plain", "code=x"));
    }
    // Portal sync: a body that is not a list, and NDJSON with broken lines, refuse the bad lines.
    cases.add(new Case("sync object", "POST", "/api/v1/sync/dossiers", "application/json", "{}"));
    for (String path :
        List.of(
            "/api/v1/dossiers/..%2F..%2Fetc%2Fpasswd",
            "/api/v1/dossiers/%2e%2e%2f%2e%2e%2f",
            "/api/v1/units/..;%2F..%2Fadmin",
            "/api/v1/dossiers/" + HUGE.substring(0, 2000),
            "/api/v1/dossiers?page=-1",
            "/api/v1/dossiers?size=0",
            "/api/v1/dossiers?size=201",
            "/api/v1/dossiers?size=abc",
            "/api/v1/dossiers?page=99999999999999999999",
            "/api/v1/dossiers?receivedFrom=2025-02-30",
            "/api/v1/dossiers?receivedTo=hôm-nay",
            "/api/v1/dossiers?status=DONE",
            "/api/v1/dossiers?level=TINH",
            "/api/v1/dossiers?slaState=LATE",
            "/api/v1/sla/on-time-rates?from=2025-13-01&to=2025-12-31",
            "/api/v1/sla/on-time-rates?from=2025-12-31&to=2025-01-01",
            "/api/v1/sla/on-time-rates?from=1900-01-01&to=2099-12-31",
            "/api/v1/sla/on-time-rates?groupBy=tinh",
            "/api/v1/sla/attribution?groupBy=procedure",
            "/api/v1/calendar/add-working-days?from=2025-01-20&days=-5",
            "/api/v1/calendar/add-working-days?from=2025-01-20&days=1e9",
            "/api/v1/calendar/add-working-days?from=2025-01-20&days=0.3",
            "/api/v1/calendar/add-working-days?from=x&days=1",
            "/api/v1/calendar/add-working-hours?from=2025-01-20T08:00&hours=-1",
            "/api/v1/calendar/working-days?from=2025-01-20",
            "/api/v1/calendar/99999",
            "/api/v1/calendar/next-working-day?after=2025-02-29",
            "/api/v1/reports/monthly?period=2025-00",
            "/api/v1/reports/monthly?period=../../etc",
            "/api/v1/reports/monthly?period=2025-Q5",
            "/api/v1/reports/monthly?period=2025-03&format=exe",
            "/api/v1/reports/monthly?period=2025-03&window=lunar",
            "/api/v1/reports/monthly?period=2025-03&unit=../..",
            "/api/v1/reports/snapshots?period=" + HUGE.substring(0, 300),
            "/api/v1/procedures?level=XA",
            "/api/v1/units?kind=VILLAGE",
            "/api/v1/units?on=2025-02-30")) {
      cases.add(new Case("GET " + path, "GET", path, null, null));
    }
    cases.add(
        new Case(
            "PUT unit with huge name",
            "PUT",
            "/api/v1/units/" + unit,
            "application/json",
            "{\"code\":\""
                + unit
                + "\",\"name\":\""
                + HUGE
                + "\",\"kind\":\"PROVINCE\","
                + "\"validFrom\":\"2004-01-01\"}"));
    cases.add(
        new Case(
            "PUT calendar with an unknown kind",
            "PUT",
            "/api/v1/calendar/2025",
            "application/json",
            "{\"status\":\"OFFICIAL\",\"source\":\"x\",\"reason\":\"x\",\"changedBy\":\"x\","
                + "\"entries\":[{\"date\":\"2025-01-01\",\"kind\":\"PARTY\",\"name\":\"x\"}]}"));
    return cases;
  }

  /** One case per refused value of each field, one for an unknown field, one without a body. */
  private static void mutate(
      List<Case> cases, String method, String path, Map<String, Object> valid, List<Field> fields) {
    for (Field f : fields) {
      for (Object value : refused(f)) {
        Map<String, Object> copy = deepCopy(valid);
        set(copy, f.path(), value);
        cases.add(
            new Case(
                f.path() + " = " + shorten(value), method, path, "application/json", json(copy)));
      }
    }
    Map<String, Object> extra = deepCopy(valid);
    extra.put("thuaTruong", "x");
    cases.add(new Case("unknown field", method, path, "application/json", json(extra)));
    cases.add(new Case("empty body", method, path, "application/json", ""));
  }

  @SuppressWarnings("unchecked")
  private static void set(Map<String, Object> map, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> at = map;
    for (int i = 0; i < parts.length - 1; i++) {
      at = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
    }
    at.put(parts[parts.length - 1], value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k, v instanceof Map ? deepCopy((Map<String, Object>) v) : v));
    return copy;
  }

  private static String json(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String shorten(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
  }

  private long rows() {
    return WrittenRows.count(em);
  }

  private String fingerprint() {
    return WrittenRows.fingerprint(em);
  }

  @Test
  void everyBadRequestIsAProblemAndChangesNothing() {
    List<Case> cases = corpus();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
    long before = rows();
    String dossiersBefore = fingerprint();
    List<String> wrong = new ArrayList<>();
    for (Case c : cases) {
      var request = Api.given();
      if (c.contentType() != null) {
        request = request.contentType(c.contentType()).body(c.body());
      }
      Response response = request.request(c.method(), c.path());
      int status = response.statusCode();
      String type = response.contentType();
      if (status < 400 || status >= 500) {
        wrong.add(
            c.method() + " " + c.path() + " " + c.name() + ": " + status + " " + cut(response));
      } else if (type == null || !type.startsWith("application/problem+json")) {
        wrong.add(
            c.method() + " " + c.path() + " " + c.name() + ": no problem body (" + type + ")");
      } else if (response.jsonPath().getInt("status") != status) {
        wrong.add(c.name() + ": problem status differs from " + status);
      }
    }
    assertThat(wrong).as("requests not refused with a problem (of %d)", cases.size()).isEmpty();
    assertThat(rows()).as("rows in the written tables").isEqualTo(before);
    assertThat(fingerprint()).isEqualTo(dossiersBefore);
  }

  @Test
  void ndjsonWithBrokenLinesRejectsOnlyThoseLinesAndWritesNothingForThem() {
    long before = rows();
    String lines =
        "{\"code\": \n"
            + "not json at all\n"
            + json(intake(province + "-ND-1", "NO-SUCH-UNIT")).replace("\"events\"", "\"x\"")
            + "\n"
            + "[1,2,3]\n"
            + "{\"code\":\""
            + province
            + "-ND-2\",\"channel\":\"FAX\"}\n";
    Api.given()
        .contentType("application/x-ndjson")
        .body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/v1/sync/dossiers")
        .then()
        .statusCode(200)
        .body("rejected", org.hamcrest.Matchers.is(5))
        .body("created", org.hamcrest.Matchers.is(0))
        .body(
            "items.problem.status",
            org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(400)));
    assertThat(rows()).isEqualTo(before);
  }

  /**
   * One hostile line of an NDJSON batch is rejected alone: a NUL in a string (PostgreSQL refuses
   * it), a line that is not UTF-8, an overlong sequence, a duplicate key. The good lines around
   * them are created, and nothing of the bad ones is stored.
   */
  @Test
  void hostileNdjsonLinesAreRejectedAloneAndTheGoodOnesCreated() throws Exception {
    String good1 = province + "-NDG1";
    String good2 = province + "-NDG2";
    String nul =
        json(intake(province + "-NDNUL", province)).replace("Đinh Thị Hồng", "Đinh\\u0000Hồng");
    byte[] overlong =
        json(intake(province + "-NDOVL", province))
            .replace("Đinh Thị Hồng", "Đinh@@Hồng")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String duplicate =
        "{\"code\":\""
            + province
            + "-NDDUP\","
            + json(intake(province + "-NDDUP2", province)).substring(1);
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(
        (json(intake(good1, province)) + "\n" + nul + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(splice(overlong, "@@", new byte[] {(byte) 0xc0, (byte) 0xaf}));
    body.writeBytes("\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(new byte[] {'{', '"', 'c', (byte) 0xff, '"', ':', '1', '}', '\r', '\n'});
    body.writeBytes(
        (duplicate + "\n" + json(intake(good2, province)) + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Api.given()
        .contentType("application/x-ndjson")
        .body(body.toByteArray())
        .post("/api/v1/sync/dossiers")
        .then()
        .statusCode(200)
        .body("created", org.hamcrest.Matchers.is(2))
        .body("rejected", org.hamcrest.Matchers.is(4))
        .body("items[0].outcome", org.hamcrest.Matchers.is("CREATED"))
        .body("items[1].outcome", org.hamcrest.Matchers.is("REJECTED"))
        .body("items[1].problem.status", org.hamcrest.Matchers.is(422))
        .body("items[2].outcome", org.hamcrest.Matchers.is("REJECTED"))
        .body("items[2].problem.detail", org.hamcrest.Matchers.containsString("not valid UTF-8"))
        .body("items[3].outcome", org.hamcrest.Matchers.is("REJECTED"))
        .body("items[4].outcome", org.hamcrest.Matchers.is("REJECTED"))
        .body("items[4].problem.detail", org.hamcrest.Matchers.containsString("duplicate field"))
        .body("items[5].outcome", org.hamcrest.Matchers.is("CREATED"));
    Object stored =
        em.createNativeQuery("select count(*) from dossier where code like :p")
            .setParameter("p", province + "-ND%")
            .getSingleResult();
    assertThat(((Number) stored).longValue()).isEqualTo(2);
  }

  /**
   * What the HTTP layer refuses comes with a problem body too: over-long URLs (far past the gate's
   * 8 KB as well), over-large headers, malformed escapes, a body without a Content-Type.
   */
  @Test
  void refusalsOfTheHttpLayerAreProblems() {
    Map<String, String> auth = RawHttp.bearer(vn.dunghan.support.Tokens.operator());
    Map<String, Integer> expected = new LinkedHashMap<>();
    List<RawHttp.Answer> answers = new ArrayList<>();
    for (int length : new int[] {9_000, 200_000}) {
      answers.add(RawHttp.send("GET", "/api/v1/units/" + "A".repeat(length), auth, null));
      expected.put("URL of " + length, 414);
    }
    Map<String, String> big = new LinkedHashMap<>(auth);
    big.put("X-Ghi-Chu", "x".repeat(40_000));
    answers.add(RawHttp.send("GET", "/api/v1/fields", big, null));
    expected.put("40 KB header", 431);
    answers.add(RawHttp.send("GET", "/api/v1/dossiers/%zz", auth, null));
    expected.put("bad escape in the path", 400);
    answers.add(RawHttp.send("GET", "/api/v1/dossiers?unit=%E0%80%AF", auth, null));
    expected.put("overlong escape in the query", 400);
    answers.add(RawHttp.send("GET", "/api/v1/dossiers/\u00c3\u00a1", auth, null));
    expected.put("raw non-ASCII bytes", 400);
    answers.add(
        RawHttp.send(
            "POST", "/api/v1/fields", auth, "{\"code\":\"khong-kieu\",\"name\":\"x\"}".getBytes()));
    expected.put("body without Content-Type", 415);
    int i = 0;
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      RawHttp.Answer answer = answers.get(i++);
      assertThat(answer.status()).as(e.getKey()).isEqualTo(e.getValue());
      assertThat(answer.contentType()).as(e.getKey()).startsWith("application/problem+json");
      assertThat(answer.text()).as(e.getKey()).contains("\"status\":" + e.getValue());
    }
    Api.get("/api/v1/fields/khong-kieu").statusCode(404);
  }

  /** An overlong '/' in a JSON body is refused, never stored as '/'. */
  @Test
  void anOverlongSequenceIsRefusedNotDecodedIntoAnotherCharacter() {
    String code = province + "-OVL";
    byte[] bytes =
        splice(
            json(intake(code + "@@1", province)).getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "@@",
            new byte[] {(byte) 0xc0, (byte) 0xaf});
    Api.given()
        .contentType("application/json")
        .body(bytes)
        .post("/api/v1/dossiers")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("not valid UTF-8"));
    Object stored =
        em.createNativeQuery("select count(*) from dossier where code like :p")
            .setParameter("p", code + "%")
            .getSingleResult();
    assertThat(((Number) stored).longValue()).isZero();
  }

  private static byte[] splice(byte[] text, String marker, byte[] bytes) {
    String s = new String(text, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = s.indexOf(marker);
    byte[] out = new byte[text.length - marker.length() + bytes.length];
    System.arraycopy(text, 0, out, 0, at);
    System.arraycopy(bytes, 0, out, at, bytes.length);
    System.arraycopy(
        text, at + marker.length(), out, at + bytes.length, text.length - at - marker.length());
    return out;
  }

  /**
   * Announces a body over the 32 MB limit and sends the start of it: the service answers 413 with a
   * problem body without reading the rest (a raw socket, since HTTP clients fail on the early
   * answer while they are still sending).
   */
  @Test
  void aBodyOverTheLimitIsA413Problem() throws Exception {
    int port = io.restassured.RestAssured.port;
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      String head =
          "POST /api/v1/sync/dossiers HTTP/1.1\r\nHost: localhost\r\n"
              + "Authorization: Bearer "
              + vn.dunghan.support.Tokens.operator()
              + "\r\nContent-Type: application/json\r\nContent-Length: 40000000\r\n\r\n[";
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer =
          new String(
              socket.getInputStream().readNBytes(600), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(answer.toString()).startsWith("HTTP/1.1 413");
    }
  }

  private static String label(Case c) {
    return shorten(c.method() + " " + c.path()) + " " + shorten(c.name());
  }

  private static String cut(Response response) {
    String text = response.asString();
    return text.length() > 300 ? text.substring(0, 300) : text;
  }
}
