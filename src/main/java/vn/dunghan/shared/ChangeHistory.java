package vn.dunghan.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;

/**
 * The change history of reference data (units, fields, procedures): each create and update with who
 * made it (from the token) and the entity as it was before and after, only ever added to ({@code
 * reference_change} refuses UPDATE and DELETE, V17).
 */
@ApplicationScoped
public class ChangeHistory {

  /** What changed. */
  public enum Entity {
    UNIT,
    FIELD,
    PROCEDURE
  }

  /** One change as {@code GET /api/v1/{units|fields|procedures}/{code}/history} shows it. */
  public record Change(
      long version,
      String action,
      Actor changedBy,
      OffsetDateTime changedAt,
      @Schema(description = "The entity before, as the API showed it (null when created)")
          Object before,
      @Schema(description = "The entity after, as the API shows it") Object after) {}

  private final EntityManager em;
  private final ObjectMapper json;
  private final CurrentActor actor;
  private final Clock clock;

  ChangeHistory(EntityManager em, ObjectMapper json, CurrentActor actor, Clock clock) {
    this.em = em;
    this.json = json;
    this.actor = actor;
    this.clock = clock;
  }

  /** Records a change of {@code code} to {@code after} (a view), from {@code before} or none. */
  public void record(Entity entity, String code, long version, Object before, Object after) {
    Actor who = actor.get();
    String beforeJson = toJson(before);
    String afterJson = toJson(after);
    em.unwrap(Session.class)
        .doWork(
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "insert into reference_change (entity, code, version, action, changed_by,"
                          + " changed_by_name, changed_by_roles, changed_by_unit, changed_at,"
                          + " before, after) values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb),"
                          + " cast(? as jsonb))")) {
                s.setString(1, entity.name());
                s.setString(2, code);
                s.setLong(3, version);
                s.setString(4, before == null ? "CREATED" : "UPDATED");
                s.setString(5, who.subject());
                s.setString(6, who.name());
                s.setString(7, who.roles());
                s.setString(8, who.unit());
                s.setTimestamp(9, Timestamp.from(clock.instant()));
                s.setString(10, beforeJson);
                s.setString(11, afterJson);
                s.executeUpdate();
              }
            });
  }

  /** The changes of {@code code}, oldest first. */
  public List<Change> of(Entity entity, String code) {
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              List<Change> all = new ArrayList<>();
              try (PreparedStatement s =
                  c.prepareStatement(
                      "select version, action, changed_by, changed_by_name, changed_by_roles,"
                          + " changed_by_unit, changed_at, before::text, after::text"
                          + " from reference_change where entity = ? and code = ? order by id")) {
                s.setString(1, entity.name());
                s.setString(2, code);
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    all.add(
                        new Change(
                            r.getLong(1),
                            r.getString(2),
                            new Actor(
                                r.getString(3), r.getString(4), r.getString(5), r.getString(6)),
                            SqlValues.vietnamTime(r.getObject(7, OffsetDateTime.class)),
                            read(r.getString(8)),
                            read(r.getString(9))));
                  }
                }
              }
              return all;
            });
  }

  private String toJson(Object view) {
    try {
      return view == null ? null : json.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a change could not be written as JSON", e);
    }
  }

  private JsonNode read(String text) {
    try {
      return text == null ? null : json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored change is unreadable", e);
    }
  }
}
