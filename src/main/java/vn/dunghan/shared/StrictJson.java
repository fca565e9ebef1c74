package vn.dunghan.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalTimeDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.function.Function;
import vn.dunghan.shared.web.Utf8;

/**
 * No silent type conversion in request bodies: a number or a boolean where text is expected (a code
 * sent as {@code 12345}), text or a number where a boolean is expected, are 400 problems naming the
 * field instead of being turned into something that may pass validation (docs/api.md "Problem
 * types"). Unknown fields are refused by configuration.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  /** After the customizers that register the standard modules, so these deserializers win. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    // 1 is not an enum value (it would silently pick the second constant)
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    // {"code":"A","code":"B"} is refused: keeping either value silently hides what was meant.
    mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    // Dates and instants only as ISO-8601 text: not [2025,3,3], not [], not epoch numbers.
    // ... and within the years the calendar covers (DateRange).
    SimpleModule textOnly = new SimpleModule("dates-as-text");
    textOnly.addDeserializer(
        LocalDate.class, new TextOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE, d -> d));
    textOnly.addDeserializer(
        OffsetDateTime.class,
        new TextOnly<>(
            OffsetDateTime.class,
            InstantDeserializer.OFFSET_DATE_TIME,
            OffsetDateTime::toLocalDate));
    textOnly.addDeserializer(
        LocalTime.class, new TextOnly<>(LocalTime.class, LocalTimeDeserializer.INSTANCE, null));
    // No control character, lone surrogate or NUL in any text: PostgreSQL refuses NUL, and the
    // others have no place in a code, a name or a reason.
    textOnly.addDeserializer(String.class, new CleanText());
    mapper.registerModule(textOnly);
    var textual = mapper.coercionConfigFor(LogicalType.Textual);
    textual.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    textual.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    textual.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    var bool = mapper.coercionConfigFor(LogicalType.Boolean);
    bool.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    bool.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      var config = mapper.coercionConfigFor(number);
      config.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
      config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    for (LogicalType type : LogicalType.values()) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
  }

  /**
   * Reads a date or time only from a JSON string, exactly as written, with the standard
   * deserializer; a date only within {@link DateRange} ({@code day} null: no date to check).
   */
  static final class TextOnly<T> extends StdDeserializer<T> {
    private final JsonDeserializer<? extends T> delegate;
    private final Function<T, LocalDate> day;

    TextOnly(Class<T> type, JsonDeserializer<? extends T> delegate, Function<T, LocalDate> day) {
      super(type);
      this.delegate = delegate;
      this.day = day;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        @SuppressWarnings("unchecked")
        T refused = (T) ctxt.handleUnexpectedToken(handledType(), p);
        return refused;
      }
      // The standard readers trim, and String.trim() drops NUL too: "2025-03-03\u0000" and
      // " 2025-03-03" would pass as 2025-03-03.
      String text = p.getText();
      if (!text.equals(text.strip()) || Utf8.firstForbidden(text) >= 0) {
        throw new RefusedValue(p, "must be ISO-8601 text without spaces or control characters");
      }
      T value = delegate.deserialize(p, ctxt);
      if (value != null && day != null && !DateRange.contains(day.apply(value))) {
        throw new RefusedValue(p, DateRange.rule());
      }
      return value;
    }
  }

  /** Any JSON string, refused when it holds a character no text of this service may hold. */
  static final class CleanText extends StdScalarDeserializer<String> {

    CleanText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = StringDeserializer.instance.deserialize(p, ctxt);
      int bad = text == null ? -1 : Utf8.firstForbidden(text);
      if (bad >= 0) {
        throw new RefusedValue(
            p, "must not hold control characters (" + Utf8.describe(text, bad) + ")");
      }
      return text;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }
  }

  /**
   * A value that was read but is not acceptable; the problem names the field and says why, without
   * echoing the value (it may hold the very characters that were refused).
   */
  public static final class RefusedValue extends JsonMappingException {
    private final String rule;

    RefusedValue(JsonParser p, String rule) {
      super(p, rule);
      this.rule = rule;
    }

    public String rule() {
      return rule;
    }
  }
}
