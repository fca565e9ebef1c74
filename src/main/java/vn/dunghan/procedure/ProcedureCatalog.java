package vn.dunghan.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dunghan.shared.ReferenceRevision;
import vn.dunghan.shared.SessionSql;
import vn.dunghan.unit.Level;

/**
 * Every procedure of the province with its prescribed time, held in memory by each replica and
 * reloaded when the reference revision moves (V11). Loading a procedure as an entity took four
 * queries (the procedure, its levels, its steps, its field) for each dossier received.
 */
@ApplicationScoped
public class ProcedureCatalog {

  private final EntityManager em;
  private final ReferenceRevision.Snapshot<Map<String, ProcedureFacts>> procedures;

  ProcedureCatalog(EntityManager em, ReferenceRevision revision) {
    this.em = em;
    this.procedures = revision.snapshot(this::load);
  }

  public Optional<ProcedureFacts> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(procedures.get().get(code));
  }

  /**
   * The procedure the national procedure database means by {@code code}: the one registered with
   * exactly that code, else the one registered with its base code. A national code is the base
   * (group digit, dot, six digits: {@code 1.001806}) optionally followed by qualifiers for the
   * level and the agency that performs it ({@code 1.001806.000.00.00.H22}); a province registers
   * either.
   */
  public Optional<ProcedureFacts> findNational(String code) {
    Optional<ProcedureFacts> exact = find(code);
    if (exact.isPresent() || code == null) {
      return exact;
    }
    java.util.regex.Matcher base = NATIONAL_BASE.matcher(code);
    return base.matches() ? find(base.group(1)) : Optional.empty();
  }

  private static final java.util.regex.Pattern NATIONAL_BASE =
      java.util.regex.Pattern.compile("^([0-9]\\.[0-9]{6})\\.[0-9A-Za-z.]+$");

  private Map<String, ProcedureFacts> load() {
    return SessionSql.query(
        em,
        "select p.code, f.code, p.processing_amount, p.processing_unit,"
            + " p.same_day_cutoff,"
            + " (select string_agg(l.level, ',') from procedure_level l"
            + " where l.procedure_id = p.id)"
            + " from procedure p join field f on f.id = p.field_id",
        row -> {
          Map<String, ProcedureFacts> all = new HashMap<>();
          while (row.next()) {
            EnumSet<Level> levels = EnumSet.noneOf(Level.class);
            String listed = row.getString(6);
            if (listed != null) {
              for (String level : listed.split(",")) {
                levels.add(Level.valueOf(level));
              }
            }
            ProcedureFacts procedure =
                new ProcedureFacts(
                    row.getString(1),
                    row.getString(2),
                    Set.copyOf(levels),
                    row.getBigDecimal(3),
                    ProcessingUnit.valueOf(row.getString(4)),
                    row.getObject(5, LocalTime.class));
            all.put(procedure.code(), procedure);
          }
          return Map.copyOf(all);
        });
  }
}
