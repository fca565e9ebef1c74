package vn.dunghan.procedure;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.ReferenceRevision;
import vn.dunghan.shared.Versions;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.unit.Level;

/** Creates, changes and reads procedures; {@link ProcedureRules} checks every definition. */
@ApplicationScoped
public class ProcedureService {

  private final ProcedureRepository procedures;
  private final FieldRepository fields;
  private final Clock clock;
  private final ReferenceRevision revision;

  private final vn.dunghan.shared.ChangeHistory history;

  ProcedureService(
      ProcedureRepository procedures,
      FieldRepository fields,
      Clock clock,
      ReferenceRevision revision,
      vn.dunghan.shared.ChangeHistory history) {
    this.history = history;
    this.revision = revision;
    this.procedures = procedures;
    this.fields = fields;
    this.clock = clock;
  }

  @Transactional
  public ProcedureView create(ProcedureRequest request) {
    if (procedures.findByCode(request.code()).isPresent()) {
      throw ProblemException.conflict("procedure '" + request.code() + "' already exists");
    }
    Field field = checked(request);
    Procedure procedure = new Procedure(request.code(), clock.instant());
    procedure.define(request, field, clock.instant());
    try {
      procedures.persistAndFlush(procedure);
      revision.forget();
    } catch (PersistenceException e) {
      throw ProblemException.conflict("procedure '" + request.code() + "' already exists");
    }
    ProcedureView created = ProcedureView.of(procedure);
    history.record(
        vn.dunghan.shared.ChangeHistory.Entity.PROCEDURE,
        procedure.code(),
        procedure.version(),
        null,
        created);
    return created;
  }

  /** The procedure's changes, oldest first, with who made each. */
  public java.util.List<vn.dunghan.shared.ChangeHistory.Change> history(String code) {
    require(code);
    return history.of(vn.dunghan.shared.ChangeHistory.Entity.PROCEDURE, code);
  }

  @Transactional
  public ProcedureView update(String code, ProcedureRequest request, Long expectedVersion) {
    if (!request.code().equals(code)) {
      throw ProblemException.invalid(
          "code", "a procedure's code cannot change (path says '" + code + "')");
    }
    Procedure procedure = require(code);
    Versions.check("procedure '" + code + "'", procedure.version(), expectedVersion);
    Field field = checked(request);
    ProcedureView before = ProcedureView.of(procedure);
    procedure.define(request, field, clock.instant());
    procedures.flush();
    revision.forget();
    ProcedureView after = ProcedureView.of(procedure);
    history.record(
        vn.dunghan.shared.ChangeHistory.Entity.PROCEDURE, code, procedure.version(), before, after);
    return after;
  }

  public ProcedureView get(String code) {
    return ProcedureView.of(require(code));
  }

  public Page<ProcedureView> list(
      String fieldCode, Level level, String nameContains, PageRequest paging) {
    PanacheQuery<Procedure> query =
        procedures.search(fieldCode, level, nameContains).page(paging.page(), paging.size());
    return new Page<>(
        query.list().stream().map(ProcedureView::of).toList(),
        paging.page(),
        paging.size(),
        query.count());
  }

  /** The procedure with {@code code}, for other domains (dossier intake). */
  public Optional<Procedure> find(String code) {
    return procedures.findByCode(code);
  }

  private Procedure require(String code) {
    return procedures
        .findByCode(code)
        .orElseThrow(() -> ProblemException.notFound("procedure", code));
  }

  private Field checked(ProcedureRequest request) {
    var violations = ProcedureRules.check(request);
    Optional<Field> field = fields.findByCode(request.fieldCode());
    if (field.isEmpty()) {
      violations.add("fieldCode", "no field with code '" + request.fieldCode() + "'");
    }
    violations.throwIfAny();
    return field.get();
  }
}
