package vn.dunghan.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import vn.dunghan.shared.problem.Violations;
import vn.dunghan.shared.web.Utf8;

/**
 * Reads the fields of one portal record, naming each offence by the portal's own field path ({@code
 * DanhSachHoSoBoSung[1].NgayBoSung}). Absent and JSON null read the same; a value of the wrong kind
 * is an offence, never a guess. Codes and flags come as numbers or as strings of digits, as the
 * implementations that talk to the portal write them.
 */
final class RecordReader {

  /** The longest text kept from a record (names, reasons, links). */
  static final int MAX_TEXT = 2000;

  private final JsonNode node;
  private final String prefix;
  private final Violations violations;

  RecordReader(JsonNode node, Violations violations) {
    this(node, "", violations);
  }

  private RecordReader(JsonNode node, String prefix, Violations violations) {
    this.node = node;
    this.prefix = prefix;
    this.violations = violations;
  }

  private JsonNode value(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  boolean has(String field) {
    return value(field) != null;
  }

  /** Text, stripped; null when absent or blank. */
  String text(String field, int max) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      violations.add(prefix + field, "must be a string");
      return null;
    }
    String text = value.asText().strip();
    int bad = Utf8.firstForbidden(text);
    if (bad >= 0) {
      violations.add(prefix + field, "contains " + Utf8.describe(text, bad));
      return null;
    }
    if (text.length() > max) {
      violations.add(prefix + field, "must be at most " + max + " characters");
      return null;
    }
    return text.isEmpty() ? null : text;
  }

  String requiredText(String field, int max) {
    String text = text(field, max);
    if (text == null && !violations.has(prefix + field)) {
      violations.add(prefix + field, "is required");
    }
    return text;
  }

  /** A small whole number written as a number or a string of digits. */
  Integer code(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (value.canConvertToInt() && value.isIntegralNumber()) {
      return value.intValue();
    }
    if (value.isTextual() && value.asText().strip().matches("^-?[0-9]{1,4}$")) {
      return Integer.parseInt(value.asText().strip());
    }
    violations.add(prefix + field, "must be a whole number");
    return null;
  }

  /** A 0/1 flag (also true/false); absent reads false. */
  boolean flag(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    Integer code = code(field);
    if (code == null) {
      return false;
    }
    if (code != 0 && code != 1) {
      violations.add(prefix + field, "must be 0 or 1");
    }
    return code == 1;
  }

  /** A moment as the portal writes it ({@link DvcqgDates}). */
  OffsetDateTime moment(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    String text = value.isTextual() || value.isIntegralNumber() ? value.asText() : null;
    OffsetDateTime at = text == null ? null : DvcqgDates.parse(text).orElse(null);
    if (at == null) {
      violations.add(
          prefix + field, "must be a moment written yyyyMMddHHmmss, such as 20250303083000");
    }
    return at;
  }

  OffsetDateTime requiredMoment(String field, String why) {
    OffsetDateTime at = moment(field);
    if (at == null && !has(field)) {
      violations.add(prefix + field, "is required " + why);
    }
    return at;
  }

  /** An amount of money in đồng, 0 or more. */
  BigDecimal amount(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    BigDecimal amount = null;
    if (value.isIntegralNumber()
        || (value.isFloatingPointNumber() && Double.isFinite(value.doubleValue()))) {
      amount = value.decimalValue();
    } else if (value.isTextual()
        && value.asText().strip().matches("^[0-9]{1,15}(\\.[0-9]{1,2})?$")) {
      amount = new BigDecimal(value.asText().strip());
    }
    if (amount == null || amount.signum() < 0 || amount.compareTo(new BigDecimal("1e15")) >= 0) {
      violations.add(prefix + field, "must be an amount of đồng, 0 or more");
      return null;
    }
    return amount;
  }

  /** An http(s) link, or null. */
  String link(String field) {
    String text = text(field, MAX_TEXT);
    if (text != null && !text.matches("^https?://\\S+$")) {
      violations.add(prefix + field, "must be an http(s) link");
      return null;
    }
    return text;
  }

  /** Each object of the array {@code field} (at most {@code max}), read by {@code each}. */
  void each(String field, int max, Consumer<RecordReader> each) {
    JsonNode value = value(field);
    if (value == null) {
      return;
    }
    if (!value.isArray()) {
      violations.add(prefix + field, "must be an array");
      return;
    }
    if (value.size() > max) {
      violations.add(prefix + field, "must hold at most " + max + " entries");
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String path = prefix + field + "[" + i + "].";
      if (!item.isObject()) {
        violations.add(prefix + field + "[" + i + "]", "must be an object");
      } else {
        each.accept(new RecordReader(item, path, violations));
      }
    }
  }
}
