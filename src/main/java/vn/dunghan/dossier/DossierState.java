package vn.dunghan.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dossier's whole state for the systems it is reported to (the national portal): what was
 * received, the applicant unmasked, the status and dates derived from the history, the steps, and
 * the history itself in time order. Read by {@link DossierStates}; never shown to a caller as is.
 */
public record DossierState(
    long id,
    String code,
    String procedureCode,
    String handlingUnitCode,
    String receivingUnitCode,
    String holdingUnitCode,
    Channel channel,
    Source source,
    Instant receivedAt,
    String applicantKind,
    String applicantName,
    String applicantIdNumber,
    String applicantPhone,
    String applicantEmail,
    DossierStatus status,
    LocalDate dueDate,
    LocalDate appointmentDate,
    Instant resolvedAt,
    Outcome outcome,
    Instant returnedAt,
    Instant closedAt,
    List<Step> steps,
    List<EventRecord> events,
    long version) {

  /** The moment each step began: the receipt for the first, its transfer for the others. */
  public List<Instant> stepStarts() {
    List<Instant> starts = new java.util.ArrayList<>();
    starts.add(receivedAt);
    for (EventRecord e : events) {
      if (e.type() == EventType.TRANSFERRED) {
        starts.add(e.at());
      }
    }
    return starts;
  }
}
