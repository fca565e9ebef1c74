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
  private final ReferenceRevision.Snapshot<Tree> units;

  /**
   * The units by code, those with an agency identifier by it, and each unit's versions (parent,
   * name and path over time) oldest first.
   */
  public record Tree(
      Map<String, UnitFacts> byCode,
      Map<String, UnitFacts> byAgencyId,
      Map<String, List<Version>> versions) {

    public UnitFacts get(String code) {
      return byCode.get(code);
    }

    /**
     * Where {@code code}'s figures of {@code day} belong in the hierarchy of that day: the unit
     * with the path of its version valid on that day; after the unit closed, its successor
     * (followed as far as needed) with the successor's path on that day.
     */
    public Placement placeOn(String code, LocalDate day) {
      String current = code;
      for (int hops = 0; hops < 32; hops++) {
        UnitFacts unit = get(current);
        if (unit == null) {
          return new Placement(code, "/" + code + "/");
        }
        for (Version v : versions.getOrDefault(current, List.of())) {
          if (v.covers(day)) {
            return new Placement(current, v.path());
          }
        }
        boolean closedBefore = unit.validTo() != null && day.isAfter(unit.validTo());
        if (!closedBefore || unit.successorCode() == null) {
          return new Placement(current, unit.path());
        }
        current = unit.successorCode();
      }
      return new Placement(current, get(current).path());
    }

    /**
     * Where {@code code}'s figures belong in today's hierarchy: the unit, or the successor that
     * stands for it now, with today's path ("as the province is now").
     */
    public Placement placeNow(String code) {
      String current = code;
      for (int hops = 0; hops < 32; hops++) {
        UnitFacts unit = get(current);
        if (unit == null) {
          return new Placement(code, "/" + code + "/");
        }
        if (unit.successorCode() == null) {
          return new Placement(current, unit.path());
        }
        current = unit.successorCode();
      }
      return new Placement(current, get(current).path());
    }

    /** The unit's versions, oldest first. */
    public List<Version> versions(String code) {
      return versions.getOrDefault(code, List.of());
    }

    /**
     * The units that ended into {@code code}, directly or through other mergers: whose dossiers and
     * history its staff read as their own.
     */
    public java.util.Set<String> predecessors(String code) {
      java.util.Set<String> found = new java.util.LinkedHashSet<>();
      java.util.Deque<String> next = new java.util.ArrayDeque<>(List.of(code));
      Map<String, UnitFacts> all = byCode;
      while (!next.isEmpty()) {
        String successor = next.pop();
        for (UnitFacts u : all.values()) {
          if (successor.equals(u.successorCode()) && found.add(u.code())) {
            next.push(u.code());
          }
        }
      }
      return found;
    }

    /** The units that closed into a unit under {@code path}, directly or not. */
    public java.util.Set<String> predecessorsWithin(String path) {
      java.util.Set<String> found = new java.util.LinkedHashSet<>();
      for (UnitFacts u : byCode.values()) {
        if (u.successorCode() != null && placeNow(u.code()).path().startsWith(path)) {
          found.add(u.code());
        }
      }
      return found;
    }

    /** {@code code} and the successors it closed into, nearest first. */
    public List<String> withSuccessors(String code) {
      List<String> chain = new ArrayList<>();
      Map<String, UnitFacts> all = byCode;
      for (String next = code; next != null && chain.size() < 32 && !chain.contains(next); ) {
        chain.add(next);
        UnitFacts u = all.get(next);
        next = u == null ? null : u.successorCode();
      }
      return chain;
    }
  }

  /**
   * The units as one consistent view, for a read that asks many questions of it (a report placing
   * each of its counter groups): each call of the directory's own methods checks the revision.
   */
  public Tree tree() {
    return units.get();
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

  /** The province, when the directory holds exactly one unit of that kind without a parent. */
  public Optional<UnitFacts> onlyProvince() {
    List<UnitFacts> roots =
        units.get().byCode().values().stream()
            .filter(u -> u.kind() == UnitKind.PROVINCE && u.parentCode() == null)
            .toList();
    return roots.size() == 1 ? Optional.of(roots.get(0)) : Optional.empty();
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

  public Placement placeOn(String code, LocalDate day) {
    return units.get().placeOn(code, day);
  }

  public Placement placeNow(String code) {
    return units.get().placeNow(code);
  }

  public List<Version> versions(String code) {
    return units.get().versions(code);
  }

  public java.util.Set<String> predecessors(String code) {
    return units.get().predecessors(code);
  }

  public java.util.Set<String> predecessorsWithin(String path) {
    return units.get().predecessorsWithin(path);
  }

  public List<String> withSuccessors(String code) {
    return units.get().withSuccessors(code);
  }

  /** One version of a unit: its place in the hierarchy during [validFrom, validTo]. */
  public record Version(
      LocalDate validFrom, LocalDate validTo, String parentCode, String name, String path) {

    boolean covers(LocalDate day) {
      return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
  }

  /** Where a unit's figures of a day are counted: the unit (or its successor) and its path. */
  public record Placement(String unitCode, String path) {

    /** Whether the placement lies in the subtree of unit {@code scopeCode} (null: everywhere). */
    public boolean within(String scopeCode) {
      return scopeCode == null || path.contains("/" + scopeCode + "/");
    }
  }

  private Tree load() {
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
          return new Tree(Map.copyOf(all), Map.copyOf(byAgencyId), loadVersions());
        });
  }

  private Map<String, List<Version>> loadVersions() {
    return SessionSql.query(
        em,
        "select unit_code, valid_from, valid_to, parent_code, name, path from unit_version"
            + " order by unit_code, valid_from",
        rows -> {
          Map<String, List<Version>> all = new HashMap<>();
          while (rows.next()) {
            all.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                .add(
                    new Version(
                        rows.getObject(2, LocalDate.class),
                        rows.getObject(3, LocalDate.class),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6)));
          }
          all.replaceAll((k, v) -> List.copyOf(v));
          return Map.copyOf(all);
        });
  }
}
