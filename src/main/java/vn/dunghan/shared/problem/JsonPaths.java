package vn.dunghan.shared.problem;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** Names a JSON location and an expected type the way a client wrote the request. */
final class JsonPaths {

  private static final int MAX_ECHO = 60;

  private JsonPaths() {}

  static String of(List<Reference> path) {
    StringBuilder out = new StringBuilder();
    for (Reference ref : path) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  static String describe(Class<?> type) {
    if (type == null) {
      return "a valid value";
    }
    if (type.isEnum()) {
      StringBuilder names = new StringBuilder("one of ");
      Object[] constants = type.getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        names.append(i == 0 ? "" : ", ").append(constants[i]);
      }
      return names.toString();
    }
    if (type == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (type == LocalTime.class) {
      return "a time (HH:mm)";
    }
    if (type == OffsetDateTime.class || type == java.time.Instant.class) {
      return "a date-time with offset (ISO-8601)";
    }
    if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return type == boolean.class ? "a boolean" : "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  static String abbreviate(String value) {
    return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
  }
}
