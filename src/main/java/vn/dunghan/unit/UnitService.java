package vn.dunghan.unit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.ReferenceRevision;
import vn.dunghan.shared.Versions;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.Violations;

/** Creates, changes and reads administrative units; every write is checked by {@link UnitRules}. */
@ApplicationScoped
public class UnitService {

  private final UnitRepository units;
  private final Clock clock;
  private final ReferenceRevision revision;
  private final vn.dunghan.shared.ChangeHistory history;
  private final UnitVersions versions;

  UnitService(
      UnitRepository units,
      Clock clock,
      ReferenceRevision revision,
      vn.dunghan.shared.ChangeHistory history,
      UnitVersions versions) {
    this.versions = versions;
    this.history = history;
    this.revision = revision;
    this.units = units;
    this.clock = clock;
  }

  @Transactional
  public UnitView create(UnitRequest request) {
    if (units.findByCode(request.code()).isPresent()) {
      throw ProblemException.conflict("unit '" + request.code() + "' already exists");
    }
    Instant now = clock.instant();
    UnitDefinition definition = resolve(request);
    UnitRules.check(null, definition, request.level(), List.of()).throwIfAny();
    AdministrativeUnit unit = new AdministrativeUnit(request.code(), now);
    unit.define(withDerivedLevel(definition), now);
    try {
      units.persistAndFlush(unit);
      versions.opened(unit);
      revision.forget();
    } catch (PersistenceException e) {
      // A concurrent create of the same code won the unique constraint.
      throw ProblemException.conflict("unit '" + request.code() + "' already exists");
    }
    UnitView created = UnitView.of(unit);
    history.record(
        vn.dunghan.shared.ChangeHistory.Entity.UNIT, unit.code(), unit.version(), null, created);
    return created;
  }

  /** The unit's changes, oldest first, with who made each. */
  public List<vn.dunghan.shared.ChangeHistory.Change> history(String code) {
    require(code);
    return history.of(vn.dunghan.shared.ChangeHistory.Entity.UNIT, code);
  }

  /**
   * Replaces a unit's definition. {@code expectedVersion} (from {@code If-Match}) guards against
   * overwriting a change the caller has not seen.
   */
  @Transactional
  public UnitView update(String code, UnitRequest request, Long expectedVersion) {
    if (request.code() != null && !request.code().equals(code)) {
      throw ProblemException.invalid(
          "code", "a unit's code cannot change (path says '" + code + "')");
    }
    AdministrativeUnit unit = require(code);
    Versions.check("unit '" + code + "'", unit.version(), expectedVersion);
    UnitDefinition definition = resolve(request);
    UnitRules.check(unit, definition, request.level(), units.children(unit)).throwIfAny();
    UnitView before = UnitView.of(unit);
    List<AdministrativeUnit> below = units.descendants(unit);
    unit.define(withDerivedLevel(definition), clock.instant());
    below.sort(Comparator.comparingInt(u -> u.path().length()));
    below.forEach(AdministrativeUnit::rebasePath);
    units.flush();
    // A correction of the unit as it stands; a dated change is a new version (UnitVersions.add).
    versions.corrected(unit, below);
    revision.forget();
    UnitView after = UnitView.of(unit);
    history.record(
        vn.dunghan.shared.ChangeHistory.Entity.UNIT, code, unit.version(), before, after);
    return after;
  }

  public UnitView get(String code) {
    return UnitView.of(require(code));
  }

  public Page<UnitView> list(UnitRepository.UnitFilter filter, PageRequest paging) {
    PanacheQuery<AdministrativeUnit> query =
        units.search(filter).page(paging.page(), paging.size());
    return new Page<>(
        query.list().stream().map(UnitView::of).toList(),
        paging.page(),
        paging.size(),
        query.count());
  }

  /** How many units exist (of every kind and time). */
  public long count() {
    return units.count();
  }

  /** The unit with {@code code}, for other domains (dossier intake, escalation). */
  public Optional<AdministrativeUnit> find(String code) {
    return units.findByCode(code);
  }

  private AdministrativeUnit require(String code) {
    return units.findByCode(code).orElseThrow(() -> ProblemException.notFound("unit", code));
  }

  private UnitDefinition resolve(UnitRequest request) {
    Violations violations = new Violations();
    AdministrativeUnit parent = lookup(request.parentCode(), "parentCode", violations);
    AdministrativeUnit successor = lookup(request.successorCode(), "successorCode", violations);
    violations.throwIfAny();
    if (request.agencyId() != null) {
      units
          .findByAgencyId(request.agencyId())
          .filter(other -> !other.code().equals(request.code()))
          .ifPresent(
              other -> {
                throw ProblemException.conflict(
                    "agency identifier "
                        + request.agencyId()
                        + " is already unit "
                        + other.code()
                        + "'s");
              });
    }
    return new UnitDefinition(
        request.name().strip(),
        request.kind(),
        request.level(),
        parent,
        request.head() == null ? null : request.head().toHead(),
        request.webhookUrl(),
        request.validFrom(),
        request.validTo(),
        successor,
        request.agencyId(),
        Boolean.TRUE.equals(request.demo()));
  }

  private AdministrativeUnit lookup(String code, String field, Violations violations) {
    if (code == null) {
      return null;
    }
    Optional<AdministrativeUnit> found = units.findByCode(code);
    if (found.isEmpty()) {
      violations.add(field, "no unit with code '" + code + "'");
    }
    return found.orElse(null);
  }

  private static UnitDefinition withDerivedLevel(UnitDefinition d) {
    return new UnitDefinition(
        d.name(),
        d.kind(),
        UnitRules.levelOf(d.kind(), d.parent()),
        d.parent(),
        d.head(),
        d.webhookUrl(),
        d.validFrom(),
        d.validTo(),
        d.successor(),
        d.agencyId(),
        d.demo());
  }
}
