package vn.dunghan.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dunghan.calendar.schedule.CalendarService;
import vn.dunghan.dossier.DossierStates;
import vn.dunghan.dossier.SyncResult;
import vn.dunghan.dossier.SyncService;
import vn.dunghan.procedure.ProcedureCatalog;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.shared.problem.Violations;
import vn.dunghan.unit.UnitDirectory;

/**
 * Takes an envelope of the portal's records in one transaction: each record translated ({@link
 * DvcqgInbound}) and taken by the sync like any other ({@link SyncService}), what only the portal
 * knows kept beside the dossier, and the dossiers it sent marked as known to the portal (nothing to
 * push back).
 */
@ApplicationScoped
public class PortalIntake {

  /** The answer, in the portal's manner: a code, a message, a line per record in the order sent. */
  public record Answer(
      @JsonProperty("error_code") String errorCode, String message, List<Result> results) {}

  /** What became of one record; {@code problem} only when rejected. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Result(
      @JsonProperty("MaHoSo") String code,
      SyncResult.Outcome outcome,
      String status,
      LocalDate dueDate,
      Problem problem) {}

  private final SyncService sync;
  private final DossierStates states;
  private final PortalStore store;
  private final UnitDirectory units;
  private final ProcedureCatalog procedures;
  private final CalendarService calendars;
  private final Clock clock;
  private final jakarta.enterprise.event.Event<PortalFactsChanged> factsChanged;

  PortalIntake(
      SyncService sync,
      DossierStates states,
      PortalStore store,
      UnitDirectory units,
      ProcedureCatalog procedures,
      CalendarService calendars,
      Clock clock,
      jakarta.enterprise.event.Event<PortalFactsChanged> factsChanged) {
    this.factsChanged = factsChanged;
    this.sync = sync;
    this.states = states;
    this.store = store;
    this.units = units;
    this.procedures = procedures;
    this.calendars = calendars;
    this.clock = clock;
  }

  @Transactional
  public Answer take(String service, List<JsonNode> data) {
    if (data.size() > SyncService.MAX_ITEMS) {
      throw new ProblemException(
          Problem.of(
              ProblemType.PAYLOAD_TOO_LARGE,
              "an envelope holds at most "
                  + SyncService.MAX_ITEMS
                  + " records, this one "
                  + data.size()));
    }
    DvcqgInbound inbound = new DvcqgInbound(units, procedures, calendars.calendar());
    List<Result> results =
        DvcqgFields.DOSSIER_SERVICE.equals(service)
            ? dossiers(inbound, data)
            : progress(inbound, data);
    long rejected =
        results.stream().filter(r -> r.outcome() == SyncResult.Outcome.REJECTED).count();
    return new Answer(
        rejected == 0 ? DvcqgCodes.ANSWER_ACCEPTED : DvcqgCodes.ANSWER_PARTLY_REJECTED,
        rejected == 0
            ? "taken: " + results.size() + " records"
            : rejected + " of " + results.size() + " records rejected, each with its problem",
        results);
  }

  private List<Result> dossiers(DvcqgInbound inbound, List<JsonNode> data) {
    Instant now = clock.instant();
    List<DvcqgInbound.Translated> translated = new ArrayList<>(data.size());
    List<String> codes = new ArrayList<>();
    for (JsonNode record : data) {
      DvcqgInbound.Translated t = record.isObject() ? inbound.dossier(record) : notAnObject();
      translated.add(t);
      if (t.parsed() != null && t.parsed().unreadable() == null) {
        codes.add(t.parsed().item().code());
      }
    }
    Set<Long> waiting = waitingBefore(states.receipts(codes));
    List<SyncService.Parsed> items = new ArrayList<>();
    for (DvcqgInbound.Translated t : translated) {
      if (t.parsed() != null) {
        items.add(t.parsed());
      }
    }
    List<SyncResult.Item> synced = sync.sync(items).items();
    Map<Long, PortalFacts> facts = new HashMap<>();
    Map<Long, DvcqgCodes.Status> statuses = new HashMap<>();
    List<Result> results = new ArrayList<>(data.size());
    List<Long> ids = new ArrayList<>(data.size());
    List<SyncResult.Item> taken = new ArrayList<>();
    int next = 0;
    for (DvcqgInbound.Translated t : translated) {
      if (t.parsed() == null) {
        results.add(refusal(t.refusal(), now));
        ids.add(null);
        continue;
      }
      SyncResult.Item item = synced.get(next++);
      results.add(result(item));
      ids.add(item.dossierId());
      if (item.dossierId() != null) {
        facts.put(item.dossierId(), t.facts());
        statuses.put(item.dossierId(), t.status());
        taken.add(item);
      }
    }
    Set<Long> factsChanged = keepFacts(facts, statuses, now);
    // A record whose events were known but whose facts moved (paid, digitised, a result link) is
    // an update of what the portal said.
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      if (r.outcome() == SyncResult.Outcome.UNCHANGED && factsChanged.contains(ids.get(i))) {
        results.set(
            i, new Result(r.code(), SyncResult.Outcome.UPDATED, r.status(), r.dueDate(), null));
      }
    }
    acknowledge(taken, factsChanged, waiting, now);
    return results;
  }

  private List<Result> progress(DvcqgInbound inbound, List<JsonNode> data) {
    Instant now = clock.instant();
    // The steps of one dossier may come as several records: they are its events together.
    Map<String, List<JsonNode>> byCode = new LinkedHashMap<>();
    List<Object> slots = new ArrayList<>(data.size());
    for (JsonNode record : data) {
      if (!record.isObject()) {
        slots.add(
            rejected(
                null,
                Problem.of(ProblemType.MALFORMED_REQUEST, "each record must be a JSON object")));
        continue;
      }
      Violations v = new Violations();
      String code = new RecordReader(record, v).requiredText(DvcqgFields.CODE, 64);
      if (code == null) {
        slots.add(
            rejected(
                null,
                v.isEmpty()
                    ? Problem.of(ProblemType.VALIDATION, "MaHoSo is required")
                    : problemOf(v)));
        continue;
      }
      byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(record);
      slots.add(code);
    }
    Map<String, DossierStates.Receipt> receipts = states.receipts(byCode.keySet());
    Set<Long> waiting = waitingBefore(receipts);
    List<SyncService.Parsed> items = new ArrayList<>();
    for (Map.Entry<String, List<JsonNode>> e : byCode.entrySet()) {
      items.add(inbound.progress(e.getKey(), e.getValue(), receipts));
    }
    List<SyncResult.Item> synced = sync.sync(items).items();
    Map<String, SyncResult.Item> byDossier = new HashMap<>();
    int i = 0;
    for (String code : byCode.keySet()) {
      byDossier.put(code, synced.get(i++));
    }
    List<Result> results = new ArrayList<>(data.size());
    for (Object slot : slots) {
      results.add(slot instanceof Result r ? r : result(byDossier.get((String) slot)));
    }
    acknowledge(new ArrayList<>(byDossier.values()), new HashSet<>(), waiting, now);
    return results;
  }

  /** Stores the facts that moved, never older news over newer (a record of an earlier stage). */
  private Set<Long> keepFacts(
      Map<Long, PortalFacts> facts, Map<Long, DvcqgCodes.Status> statuses, Instant now) {
    if (facts.isEmpty()) {
      return new HashSet<>();
    }
    Map<Long, PortalFacts> stored = store.facts(facts.keySet());
    Map<Long, PortalStore.Appointment> appointments = store.appointments(facts.keySet());
    Map<Long, PortalFacts> changed = new HashMap<>();
    for (Map.Entry<Long, PortalFacts> e : facts.entrySet()) {
      PortalFacts before = stored.get(e.getKey());
      PortalStore.Appointment own = appointments.get(e.getKey());
      if (before == null
          && own != null
          && e.getValue().saysNothingBeyond(own.code(), own.appointmentDate())) {
        continue; // a desk's dossier coming back as it was pushed: nothing to keep
      }
      if (before != null) {
        int storedStage =
            DvcqgCodes.Status.of(before.portalStatus()).map(DvcqgCodes.Status::stage).orElse(0);
        if (storedStage > statuses.get(e.getKey()).stage() || before.equals(e.getValue())) {
          continue;
        }
      }
      changed.put(e.getKey(), e.getValue());
    }
    store.writeFacts(changed, now);
    if (!changed.isEmpty()) {
      factsChanged.fire(new PortalFactsChanged(List.copyOf(changed.keySet())));
    }
    return new HashSet<>(changed.keySet());
  }

  /**
   * The dossiers this envelope created or changed are what the portal says they are: nothing to
   * push back, unless a change from elsewhere was already waiting to go.
   */
  private void acknowledge(
      List<SyncResult.Item> taken, Set<Long> factsChanged, Set<Long> waiting, Instant now) {
    Set<Long> known = new HashSet<>();
    for (SyncResult.Item item : taken) {
      if (item.dossierId() == null) {
        continue;
      }
      boolean moved =
          item.outcome() == SyncResult.Outcome.CREATED
              || item.outcome() == SyncResult.Outcome.UPDATED
              || factsChanged.contains(item.dossierId());
      if (item.dossierId() != null && moved && !waiting.contains(item.dossierId())) {
        known.add(item.dossierId());
      }
    }
    store.acknowledgeReceived(known, now);
  }

  private Set<Long> waitingBefore(Map<String, DossierStates.Receipt> receipts) {
    List<Long> ids = receipts.values().stream().map(DossierStates.Receipt::dossierId).toList();
    return ids.isEmpty() ? Set.of() : store.waiting(ids);
  }

  private Result refusal(DvcqgInbound.Refusal refusal, Instant now) {
    if (store.dossierExists(refusal.code())) {
      return rejected(
          refusal.code(),
          Problem.of(
              ProblemType.CONFLICT,
              "dossier "
                  + refusal.code()
                  + " was received here; a refusal at reception (TrangThaiHoSo 3) cannot replace"
                  + " it"));
    }
    boolean created = store.recordRefusal(refusal, now);
    return new Result(
        refusal.code(),
        created ? SyncResult.Outcome.CREATED : SyncResult.Outcome.UNCHANGED,
        DvcqgCodes.Status.REFUSED_AT_RECEPTION.name(),
        null,
        null);
  }

  private static DvcqgInbound.Translated notAnObject() {
    return new DvcqgInbound.Translated(
        new SyncService.Parsed(
            null,
            Problem.of(ProblemType.MALFORMED_REQUEST, "each record must be a JSON object"),
            SyncService.Mode.DIALECT),
        null,
        null,
        null);
  }

  private static Result result(SyncResult.Item item) {
    return new Result(
        item.code(), item.outcome(), item.status(), item.dueDate(), inPortalWords(item.problem()));
  }

  /** A problem from the sync, its fields named as the portal names them. */
  private static Problem inPortalWords(Problem problem) {
    if (problem == null
        || problem.getStatus() != ProblemType.VALIDATION.status()
        || !(problem.getExtensions().get("errors") instanceof List<?> errors)) {
      return problem;
    }
    List<vn.dunghan.shared.problem.FieldError> renamed = new ArrayList<>();
    for (Object o : errors) {
      vn.dunghan.shared.problem.FieldError e = (vn.dunghan.shared.problem.FieldError) o;
      renamed.add(
          new vn.dunghan.shared.problem.FieldError(
              DvcqgFields.OF_SYNC_ITEM.getOrDefault(e.field(), e.field()), e.message()));
    }
    return ProblemException.invalid(renamed).problem();
  }

  private static Result rejected(String code, Problem problem) {
    return new Result(code, SyncResult.Outcome.REJECTED, null, null, problem);
  }

  private static Problem problemOf(Violations v) {
    try {
      v.throwIfAny();
      return null;
    } catch (ProblemException e) {
      return e.problem();
    }
  }
}
