package vn.dunghan.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.support.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.RawHttp;
import vn.dunghan.support.TestProvince;
import vn.dunghan.support.Tokens;
import vn.dunghan.support.WrittenRows;

/**
 * A fuzzing pass driven by the published contract ({@code openapi/openapi.yaml}): for every
 * operation, every path and query parameter gets hostile values chosen by its declared type, and
 * every property of a request body, generated from its schema, gets values that no field of its
 * type may accept (NUL and other control characters, lone surrogates, overlong and invalid UTF-8,
 * numbers past their type, dates past the calendar, unknown enum constants, wrong JSON types);
 * bodies also come with duplicate keys and without a Content-Type. The generator is seeded, so a
 * failure repeats. Every answer must be a 4xx problem body (GETs may also answer 200 to a value
 * that is odd but harmless) and nothing may be written.
 */
@QuarkusTest
class ContractFuzzTest {

  private static final long SEED = 20261201L;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject EntityManager em;

  private static Map<String, String> pathValues;

  /** One generated request and what it may be answered. */
  record Probe(
      String name,
      String method,
      String target,
      String contentType,
      byte[] body,
      boolean mayRead) {}

  @BeforeEach
  void createOnce() {
    if (pathValues != null) {
      return;
    }
    TestProvince province = TestProvince.create(Api.unique("FZ"), "Tỉnh Thử Mờ");
    String unit = province.code;
    String field = province.field;
    String procedure = province.procedure;
    String dossier = unit + "-FZ1";
    post("/api/v1/dossiers", province.intake(dossier, unit, "Trương Thị Mờ", "079155667788"))
        .statusCode(201);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("/api/v1/units/{code}", unit);
    values.put("/api/v1/fields/{code}", field);
    values.put("/api/v1/procedures/{code}", procedure);
    values.put("/api/v1/dossiers/{code}", dossier);
    values.put("/api/v1/dossiers/{code}/deadline", dossier);
    values.put("/api/v1/dossiers/{code}/events", dossier);
    values.put("{year}", "2025");
    values.put("{name}", "sla-scan");
    pathValues = values;
  }

  // ---- hostile values by declared type

  /** Raw (already percent-encoded) values no parameter may take: 400 or 422, never 5xx. */
  private static final String[] PARAM_REFUSED = {
    "a%00b",
    "%00",
    "a%01",
    "%7F",
    "%C2%85",
    "%0Aa",
    "%0D%0A",
    "%C0%AF",
    "%E0%80%AF",
    "%ED%A0%80",
    "%F4%90%80%80",
    "%FF",
    "%zz",
    "abc%",
    "%",
    "%C3",
    "%F0%9F%98",
  };

  /** Odd but legal values: any 2xx-4xx answer, never 5xx, always a problem body on 4xx. */
  private static final String[] PARAM_ODD = {
    "_",
    "%25",
    "%5C",
    "%5C%25_",
    "'",
    "%22",
    "..",
    "..%2F..",
    "%E1%BB%A9",
    "a%20b",
    "",
    "-1",
    "0",
    "2147483647",
    "2147483648",
    "-2147483649",
    "99999999999999999999",
    "1e400",
    "NaN",
    "%2B999999999-01-01",
    "-999999999-01-01",
    "0001-01-01",
    "9999-12-31",
    "1899-12-31",
    "2200-01-01",
    "2025-02-30",
    "2025-13",
    "9999-99",
    "0000-00",
    "true",
  };

  private static final String[] INT_REFUSED = {
    "2147483648", "-2147483649", "99999999999999999999", "1e3", "0x10", "%00"
  };

  private static final String[] DATE_REFUSED = {
    "%2B999999999-12-31",
    "-999999999-01-01",
    "0001-01-01",
    "1899-12-31",
    "2200-01-01",
    "9999-12-31",
    "+10000-01-01",
    "2025-02-30",
    "2025-13-01",
    "2025-1-1",
  };

  /** JSON values no string field accepts. */
  private static List<JsonNode> refusedStrings() {
    List<JsonNode> values = new ArrayList<>();
    for (String s :
        new String[] {
          "a\u0000b",
          "\u0000",
          "x\u0001",
          "\u001b[31m",
          "\u007f",
          "a\u0085b",
          "\ud800",
          "x\udc00y",
          "\ufffe",
          "\uffff"
        }) {
      values.add(NODES.textNode(s));
    }
    values.add(NODES.numberNode(12345));
    values.add(NODES.booleanNode(true));
    values.add(NODES.objectNode());
    values.add(NODES.arrayNode().add("a"));
    return values;
  }

  private static List<JsonNode> refusedIntegers() {
    return List.of(
        NODES.numberNode(2147483648L),
        NODES.numberNode(-2147483649L),
        NODES.numberNode(new java.math.BigInteger("99999999999999999999999")),
        NODES.numberNode(new java.math.BigDecimal("1e400")),
        NODES.textNode("5"),
        NODES.textNode("a\u0000"),
        NODES.booleanNode(false),
        NODES.arrayNode());
  }

  private static List<JsonNode> refusedNumbers() {
    return List.of(
        NODES.numberNode(new java.math.BigDecimal("1e400")),
        NODES.numberNode(new java.math.BigDecimal("-1e400")),
        NODES.numberNode(new java.math.BigDecimal("1e-400")),
        NODES.textNode("1.5"),
        NODES.booleanNode(true),
        NODES.objectNode());
  }

  private static List<JsonNode> refusedDates(boolean withTime) {
    List<JsonNode> values = new ArrayList<>();
    String time = withTime ? "T09:00:00+07:00" : "";
    for (String day :
        new String[] {
          "+999999999-12-31",
          "-999999999-01-01",
          "0001-01-01",
          "1899-12-31",
          "2200-01-01",
          "9999-12-31",
          "2025-02-30"
        }) {
      values.add(NODES.textNode(day + time));
    }
    values.add(NODES.textNode("2025-03-03" + time + "\u0000"));
    values.add(NODES.textNode(" 2025-03-03" + time));
    values.add(NODES.textNode("2025-03-03" + time + "\t"));
    values.add(NODES.numberNode(20250303));
    values.add(NODES.arrayNode().add(2025).add(3).add(3));
    return values;
  }

  private static List<JsonNode> refusedEnums() {
    return List.of(
        NODES.textNode("KHONG_CO"),
        NODES.textNode("direct"),
        NODES.textNode("DIRECT\u0000"),
        NODES.numberNode(0),
        NODES.textNode(""),
        NODES.objectNode());
  }

  // ---- the contract

  private JsonNode contract;

  private JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    if (ref == null) {
      return schema;
    }
    String[] parts = ref.asText().substring(2).split("/");
    JsonNode node = contract;
    for (String part : parts) {
      node = node.get(part);
    }
    return resolve(node);
  }

  /** What kind of value a schema holds, by its type, format and enum. */
  private String kind(JsonNode schema) {
    JsonNode s = resolve(schema);
    if (s.has("enum")) {
      return "enum";
    }
    String type = s.path("type").asText("");
    String format = s.path("format").asText("");
    if (type.equals("string") && format.equals("date")) {
      return "date";
    }
    if (type.equals("string") && format.equals("date-time")) {
      return "date-time";
    }
    return type.isEmpty() ? "object" : type;
  }

  /** A plausible value for {@code schema}, for the fields that are not being mutated. */
  private JsonNode sample(JsonNode schema, int depth) {
    JsonNode s = resolve(schema);
    switch (kind(s)) {
      case "enum":
        return s.get("enum").get(0);
      case "date":
        return NODES.textNode("2025-03-03");
      case "date-time":
        return NODES.textNode("2025-03-03T09:00:00+07:00");
      case "integer":
        return NODES.numberNode(1);
      case "number":
        return NODES.numberNode(1);
      case "boolean":
        return NODES.booleanNode(true);
      case "string":
        return NODES.textNode("FZ" + depth);
      case "array":
        ArrayNode array = NODES.arrayNode();
        if (depth < 4 && s.has("items")) {
          array.add(sample(s.get("items"), depth + 1));
        }
        return array;
      default:
        ObjectNode object = NODES.objectNode();
        if (depth < 4 && s.has("properties")) {
          Iterator<Map.Entry<String, JsonNode>> fields = s.get("properties").fields();
          while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            object.set(f.getKey(), sample(f.getValue(), depth + 1));
          }
        }
        return object;
    }
  }

  /**
   * Every (path to a property, its schema) in {@code schema}, nested objects and arrays included.
   */
  private void properties(JsonNode schema, String prefix, Map<String, JsonNode> out, int depth) {
    JsonNode s = resolve(schema);
    if (depth > 4) {
      return;
    }
    if (kind(s).equals("array") && s.has("items")) {
      properties(s.get("items"), prefix + "[0]", out, depth + 1);
      return;
    }
    if (!s.has("properties")) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = s.get("properties").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String path = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
      out.put(path, f.getValue());
      properties(f.getValue(), path, out, depth + 1);
    }
  }

  private static void set(JsonNode root, String path, JsonNode value) {
    String[] steps = path.replace("[0]", ".[0]").split("\\.");
    JsonNode at = root;
    for (int i = 0; i < steps.length - 1; i++) {
      at = steps[i].equals("[0]") ? at.get(0) : at.get(steps[i]);
      if (at == null) {
        return;
      }
    }
    String last = steps[steps.length - 1];
    if (at instanceof ObjectNode) {
      ((ObjectNode) at).set(last, value);
    } else if (at instanceof ArrayNode && last.equals("[0]") && at.size() > 0) {
      ((ArrayNode) at).set(0, value);
    }
  }

  private List<JsonNode> refusedFor(JsonNode schema) {
    switch (kind(schema)) {
      case "enum":
        return refusedEnums();
      case "date":
        return refusedDates(false);
      case "date-time":
        return refusedDates(true);
      case "integer":
        return refusedIntegers();
      case "number":
        return refusedNumbers();
      case "string":
        return refusedStrings();
      case "boolean":
        return List.of(NODES.textNode("true"), NODES.numberNode(1));
      default:
        return List.of(NODES.textNode("a\u0000"), NODES.numberNode(7));
    }
  }

  private String concrete(String template) {
    String path = template;
    String value = pathValues.get(template);
    if (value != null) {
      return path.replace("{code}", value);
    }
    for (Map.Entry<String, String> e : pathValues.entrySet()) {
      if (e.getKey().startsWith("{")) {
        path = path.replace(e.getKey(), e.getValue());
      }
    }
    return path;
  }

  private List<Probe> probes() throws IOException {
    // SnakeYAML, not Jackson's YAML reader: it fails on the contract's unquoted time examples
    try (var reader = java.nio.file.Files.newBufferedReader(Path.of("openapi", "openapi.yaml"))) {
      contract = JSON.valueToTree(new org.yaml.snakeyaml.Yaml().load(reader));
    }
    Random random = new Random(SEED);
    List<Probe> probes = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> entry = paths.next();
      String template = entry.getKey();
      if (!template.startsWith("/api/")) {
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> operations = entry.getValue().fields();
      while (operations.hasNext()) {
        Map.Entry<String, JsonNode> op = operations.next();
        String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
        boolean read = method.equals("GET");
        String base = concrete(template);
        JsonNode requestBody = op.getValue().path("requestBody").path("content");
        String mediaType =
            requestBody.fieldNames().hasNext() ? requestBody.fieldNames().next() : null;
        byte[] validish = null;
        JsonNode bodySchema = null;
        if (mediaType != null && mediaType.contains("json")) {
          bodySchema = requestBody.get(mediaType).get("schema");
          JsonNode sample = sample(bodySchema, 0);
          validish = JSON.writeValueAsBytes(sample);
        }
        // path parameters
        for (JsonNode parameter : op.getValue().path("parameters")) {
          String name = parameter.get("name").asText();
          String in = parameter.get("in").asText();
          String kind = kind(parameter.path("schema"));
          List<String> refused = new ArrayList<>(List.of(PARAM_REFUSED));
          if (kind.equals("integer")) {
            refused.addAll(List.of(INT_REFUSED));
          }
          if (kind.startsWith("date")) {
            refused.addAll(List.of(DATE_REFUSED));
          }
          for (String value : refused) {
            probes.add(probe(method, template, name, in, base, value, mediaType, validish, false));
          }
          for (String value : PARAM_ODD) {
            // odd values are sent to reads only: to a write they may be legitimately accepted
            if (read) {
              probes.add(probe(method, template, name, in, base, value, mediaType, validish, true));
            }
          }
        }
        if (bodySchema == null) {
          continue;
        }
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        properties(bodySchema, "", properties, 0);
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
          List<JsonNode> values = refusedFor(property.getValue());
          for (JsonNode value : values) {
            JsonNode mutated = sample(bodySchema, 0);
            if (property.getKey().startsWith("[0]") && mutated.isArray() && mutated.size() == 0) {
              continue;
            }
            set(mutated, property.getKey(), value);
            probes.add(
                new Probe(
                    method
                        + " "
                        + template
                        + " body "
                        + property.getKey()
                        + "="
                        + shorten(value.toString()),
                    method,
                    base,
                    mediaType,
                    JSON.writeValueAsBytes(mutated),
                    false));
          }
          // the same field twice in its object
          String text = new String(validish, StandardCharsets.UTF_8);
          String key =
              property.getKey().contains(".") || property.getKey().contains("[")
                  ? null
                  : property.getKey();
          if (key != null && text.startsWith("{")) {
            probes.add(
                new Probe(
                    method + " " + template + " duplicate " + key,
                    method,
                    base,
                    mediaType,
                    ("{\"" + key + "\":\"FZ\"," + text.substring(1))
                        .getBytes(StandardCharsets.UTF_8),
                    false));
          }
        }
        // bytes that are not strict UTF-8, spliced into a string of the sample
        String text = new String(validish, StandardCharsets.UTF_8);
        int quote = text.indexOf("\"FZ");
        for (byte[] bad :
            new byte[][] {
              {(byte) 0xc0, (byte) 0xaf},
              {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
              {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
              {(byte) 0xff},
              {(byte) 0xc3},
              {(byte) 0x80},
              {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
              {0}
            }) {
          if (quote < 0) {
            break;
          }
          byte[] head = text.substring(0, quote + 1).getBytes(StandardCharsets.UTF_8);
          byte[] tail = text.substring(quote + 1).getBytes(StandardCharsets.UTF_8);
          byte[] spliced = new byte[head.length + bad.length + tail.length];
          System.arraycopy(head, 0, spliced, 0, head.length);
          System.arraycopy(bad, 0, spliced, head.length, bad.length);
          System.arraycopy(tail, 0, spliced, head.length + bad.length, tail.length);
          probes.add(
              new Probe(
                  method + " " + template + " bytes " + java.util.HexFormat.of().formatHex(bad),
                  method,
                  base,
                  mediaType,
                  spliced,
                  false));
        }
        // no Content-Type, a wrong one, a random truncation
        probes.add(
            new Probe(
                method + " " + template + " no content type", method, base, null, validish, false));
        probes.add(
            new Probe(
                method + " " + template + " form",
                method,
                base,
                "application/x-www-form-urlencoded",
                validish,
                false));
        probes.add(
            new Probe(
                method + " " + template + " text/plain",
                method,
                base,
                "text/plain",
                validish,
                false));
        int cut = 1 + random.nextInt(Math.max(1, validish.length - 1));
        probes.add(
            new Probe(
                method + " " + template + " cut at " + cut,
                method,
                base,
                mediaType,
                java.util.Arrays.copyOf(validish, cut),
                false));
      }
    }
    return probes;
  }

  private Probe probe(
      String method,
      String template,
      String name,
      String in,
      String base,
      String value,
      String mediaType,
      byte[] body,
      boolean mayRead) {
    String target;
    if (in.equals("path")) {
      target = template.replace("{" + name + "}", value);
      target = concrete(target);
    } else {
      target = base + (base.contains("?") ? "&" : "?") + name + "=" + value;
    }
    return new Probe(
        method + " " + template + " " + in + " " + name + "=" + value,
        method,
        target,
        body == null ? null : mediaType,
        body,
        mayRead);
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private long rows() {
    return WrittenRows.count(em);
  }

  private String fingerprint() {
    return WrittenRows.fingerprint(em);
  }

  /** The sync answers 200 with each item's outcome: refused means every item REJECTED. */
  private static boolean allRejected(RawHttp.Answer answer) throws IOException {
    JsonNode result = JSON.readTree(answer.body());
    return result.has("rejected")
        && result.path("created").asInt(-1) == 0
        && result.path("updated").asInt(-1) == 0
        && result.path("unchanged").asInt(-1) == 0;
  }

  @Test
  void everyOperationRefusesHostileValuesWithAProblemAndWritesNothing() throws IOException {
    List<Probe> probes = probes();
    assertThat(probes).hasSizeGreaterThan(1000);
    org.jboss.logging.Logger.getLogger(ContractFuzzTest.class)
        .infof("contract fuzz: %d probes over the published operations", probes.size());
    long before = rows();
    String printBefore = fingerprint();
    Map<String, String> auth = RawHttp.bearer(Tokens.operator());
    List<String> wrong = new ArrayList<>();
    for (Probe p : probes) {
      Map<String, String> headers = new LinkedHashMap<>(auth);
      if (p.contentType() != null) {
        headers.put("Content-Type", p.contentType());
      }
      RawHttp.Answer answer = RawHttp.send(p.method(), p.target(), headers, p.body());
      int status = answer.status();
      if (status >= 500 || status < 200) {
        wrong.add(p.name() + ": " + status + " " + shorten(answer.text()));
      } else if (status < 400
          && !(p.mayRead() && p.method().equals("GET"))
          && !allRejected(answer)) {
        wrong.add(p.name() + ": accepted with " + status + " " + shorten(answer.text()));
      } else if (status >= 400) {
        String type = answer.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
          wrong.add(p.name() + ": " + status + " without a problem body (" + type + ")");
        } else if (JSON.readTree(answer.body()).path("status").asInt() != status) {
          wrong.add(p.name() + ": problem status differs from " + status);
        }
      }
    }
    assertThat(wrong).as("probes answered wrongly (of %d)", probes.size()).isEmpty();
    assertThat(rows()).as("rows in the written tables").isEqualTo(before);
    assertThat(fingerprint()).isEqualTo(printBefore);
  }
}
