package vn.dunghan.procedure;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class FieldRepository implements PanacheRepository<Field> {

  public Optional<Field> findByCode(String code) {
    return find("code", code).firstResultOptional();
  }
}
