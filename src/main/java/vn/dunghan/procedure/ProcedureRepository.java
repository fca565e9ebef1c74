package vn.dunghan.procedure;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dunghan.shared.Like;
import vn.dunghan.unit.Level;

@ApplicationScoped
public class ProcedureRepository implements PanacheRepository<Procedure> {

  public Optional<Procedure> findByCode(String code) {
    return find("code", code).firstResultOptional();
  }

  PanacheQuery<Procedure> search(String fieldCode, Level level, String nameContains) {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (fieldCode != null) {
      where.add("field.code = :field");
      params.and("field", fieldCode);
    }
    if (level != null) {
      where.add(":level member of levels");
      params.and("level", level);
    }
    if (nameContains != null) {
      where.add("lower(name) like :q " + Like.ESCAPE);
      params.and("q", Like.containsLower(nameContains));
    }
    Sort sort = Sort.by("code");
    return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
  }
}
