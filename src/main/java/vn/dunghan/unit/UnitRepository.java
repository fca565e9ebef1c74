package vn.dunghan.unit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dunghan.shared.Like;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<AdministrativeUnit> {

  Optional<AdministrativeUnit> findByAgencyId(String agencyId) {
    return find("agencyId", agencyId).firstResultOptional();
  }

  public Optional<AdministrativeUnit> findByCode(String code) {
    return find("code", code).firstResultOptional();
  }

  List<AdministrativeUnit> children(AdministrativeUnit unit) {
    return list("parent", unit);
  }

  /** Every unit strictly below {@code unit}, found by its path prefix. */
  List<AdministrativeUnit> descendants(AdministrativeUnit unit) {
    return list(
        "path like ?1 " + Like.ESCAPE + " and id <> ?2", Like.prefix(unit.path()), unit.id());
  }

  PanacheQuery<AdministrativeUnit> search(UnitFilter filter) {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (filter.kind() != null) {
      where.add("kind = :kind");
      params.and("kind", filter.kind());
    }
    if (filter.level() != null) {
      where.add("level = :level");
      params.and("level", filter.level());
    }
    if (filter.parentCode() != null) {
      where.add("parent.code = :parent");
      params.and("parent", filter.parentCode());
    }
    if (filter.validOn() != null) {
      where.add("validFrom <= :on and (validTo is null or validTo >= :on)");
      params.and("on", filter.validOn());
    }
    if (filter.nameContains() != null) {
      where.add("lower(name) like :q " + Like.ESCAPE);
      params.and("q", Like.containsLower(filter.nameContains()));
    }
    Sort sort = Sort.by("path");
    return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
  }

  /** What the list endpoint filters on; null fields do not filter. */
  public record UnitFilter(
      UnitKind kind, Level level, String parentCode, LocalDate validOn, String nameContains) {}
}
