package vn.dunghan.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import vn.dunghan.shared.StrictJson;

/**
 * Describes why a JSON document could not be read, naming the field: used for whole request bodies
 * and for single items of a batch.
 */
public final class JsonProblems {

  private JsonProblems() {}

  public static Problem of(JsonProcessingException e) {
    if (e instanceof StrictJson.RefusedValue) {
      StrictJson.RefusedValue r = (StrictJson.RefusedValue) e;
      String field = JsonPaths.of(r.getPath());
      return Problem.of(ProblemType.VALIDATION, "field '" + field + "' " + r.rule())
          .with("errors", List.of(new FieldError(field, r.rule())));
    }
    if (e instanceof StreamReadException
        && e.getOriginalMessage() != null
        && e.getOriginalMessage().startsWith("Duplicate field")) {
      // Jackson's own words name the field: "Duplicate field 'code'"
      return Problem.of(
          ProblemType.MALFORMED_REQUEST,
          "the request body is not valid JSON: "
              + e.getOriginalMessage().replace("Duplicate field", "duplicate field")
              + where(e)
              + "; each field may appear once in an object");
    }
    if (e instanceof UnrecognizedPropertyException) {
      String field = JsonPaths.of(((UnrecognizedPropertyException) e).getPath());
      return Problem.of(ProblemType.MALFORMED_REQUEST, "unknown field '" + field + "'")
          .with("errors", List.of(new FieldError(field, "unknown field")));
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      String field = JsonPaths.of(f.getPath());
      String expected = JsonPaths.describe(f.getTargetType());
      String got =
          f.getValue() == null
              ? "null"
              : "'" + JsonPaths.abbreviate(String.valueOf(f.getValue())) + "'";
      return Problem.of(
              ProblemType.MALFORMED_REQUEST,
              "field '" + field + "' must be " + expected + ", got " + got)
          .with("errors", List.of(new FieldError(field, "must be " + expected)));
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      String field = JsonPaths.of(m.getPath());
      String expected = JsonPaths.describe(m.getTargetType());
      if (field.isEmpty()) {
        return Problem.of(ProblemType.MALFORMED_REQUEST, "the request body must be " + expected);
      }
      return Problem.of(ProblemType.MALFORMED_REQUEST, "field '" + field + "' must be " + expected)
          .with("errors", List.of(new FieldError(field, "must be " + expected)));
    }
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
      String field =
          JsonPaths.of(((com.fasterxml.jackson.databind.JsonMappingException) e).getPath());
      return Problem.of(
          ProblemType.MALFORMED_REQUEST,
          field.isEmpty()
              ? "the request body does not match the expected structure"
              : "field '" + field + "' has an invalid value");
    }
    return Problem.of(ProblemType.MALFORMED_REQUEST, "not valid JSON" + where(e));
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
