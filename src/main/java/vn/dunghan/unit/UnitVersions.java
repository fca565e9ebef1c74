package vn.dunghan.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dunghan.shared.ChangeHistory;
import vn.dunghan.shared.CurrentActor;
import vn.dunghan.shared.ReferenceRevision;
import vn.dunghan.shared.SessionSql;
import vn.dunghan.shared.SqlValues;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.Violations;

/**
 * The hierarchy over time (docs/accountability.md "The 2025 reorganisation"): a unit's parent, name
 * and head as dated versions, and mergers of units into a successor. The unit row always holds the
 * version valid today; versions dated in the future come into force through {@link #applyToday}
 * (run on every change and by the daily {@code unit-versions} job).
 */
@ApplicationScoped
public class UnitVersions {

  private static final String COLUMNS =
      "unit_code, valid_from, valid_to, parent_code, name, level, path, head_name, head_title,"
          + " head_email, head_phone, recorded_at, recorded_by";

  private final EntityManager em;
  private final UnitRepository units;
  private final Clock clock;
  private final CurrentActor actor;
  private final ReferenceRevision revision;
  private final ChangeHistory history;
  private final Event<UnitsMerged> merged;

  UnitVersions(
      EntityManager em,
      UnitRepository units,
      Clock clock,
      CurrentActor actor,
      ReferenceRevision revision,
      ChangeHistory history,
      Event<UnitsMerged> merged) {
    this.em = em;
    this.units = units;
    this.clock = clock;
    this.actor = actor;
    this.revision = revision;
    this.history = history;
    this.merged = merged;
  }

  /** The first version of a unit just created: its whole validity. */
  void opened(AdministrativeUnit u) {
    SessionSql.work(
        em,
        c -> {
          insert(c, u.code(), u.validFrom(), u.validTo(), u, u.path());
          return null;
        });
  }

  /**
   * A PUT corrected the unit as it stands: its current version takes the corrected parent, name and
   * head, the first and last versions its validity, and the units below it their new paths.
   */
  void corrected(AdministrativeUnit u, List<AdministrativeUnit> rebased) {
    LocalDate today = LocalDate.now(clock);
    SessionSql.work(
        em,
        c -> {
          try (PreparedStatement first =
                  c.prepareStatement(
                      "update unit_version set valid_from = ? where unit_code = ? and valid_from ="
                          + " (select min(valid_from) from unit_version where unit_code = ?)");
              PreparedStatement last =
                  c.prepareStatement(
                      "update unit_version set valid_to = ? where unit_code = ? and valid_from ="
                          + " (select max(valid_from) from unit_version where unit_code = ?)")) {
            first.setDate(1, Date.valueOf(u.validFrom()));
            first.setString(2, u.code());
            first.setString(3, u.code());
            first.executeUpdate();
            last.setDate(1, u.validTo() == null ? null : Date.valueOf(u.validTo()));
            last.setString(2, u.code());
            last.setString(3, u.code());
            last.executeUpdate();
          }
          List<AdministrativeUnit> all = new ArrayList<>(rebased);
          all.add(0, u);
          for (AdministrativeUnit each : all) {
            correctCurrent(c, each, today);
          }
          return null;
        });
  }

  private static void correctCurrent(Connection c, AdministrativeUnit u, LocalDate today)
      throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "update unit_version set parent_code = ?, name = ?, level = ?, path = ?,"
                + " head_name = ?, head_title = ?, head_email = ?, head_phone = ?"
                + " where unit_code = ? and valid_from = coalesce("
                + " (select max(valid_from) from unit_version where unit_code = ?"
                + " and valid_from <= ?),"
                + " (select min(valid_from) from unit_version where unit_code = ?))")) {
      update.setString(1, u.parent() == null ? null : u.parent().code());
      update.setString(2, u.name());
      update.setString(3, u.level().name());
      update.setString(4, u.path());
      Head h = u.head();
      update.setString(5, h == null ? null : h.name());
      update.setString(6, h == null ? null : h.title());
      update.setString(7, h == null ? null : h.email());
      update.setString(8, h == null ? null : h.phone());
      update.setString(9, u.code());
      update.setString(10, u.code());
      update.setDate(11, Date.valueOf(today));
      update.setString(12, u.code());
      update.executeUpdate();
    }
  }

  /** The unit's versions, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<VersionView> of(String code) {
    require(code);
    return SessionSql.query(
        em,
        "select " + COLUMNS + " from unit_version where unit_code = ? order by valid_from",
        s -> s.setString(1, code),
        rows -> {
          List<VersionView> all = new ArrayList<>();
          while (rows.next()) {
            String headName = rows.getString(8);
            String headTitle = rows.getString(9);
            String headEmail = rows.getString(10);
            String headPhone = rows.getString(11);
            boolean noHead =
                headName == null && headTitle == null && headEmail == null && headPhone == null;
            all.add(
                new VersionView(
                    rows.getString(1),
                    rows.getObject(2, LocalDate.class),
                    rows.getObject(3, LocalDate.class),
                    rows.getString(4),
                    rows.getString(5),
                    Level.valueOf(rows.getString(6)),
                    rows.getString(7),
                    noHead
                        ? null
                        : new UnitRequest.HeadBody(headName, headTitle, headEmail, headPhone),
                    SqlValues.vietnamTime(rows.getTimestamp(12)),
                    rows.getString(13)));
          }
          return all;
        });
  }

  /**
   * A new version of the unit from {@code request.validFrom()}: the version before it ends the day
   * before, the units below it follow it to its new place from the same day, and history before
   * that day is left as it was.
   */
  @Transactional
  public VersionView add(String code, VersionRequest request) {
    AdministrativeUnit unit = require(code);
    UnitView before = UnitView.of(unit);
    List<VersionView> versions = of(code);
    VersionView latest = versions.get(versions.size() - 1);
    LocalDate from = request.validFrom();
    LocalDate to = request.validTo();
    Violations violations = new Violations();
    if (!from.isAfter(latest.validFrom())) {
      violations.add(
          "validFrom",
          "must be after the start of the unit's last version (" + latest.validFrom() + ")");
    }
    if (unit.validTo() != null && from.isAfter(unit.validTo().plusDays(1))) {
      violations.add(
          "validFrom",
          "the unit ends on "
              + unit.validTo()
              + ": a version may start on the day after at latest");
    }
    if (to != null && to.isBefore(from)) {
      violations.add("validTo", "must not be before validFrom " + from);
    }
    if (unit.kind() == UnitKind.DISTRICT
        && (to == null || !to.isBefore(UnitRules.DISTRICTS_ABOLISHED))) {
      violations.add("validTo", "a district-level unit must end by 2025-06-30");
    }
    if (unit.successor() != null) {
      // Carrying on a unit that merged into another would give it two lives.
      violations.add(
          "validFrom",
          "the unit merged into " + unit.successor().code() + ": it has no later version");
    }
    String parentCode = request.parentCode() != null ? request.parentCode() : latest.parentCode();
    AdministrativeUnit parent =
        parentCode == null ? null : units.findByCode(parentCode).orElse(null);
    if (parentCode != null && parent == null) {
      violations.add("parentCode", "no unit with code '" + parentCode + "'");
    }
    violations.throwIfAny();
    String parentPath = "/";
    if (parent != null) {
      checkParent(unit, parent, from, to, violations);
      parentPath = pathOn(parent.code(), from, violations);
    } else if (unit.kind() != UnitKind.PROVINCE) {
      violations.add("parentCode", "a " + unit.kind() + " needs a parent unit");
    }
    violations.throwIfAny();
    String path = parentPath + code + "/";
    String name = request.name() != null ? request.name().strip() : latest.name();
    UnitRequest.HeadBody head = request.head() != null ? request.head() : latest.head();
    Level level = UnitRules.levelOf(unit.kind(), parent);
    String oldPath = latest.path();
    SessionSql.work(
        em,
        c -> {
          try (PreparedStatement close =
              c.prepareStatement(
                  "update unit_version set valid_to = ? where unit_code = ? and valid_from = ?")) {
            close.setDate(1, Date.valueOf(from.minusDays(1)));
            close.setString(2, code);
            close.setDate(3, Date.valueOf(latest.validFrom()));
            close.executeUpdate();
          }
          insert(c, code, from, to, parentCode, name, level, path, head);
          if (!path.equals(oldPath)) {
            moveBelow(c, code, oldPath, path, from);
          }
          return null;
        });
    unit.validTo = to;
    units.flush();
    applyToday();
    em.refresh(unit);
    history.record(ChangeHistory.Entity.UNIT, code, unit.version(), before, UnitView.of(unit));
    List<VersionView> after = of(code);
    return after.get(after.size() - 1);
  }

  private void checkParent(
      AdministrativeUnit unit,
      AdministrativeUnit parent,
      LocalDate from,
      LocalDate to,
      Violations violations) {
    if (!UnitRules.allowedParents(unit.kind()).contains(parent.kind())) {
      violations.add(
          "parentCode",
          "a " + unit.kind() + " cannot sit under a " + parent.kind() + " (" + parent.code() + ")");
    }
    if (parent.code().equals(unit.code()) || parent.path().contains("/" + unit.code() + "/")) {
      violations.add(
          "parentCode", "'" + parent.code() + "' lies below " + unit.code() + ": that is a cycle");
    }
    boolean startsBefore = from.isBefore(parent.validFrom());
    boolean outlives = parent.validTo() != null && (to == null || to.isAfter(parent.validTo()));
    if (startsBefore || outlives) {
      violations.add(
          "parentCode",
          "parent "
              + parent.code()
              + " does not exist throughout the version ("
              + parent.validFrom()
              + " to "
              + (parent.validTo() == null ? "onwards" : parent.validTo())
              + ")");
    }
  }

  /** The path of {@code code} in the version valid on {@code day}. */
  private String pathOn(String code, LocalDate day, Violations violations) {
    for (VersionView v : of(code)) {
      if (!day.isBefore(v.validFrom()) && (v.validTo() == null || !day.isAfter(v.validTo()))) {
        return v.path();
      }
    }
    violations.add("parentCode", "parent " + code + " has no version valid on " + day);
    return "/";
  }

  /**
   * The versions of units below {@code oldPath} that reach {@code from}: split on that day, the
   * part from it on under {@code newPath}.
   */
  private void moveBelow(Connection c, String code, String oldPath, String newPath, LocalDate from)
      throws SQLException {
    List<Object[]> affected = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "select unit_code, valid_from, valid_to, path from unit_version"
                + " where starts_with(path, ?) and unit_code <> ?"
                + " and (valid_to is null or valid_to >= ?)")) {
      select.setString(1, oldPath);
      select.setString(2, code);
      select.setDate(3, Date.valueOf(from));
      try (var rows = select.executeQuery()) {
        while (rows.next()) {
          affected.add(
              new Object[] {
                rows.getString(1),
                rows.getObject(2, LocalDate.class),
                rows.getObject(3, LocalDate.class),
                rows.getString(4)
              });
        }
      }
    }
    for (Object[] v : affected) {
      String unitCode = (String) v[0];
      LocalDate validFrom = (LocalDate) v[1];
      String moved = newPath + ((String) v[3]).substring(oldPath.length());
      if (validFrom.isBefore(from)) {
        try (PreparedStatement split =
            c.prepareStatement(
                "insert into unit_version ("
                    + COLUMNS
                    + ") select unit_code, ?, valid_to, parent_code, name, level, ?, head_name,"
                    + " head_title, head_email, head_phone, ?, ? from unit_version"
                    + " where unit_code = ? and valid_from = ?")) {
          split.setDate(1, Date.valueOf(from));
          split.setString(2, moved);
          split.setTimestamp(3, Timestamp.from(clock.instant()));
          split.setString(4, actor.get().subject());
          split.setString(5, unitCode);
          split.setDate(6, Date.valueOf(validFrom));
          split.executeUpdate();
        }
        try (PreparedStatement close =
            c.prepareStatement(
                "update unit_version set valid_to = ? where unit_code = ? and valid_from = ?")) {
          close.setDate(1, Date.valueOf(from.minusDays(1)));
          close.setString(2, unitCode);
          close.setDate(3, Date.valueOf(validFrom));
          close.executeUpdate();
        }
      } else {
        try (PreparedStatement update =
            c.prepareStatement(
                "update unit_version set path = ? where unit_code = ? and valid_from = ?")) {
          update.setString(1, moved);
          update.setString(2, unitCode);
          update.setDate(3, Date.valueOf(validFrom));
          update.executeUpdate();
        }
      }
    }
  }

  /**
   * Brings every unit row to its version valid today (parent, name, level, path, head); answers how
   * many rows moved. Run after each change of versions and by the daily job, so a version dated in
   * the future comes into force on its day.
   */
  @Transactional
  public int applyToday() {
    units.flush();
    int moved =
        SessionSql.work(
            em,
            c -> {
              try (PreparedStatement update =
                  c.prepareStatement(
                      "update administrative_unit u set name = v.name, level = v.level,"
                          + " path = v.path, head_name = v.head_name, head_title = v.head_title,"
                          + " head_email = v.head_email, head_phone = v.head_phone,"
                          + " parent_id = (select p.id from administrative_unit p"
                          + " where p.code = v.parent_code),"
                          + " version = u.version + 1, updated_at = ?"
                          + " from unit_version v where v.unit_code = u.code"
                          + " and v.valid_from <= ? and (v.valid_to is null or v.valid_to >= ?)"
                          + " and (u.path <> v.path or u.name <> v.name or u.level <> v.level"
                          + " or u.head_name is distinct from v.head_name"
                          + " or u.head_title is distinct from v.head_title"
                          + " or u.head_email is distinct from v.head_email"
                          + " or u.head_phone is distinct from v.head_phone)")) {
                LocalDate today = LocalDate.now(clock);
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setDate(2, Date.valueOf(today));
                update.setDate(3, Date.valueOf(today));
                return update.executeUpdate();
              }
            });
    if (moved > 0) {
      revision.forget();
    }
    return moved;
  }

  /**
   * Records a merger: the predecessors end the day before {@code effectiveOn} with the successor
   * named, and, once that day has come, their open dossiers pass to it ({@link UnitsMerged}).
   */
  @Transactional
  public MergerView merge(MergerRequest request) {
    Violations violations = new Violations();
    LocalDate on = request.effectiveOn();
    LocalDate lastDay = on.minusDays(1);
    AdministrativeUnit successor = units.findByCode(request.successorCode()).orElse(null);
    if (successor == null) {
      violations.add("successorCode", "no unit with code '" + request.successorCode() + "'");
    } else if (!successor.validOn(on)) {
      violations.add(
          "successorCode",
          successor.code() + " does not exist on " + on + ", the day of the merger");
    }
    Set<String> codes = new LinkedHashSet<>(request.predecessorCodes());
    List<AdministrativeUnit> predecessors = new ArrayList<>();
    int i = 0;
    for (String code : request.predecessorCodes()) {
      String field = "predecessorCodes[" + i++ + "]";
      AdministrativeUnit p = units.findByCode(code).orElse(null);
      if (p == null) {
        violations.add(field, "no unit with code '" + code + "'");
      } else if (successor != null && p.id().equals(successor.id())) {
        violations.add(field, "the successor cannot be one of the merged units");
      } else if (!p.validOn(lastDay) || !p.validFrom().isBefore(on)) {
        violations.add(
            field, code + " does not exist on " + lastDay + ", the day before the merger");
      } else if (p.validTo() != null && p.validTo().isBefore(on.minusDays(1))) {
        violations.add(field, code + " already ended on " + p.validTo());
      } else if (p.successor() != null) {
        violations.add(field, code + " already merged into " + p.successor().code());
      } else {
        for (AdministrativeUnit child : units.children(p)) {
          if (child.validTo() == null || child.validTo().isAfter(lastDay)) {
            violations.add(
                field,
                "unit "
                    + child.code()
                    + " below "
                    + code
                    + " goes on after "
                    + lastDay
                    + ": move or merge it first");
          }
        }
        if (versionsFrom(code, on)) {
          violations.add(field, code + " has a version starting on or after " + on);
        }
        predecessors.add(p);
      }
    }
    if (codes.size() != request.predecessorCodes().size()) {
      violations.add("predecessorCodes", "names a unit twice");
    }
    violations.throwIfAny();
    for (AdministrativeUnit p : predecessors) {
      UnitView before = UnitView.of(p);
      p.validTo = lastDay;
      p.successor = successor;
      p.updatedAt = clock.instant();
      units.flush();
      SessionSql.work(
          em,
          c -> {
            try (PreparedStatement close =
                c.prepareStatement(
                    "update unit_version set valid_to = ? where unit_code = ? and valid_from ="
                        + " (select max(valid_from) from unit_version where unit_code = ?)")) {
              close.setDate(1, Date.valueOf(lastDay));
              close.setString(2, p.code());
              close.setString(3, p.code());
              return close.executeUpdate();
            }
          });
      history.record(ChangeHistory.Entity.UNIT, p.code(), p.version(), before, UnitView.of(p));
    }
    String by = actor.get().subject();
    long id =
        SessionSql.work(
            em,
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "insert into unit_merger (successor_code, effective_on, predecessors,"
                          + " reason, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)"
                          + " returning id")) {
                insert.setString(1, successor.code());
                insert.setDate(2, Date.valueOf(on));
                insert.setString(3, String.join(",", codes));
                insert.setString(4, request.reason().strip());
                insert.setTimestamp(5, Timestamp.from(clock.instant()));
                insert.setString(6, by);
                try (var rows = insert.executeQuery()) {
                  rows.next();
                  return rows.getLong(1);
                }
              }
            });
    revision.forget();
    handOverDue();
    return merger(id);
  }

  /**
   * Fires {@link UnitsMerged} for each merger whose day has come and whose dossiers have not been
   * handed over yet; answers how many.
   */
  @Transactional
  public int handOverDue() {
    LocalDate today = LocalDate.now(clock);
    List<MergerView> due =
        SessionSql.query(
            em,
            "select id, successor_code, predecessors, effective_on, reason, recorded_at,"
                + " recorded_by, handed_over_at from unit_merger"
                + " where handed_over_at is null and effective_on <= ? order by id for update",
            s -> s.setDate(1, Date.valueOf(today)),
            UnitVersions::mergers);
    for (MergerView m : due) {
      merged.fire(
          new UnitsMerged(
              m.id(), m.predecessorCodes(), m.successorCode(), m.effectiveOn(), m.reason()));
      SessionSql.work(
          em,
          c -> {
            try (PreparedStatement mark =
                c.prepareStatement("update unit_merger set handed_over_at = ? where id = ?")) {
              mark.setTimestamp(1, Timestamp.from(clock.instant()));
              mark.setLong(2, m.id());
              return mark.executeUpdate();
            }
          });
    }
    return due.size();
  }

  /** Every recorded merger, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MergerView> mergers() {
    return SessionSql.query(
        em,
        "select id, successor_code, predecessors, effective_on, reason, recorded_at, recorded_by,"
            + " handed_over_at from unit_merger order by effective_on desc, id desc",
        UnitVersions::mergers);
  }

  private MergerView merger(long id) {
    return SessionSql.query(
            em,
            "select id, successor_code, predecessors, effective_on, reason, recorded_at,"
                + " recorded_by, handed_over_at from unit_merger where id = ?",
            s -> s.setLong(1, id),
            UnitVersions::mergers)
        .get(0);
  }

  private static List<MergerView> mergers(java.sql.ResultSet rows) throws SQLException {
    List<MergerView> all = new ArrayList<>();
    while (rows.next()) {
      Timestamp handed = rows.getTimestamp(8);
      all.add(
          new MergerView(
              rows.getLong(1),
              rows.getString(2),
              Arrays.asList(rows.getString(3).split(",")),
              rows.getObject(4, LocalDate.class),
              rows.getString(5),
              SqlValues.vietnamTime(rows.getTimestamp(6)),
              rows.getString(7),
              handed == null
                  ? null
                  : handed.toInstant().atZone(TimeSource.ZONE).toOffsetDateTime()));
    }
    return all;
  }

  private boolean versionsFrom(String code, LocalDate on) {
    return SessionSql.query(
        em,
        "select 1 from unit_version where unit_code = ? and valid_from >= ?",
        s -> {
          s.setString(1, code);
          s.setDate(2, Date.valueOf(on));
        },
        java.sql.ResultSet::next);
  }

  private void insert(
      Connection c, String code, LocalDate from, LocalDate to, AdministrativeUnit u, String path)
      throws SQLException {
    insert(
        c,
        code,
        from,
        to,
        u.parent() == null ? null : u.parent().code(),
        u.name(),
        u.level(),
        path,
        UnitRequest.HeadBody.of(u.head()));
  }

  private void insert(
      Connection c,
      String code,
      LocalDate from,
      LocalDate to,
      String parentCode,
      String name,
      Level level,
      String path,
      UnitRequest.HeadBody head)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into unit_version ("
                + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, code);
      insert.setDate(2, Date.valueOf(from));
      insert.setDate(3, to == null ? null : Date.valueOf(to));
      insert.setString(4, parentCode);
      insert.setString(5, name);
      insert.setString(6, level.name());
      insert.setString(7, path);
      insert.setString(8, head == null ? null : head.name());
      insert.setString(9, head == null ? null : head.title());
      insert.setString(10, head == null ? null : head.email());
      insert.setString(11, head == null ? null : head.phone());
      insert.setTimestamp(12, Timestamp.from(clock.instant()));
      insert.setString(13, actor.get().subject());
      insert.executeUpdate();
    }
  }

  private AdministrativeUnit require(String code) {
    return units.findByCode(code).orElseThrow(() -> ProblemException.notFound("unit", code));
  }
}
