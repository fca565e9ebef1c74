package vn.dunghan.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dunghan.procedure.FieldService;
import vn.dunghan.procedure.ProcedureService;
import vn.dunghan.unit.UnitService;

/**
 * Loads a demo province (modelled on Quảng Ninh, marked {@code demo}) when {@code
 * dunghan.demo-data.enabled} is true and the database holds no unit yet: dev mode starts with
 * something to look at. It goes through the same services and validation as the API, in one
 * transaction, so a bad demo file loads nothing.
 */
@ApplicationScoped
public class DemoDataLoader {

  static final String RESOURCE = "/demo/quang-ninh.json";
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

  private final UnitService units;
  private final vn.dunghan.unit.UnitVersions versions;
  private final FieldService fields;
  private final ProcedureService procedures;
  private final ObjectMapper json;
  private final Validator validator;
  private final boolean enabled;

  DemoDataLoader(
      vn.dunghan.unit.UnitVersions versions,
      UnitService units,
      FieldService fields,
      ProcedureService procedures,
      ObjectMapper json,
      Validator validator,
      @ConfigProperty(name = "dunghan.demo-data.enabled", defaultValue = "false") boolean enabled) {
    this.units = units;
    this.versions = versions;
    this.fields = fields;
    this.procedures = procedures;
    this.json = json;
    this.validator = validator;
    this.enabled = enabled;
  }

  void onStart(@Observes StartupEvent event) {
    if (enabled && load()) {
      LOG.info("Loaded the demo province (Quảng Ninh model, marked demo)");
    }
  }

  /** Loads the demo data unless some unit exists already; returns whether it loaded. */
  @Transactional
  public boolean load() {
    if (units.count() > 0) {
      return false;
    }
    DemoData data = read();
    data.fields().forEach(f -> fields.create(valid(f)));
    List<DemoData.Move> moves = data.moves() == null ? List.of() : data.moves();
    for (var unit : data.units()) {
      units.create(valid(unit));
      for (DemoData.Move move : moves) {
        if (move.code().equals(unit.code())) {
          versions.add(move.code(), valid(move.request()));
        }
      }
    }
    data.procedures().forEach(p -> procedures.create(valid(p)));
    return true;
  }

  private DemoData read() {
    try (InputStream in = DemoDataLoader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return json.readValue(in, DemoData.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private <T> T valid(T request) {
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      ConstraintViolation<T> first = violations.iterator().next();
      throw new IllegalStateException(
          "demo data is invalid: "
              + request
              + ": "
              + first.getPropertyPath()
              + " "
              + first.getMessage());
    }
    return request;
  }
}
