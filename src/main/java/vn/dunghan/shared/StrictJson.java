package vn.dunghan.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * No silent type conversion in request bodies: a number or a boolean where text is expected (a code
 * sent as {@code 12345}), text or a number where a boolean is expected, are 400 problems naming the
 * field instead of being turned into something that may pass validation (README "Problem types").
 * Unknown fields are refused by configuration.
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
    // Dates and instants only as ISO-8601 text: not [2025,3,3], not [], not epoch numbers.
    SimpleModule textOnly = new SimpleModule("dates-as-text");
    textOnly.addDeserializer(
        LocalDate.class, new TextOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE));
    textOnly.addDeserializer(
        OffsetDateTime.class,
        new TextOnly<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));
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

  /** Reads a value only from a JSON string, with the standard deserializer. */
  static final class TextOnly<T> extends StdDeserializer<T> {
    private final JsonDeserializer<? extends T> delegate;

    TextOnly(Class<T> type, JsonDeserializer<? extends T> delegate) {
      super(type);
      this.delegate = delegate;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        @SuppressWarnings("unchecked")
        T refused = (T) ctxt.handleUnexpectedToken(handledType(), p);
        return refused;
      }
      return delegate.deserialize(p, ctxt);
    }
  }
}
