package vn.dunghan.shared.web;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.function.Function;
import vn.dunghan.shared.DateRange;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.ProblemType;

/**
 * Dates in query and path parameters, read as ISO-8601 like the bodies and held to the same {@link
 * DateRange}: {@code from=+999999999-01-01} is a 422 naming the rule, not a failure in PostgreSQL
 * or in the lunar calendar.
 */
@Provider
public class DateParams implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
    if (raw == LocalDate.class) {
      return (ParamConverter<T>) new Bounded<>(LocalDate::parse, d -> d);
    }
    if (raw == LocalDateTime.class) {
      return (ParamConverter<T>) new Bounded<>(LocalDateTime::parse, LocalDateTime::toLocalDate);
    }
    if (raw == OffsetDateTime.class) {
      return (ParamConverter<T>) new Bounded<>(OffsetDateTime::parse, OffsetDateTime::toLocalDate);
    }
    return null;
  }

  private static final class Bounded<T> implements ParamConverter<T> {
    private final Function<String, T> parse;
    private final Function<T, LocalDate> day;

    Bounded(Function<String, T> parse, Function<T, LocalDate> day) {
      this.parse = parse;
      this.day = day;
    }

    @Override
    public T fromString(String value) {
      if (value == null) {
        return null;
      }
      T parsed = parse.apply(value); // DateTimeParseException: the mappers' 400 "wrong type"
      if (!DateRange.contains(day.apply(parsed))) {
        throw new ProblemException(
            Problem.of(ProblemType.VALIDATION, "a date parameter " + DateRange.rule()));
      }
      return parsed;
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
