package vn.dunghan.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dunghan.shared.ReferenceRevision;
import vn.dunghan.shared.SessionSql;

/**
 * Every unit of the province, held in memory by each replica and reloaded when the reference
 * revision moves (V11). A province has a few hundred units; reading them one by one as entities was
 * a third of an intake's time in the service (docs/scaling.md).
 */
@ApplicationScoped
public class UnitDirectory {

  private final EntityManager em;
  private final ReferenceRevision.Snapshot<Loaded> units;

  /** The units by code, and those with an agency identifier by it. */
  private record Loaded(Map<String, UnitFacts> byCode, Map<String, UnitFacts> byAgencyId) {

    UnitFacts get(String code) {
      return byCode.get(code);
    }
  }

  UnitDirectory(EntityManager em, ReferenceRevision revision) {
    this.em = em;
    this.units = revision.snapshot(this::load);
  }

  public Optional<UnitFacts> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(units.get().get(code));
  }

  /**
   * The unit the national portal means by {@code identifier}: the one with that agency identifier
   * (Decision 20/2020/QĐ-TTg), else the one with that code.
   */
  public Optional<UnitFacts> findByAgencyIdOrCode(String identifier) {
    if (identifier == null) {
      return Optional.empty();
    }
    UnitFacts byAgencyId = units.get().byAgencyId().get(identifier);
    return byAgencyId != null ? Optional.of(byAgencyId) : find(identifier);
  }

  /**
   * The path of the unit a read of figures is limited to (null for the whole province); an unknown
   * unit is a 422 naming the {@code unit} parameter.
   */
  public String scopePath(String code) {
    if (code == null) {
      return null;
    }
    return find(code)
        .map(UnitFacts::path)
        .orElseThrow(
            () ->
                vn.dunghan.shared.problem.ProblemException.invalid(
                    "unit", "no unit with code '" + code + "'"));
  }

  /** The unit and its ancestors, nearest first. */
  public List<UnitFacts> withAncestors(String code) {
    Map<String, UnitFacts> all = units.get().byCode();
    List<UnitFacts> chain = new ArrayList<>();
    for (String next = code; next != null; ) {
      UnitFacts unit = all.get(next);
      if (unit == null) {
        break;
      }
      chain.add(unit);
      next = unit.parentCode();
    }
    return chain;
  }

  private Loaded load() {
    return SessionSql.query(
        em,
        "select u.code, u.name, u.kind, u.level, p.code, u.path, u.head_name,"
            + " u.head_title, u.head_email, u.head_phone, u.webhook_url,"
            + " u.valid_from, u.valid_to, s.code, u.agency_id"
            + " from administrative_unit u"
            + " left join administrative_unit p on p.id = u.parent_id"
            + " left join administrative_unit s on s.id = u.successor_id",
        row -> {
          Map<String, UnitFacts> all = new HashMap<>();
          while (row.next()) {
            String headName = row.getString(7);
            String headTitle = row.getString(8);
            String headEmail = row.getString(9);
            String headPhone = row.getString(10);
            boolean noHead =
                headName == null && headTitle == null && headEmail == null && headPhone == null;
            UnitFacts unit =
                new UnitFacts(
                    row.getString(1),
                    row.getString(2),
                    UnitKind.valueOf(row.getString(3)),
                    Level.valueOf(row.getString(4)),
                    row.getString(5),
                    row.getString(6),
                    noHead ? null : new Head(headName, headTitle, headEmail, headPhone),
                    row.getString(11),
                    row.getObject(12, LocalDate.class),
                    row.getObject(13, LocalDate.class),
                    row.getString(14),
                    row.getString(15));
            all.put(unit.code(), unit);
          }
          Map<String, UnitFacts> byAgencyId = new HashMap<>();
          all.values().stream()
              .filter(u -> u.agencyId() != null)
              .forEach(u -> byAgencyId.put(u.agencyId(), u));
          return new Loaded(Map.copyOf(all), Map.copyOf(byAgencyId));
        });
  }
}
