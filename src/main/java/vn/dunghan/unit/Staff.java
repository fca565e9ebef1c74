package vn.dunghan.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dunghan.shared.CurrentActor;
import vn.dunghan.shared.SessionSql;
import vn.dunghan.shared.problem.ProblemException;

/**
 * The staff registry: which unit each officer works for. An officer belongs to one unit at a time;
 * moving them to another unit is a new PUT under that unit. Nobody is deleted (a step assigned
 * years ago still names its officer): leaving is {@code active: false}.
 */
@ApplicationScoped
public class Staff {

  private static final String COLUMNS = "subject, unit_code, name, title, email, active";

  private final EntityManager em;
  private final UnitDirectory units;
  private final Clock clock;
  private final CurrentActor actor;

  Staff(EntityManager em, UnitDirectory units, Clock clock, CurrentActor actor) {
    this.em = em;
    this.units = units;
    this.clock = clock;
    this.actor = actor;
  }

  /** The officer with {@code subject}, active or not. */
  public Optional<StaffMember> find(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    return SessionSql.query(
        em,
        "select " + COLUMNS + " from unit_staff where subject = ?",
        s -> s.setString(1, subject),
        rows -> rows.next() ? Optional.of(member(rows)) : Optional.empty());
  }

  /** The unit's officers, by name. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StaffMember> of(String unitCode) {
    requireUnit(unitCode);
    return SessionSql.query(
        em,
        "select " + COLUMNS + " from unit_staff where unit_code = ? order by name, subject",
        s -> s.setString(1, unitCode),
        rows -> {
          List<StaffMember> all = new ArrayList<>();
          while (rows.next()) {
            all.add(member(rows));
          }
          return all;
        });
  }

  /** Adds or changes an officer of {@code unitCode}; answers the officer and whether it is new. */
  @Transactional
  public Saved put(String unitCode, String subject, StaffRequest request) {
    requireUnit(unitCode);
    boolean existed = find(subject).isPresent();
    Timestamp now = Timestamp.from(clock.instant());
    String by = actor.get().subject();
    SessionSql.work(
        em,
        connection -> {
          try (var upsert =
              connection.prepareStatement(
                  "insert into unit_staff (subject, unit_code, name, title, email, active,"
                      + " created_at, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " on conflict (subject) do update set unit_code = excluded.unit_code,"
                      + " name = excluded.name, title = excluded.title, email = excluded.email,"
                      + " active = excluded.active, updated_at = excluded.updated_at,"
                      + " updated_by = excluded.updated_by,"
                      + " version = unit_staff.version + 1")) {
            upsert.setString(1, subject);
            upsert.setString(2, unitCode);
            upsert.setString(3, request.name().strip());
            upsert.setString(4, request.title() == null ? null : request.title().strip());
            upsert.setString(5, request.email());
            upsert.setBoolean(6, !Boolean.FALSE.equals(request.active()));
            upsert.setTimestamp(7, now);
            upsert.setTimestamp(8, now);
            upsert.setString(9, by);
            return upsert.executeUpdate();
          }
        });
    return new Saved(find(subject).orElseThrow(), !existed);
  }

  /** An officer as written, and whether the PUT created them. */
  public record Saved(StaffMember member, boolean created) {}

  private void requireUnit(String unitCode) {
    if (units.find(unitCode).isEmpty()) {
      throw ProblemException.notFound("unit", unitCode);
    }
  }

  private static StaffMember member(java.sql.ResultSet rows) throws java.sql.SQLException {
    return new StaffMember(
        rows.getString(1),
        rows.getString(2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getBoolean(6));
  }
}
