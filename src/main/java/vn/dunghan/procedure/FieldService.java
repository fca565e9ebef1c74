package vn.dunghan.procedure;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.ReferenceRevision;
import vn.dunghan.shared.Versions;
import vn.dunghan.shared.problem.ProblemException;

/** Creates, renames and reads fields (lĩnh vực). */
@ApplicationScoped
public class FieldService {

  private final FieldRepository fields;
  private final Clock clock;
  private final ReferenceRevision revision;

  private final vn.dunghan.shared.ChangeHistory history;

  FieldService(
      FieldRepository fields,
      Clock clock,
      ReferenceRevision revision,
      vn.dunghan.shared.ChangeHistory history) {
    this.history = history;
    this.revision = revision;
    this.fields = fields;
    this.clock = clock;
  }

  @Transactional
  public FieldView create(FieldRequest request) {
    if (fields.findByCode(request.code()).isPresent()) {
      throw ProblemException.conflict("field '" + request.code() + "' already exists");
    }
    Field field = new Field(request.code(), clock.instant());
    field.define(request.name().strip(), Boolean.TRUE.equals(request.demo()), clock.instant());
    try {
      fields.persistAndFlush(field);
      revision.forget();
    } catch (PersistenceException e) {
      throw ProblemException.conflict("field '" + request.code() + "' already exists");
    }
    FieldView created = FieldView.of(field);
    history.record(
        vn.dunghan.shared.ChangeHistory.Entity.FIELD, field.code(), field.version(), null, created);
    return created;
  }

  /** The field's changes, oldest first, with who made each. */
  public java.util.List<vn.dunghan.shared.ChangeHistory.Change> history(String code) {
    require(code);
    return history.of(vn.dunghan.shared.ChangeHistory.Entity.FIELD, code);
  }

  @Transactional
  public FieldView update(String code, FieldRequest request, Long expectedVersion) {
    if (!request.code().equals(code)) {
      throw ProblemException.invalid(
          "code", "a field's code cannot change (path says '" + code + "')");
    }
    Field field = require(code);
    Versions.check("field '" + code + "'", field.version(), expectedVersion);
    FieldView before = FieldView.of(field);
    field.define(request.name().strip(), Boolean.TRUE.equals(request.demo()), clock.instant());
    fields.flush();
    revision.forget();
    FieldView after = FieldView.of(field);
    history.record(
        vn.dunghan.shared.ChangeHistory.Entity.FIELD, code, field.version(), before, after);
    return after;
  }

  public FieldView get(String code) {
    return FieldView.of(require(code));
  }

  public Page<FieldView> list(PageRequest paging) {
    PanacheQuery<Field> query = fields.findAll(Sort.by("code")).page(paging.page(), paging.size());
    return new Page<>(
        query.list().stream().map(FieldView::of).toList(),
        paging.page(),
        paging.size(),
        query.count());
  }

  Field require(String code) {
    return fields.findByCode(code).orElseThrow(() -> ProblemException.notFound("field", code));
  }
}
