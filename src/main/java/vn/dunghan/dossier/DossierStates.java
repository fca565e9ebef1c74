package vn.dunghan.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dunghan.shared.SessionSql;

/** Reads dossiers whole, for the systems they are reported to ({@link DossierState}). */
@ApplicationScoped
public class DossierStates {

  private final DossierRepository dossiers;

  DossierStates(DossierRepository dossiers) {
    this.dossiers = dossiers;
  }

  /** The dossiers with these ids that exist, in no particular order. */
  public List<DossierState> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Dossier> found = dossiers.list("id in ?1", List.copyOf(ids));
    return states(found);
  }

  /** Where and when a dossier was received: what a step record is read against. */
  public record Receipt(long dossierId, String handlingUnitCode, Instant receivedAt) {}

  /**
   * The receipts of the dossiers with these codes that exist. Plain columns, no entities and no
   * locks: the sync that follows locks and loads the dossiers itself.
   */
  public Map<String, Receipt> receipts(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return SessionSql.query(
        dossiers.getEntityManager(),
        "select code, id, handling_unit_code, received_at from dossier where code = any (?)",
        statement ->
            statement.setArray(
                1, statement.getConnection().createArrayOf("varchar", codes.toArray())),
        rows -> {
          Map<String, Receipt> found = new HashMap<>();
          while (rows.next()) {
            found.put(
                rows.getString(1),
                new Receipt(
                    rows.getLong(2),
                    rows.getString(3),
                    rows.getObject(4, java.time.OffsetDateTime.class).toInstant()));
          }
          return found;
        });
  }

  private List<DossierState> states(List<Dossier> found) {
    Map<Long, List<DossierEvent>> events = dossiers.eventsOf(found);
    Map<Long, Applicant> applicants = dossiers.applicantsOf(found);
    List<DossierState> states = new ArrayList<>(found.size());
    for (Dossier d : found) {
      Applicant a = applicants.get(d.id);
      List<EventRecord> history =
          events.getOrDefault(d.id, List.of()).stream()
              .filter(e -> e.type.external())
              .sorted(
                  Comparator.comparing((DossierEvent e) -> e.occurredAt).thenComparing(e -> e.id))
              .map(DossierEvent::toRecord)
              .toList();
      states.add(
          new DossierState(
              d.id,
              d.code,
              d.procedureCode,
              d.handlingUnitCode,
              d.receivingUnitCode,
              d.holdingUnitCode,
              d.channel,
              d.source,
              d.receivedAt,
              a == null ? null : a.kind,
              a == null ? null : a.name,
              a == null ? null : a.idNumber,
              a == null ? null : a.phone,
              a == null ? null : a.email,
              d.status,
              d.dueDate,
              d.appointmentDate,
              d.resolvedAt,
              d.outcome,
              d.returnedAt,
              d.closedAt,
              List.copyOf(d.steps),
              history,
              d.version));
    }
    return states;
  }
}
