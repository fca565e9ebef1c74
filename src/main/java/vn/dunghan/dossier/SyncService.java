package vn.dunghan.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dunghan.shared.problem.FieldError;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.sla.ResolutionFact;

/**
 * Takes a portal batch in one transaction: items are checked and replayed in memory, the good ones
 * written together (JDBC batches, pooled sequences), the bad ones answered with a problem and left
 * out. The same batch twice changes nothing the second time.
 */
@ApplicationScoped
public class SyncService {

  /** A batch holds up to 10,000 dossiers (the API contract). */
  public static final int MAX_ITEMS = 10_000;

  private final DossierRepository dossiers;
  private final IntakeChecks checks;
  private final Settlement settlement;
  private final Validator validator;
  private final Clock clock;
  private final vn.dunghan.access.Caller caller;

  SyncService(
      DossierRepository dossiers,
      IntakeChecks checks,
      Settlement settlement,
      Validator validator,
      Clock clock,
      vn.dunghan.access.Caller caller) {
    this.caller = caller;
    this.dossiers = dossiers;
    this.checks = checks;
    this.settlement = settlement;
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * An item as parsed: the item, or why it could not be read, how to take it, and per event (in the
   * order of {@code item.events()}, null where none) the handler the sender reports.
   */
  public record Parsed(SyncItem item, Problem unreadable, Mode mode, List<Reported> reported) {

    public Parsed(SyncItem item, Problem unreadable) {
      this(item, unreadable, Mode.OWN, List.of());
    }

    public Parsed(SyncItem item, Problem unreadable, Mode mode) {
      this(item, unreadable, mode, List.of());
    }

    Reported reportedFor(int event) {
      return event < reported.size() ? reported.get(event) : null;
    }
  }

  /** A handler the sender names for an event (the portal's NguoiXuLy and ChucDanh). */
  public record Reported(String name, String title) {}

  /** How an item is taken. */
  public enum Mode {
    /** This service's own format: events known again by their whole content. */
    OWN,
    /**
     * A portal record in its dialect, translated: events known again by type, moment and
     * destination ({@link EventRecord#sameOccurrence}), since the portal does not carry this
     * service's reasons.
     */
    DIALECT,
    /** Step progress for a dossier already here: code and events only, no intake. */
    PROGRESS
  }

  @Transactional
  public SyncResult sync(List<Parsed> batch) {
    if (batch.size() > MAX_ITEMS) {
      throw new ProblemException(
          Problem.of(
              ProblemType.PAYLOAD_TOO_LARGE,
              "a batch holds at most " + MAX_ITEMS + " dossiers, this one " + batch.size()));
    }
    Instant now = clock.instant();
    EntityManager em = dossiers.getEntityManager();
    // The queries of a batch read reference data and the rows locked below, never what the batch
    // itself changes. Left on AUTO, Hibernate walked every entity persisted so far before each of
    // them (the first lookup of each unit and procedure code): quadratic in the batch size, two
    // thirds of the ingest time (docs/scaling.md). Writes still flush explicitly before the
    // ledger, report and outbox statements that need the rows in, and at commit.
    em.setFlushMode(FlushModeType.COMMIT);
    List<String> codes = codesOf(batch);
    dossiers.lockCodes(codes);
    Map<String, Dossier> existing = dossiers.byCodes(codes);
    Map<Long, List<DossierEvent>> history = dossiers.eventsOf(existing.values());
    Map<Long, Applicant> applicants = dossiers.applicantsOf(existing.values());
    DeadlineContext ctx = settlement.context();
    Settlement.Batch changes = settlement.begin();
    vn.dunghan.shared.Actor actor = caller.actor();
    AfterDossiers later = new AfterDossiers(actor);
    Set<String> seen = new HashSet<>();
    List<SyncResult.Item> results = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      Parsed parsed = batch.get(i);
      SyncItem item = parsed.item();
      String code = item == null ? null : item.code();
      if (parsed.unreadable() != null) {
        results.add(new SyncResult.Item(i, code, SyncResult.Outcome.REJECTED, parsed.unreadable()));
        continue;
      }
      try {
        boolean progress = parsed.mode() == Mode.PROGRESS;
        if (progress) {
          validateEvents(item);
        } else {
          validate(item);
        }
        if (!seen.add(code)) {
          throw ProblemException.conflict(
              "dossier " + code + " appears more than once in this batch");
        }
        Dossier stored = existing.get(code);
        if (stored == null && progress) {
          throw new ProblemException(
              Problem.of(
                  ProblemType.NOT_FOUND,
                  "dossier " + code + " is not known here: its record must come first"));
        }
        results.add(
            stored == null
                ? create(i, parsed, now, ctx, changes, later)
                : update(
                    i,
                    parsed,
                    stored,
                    applicants.get(stored.id),
                    history.get(stored.id),
                    parsed.mode(),
                    new Context(now, ctx, em, changes, actor)));
      } catch (ProblemException e) {
        results.add(new SyncResult.Item(i, code, SyncResult.Outcome.REJECTED, e.problem()));
      }
    }
    // Updated dossiers and their new events go through Hibernate; new ones by COPY. Every row of
    // the batch is in after this, and nothing below changes an entity: cleared, the session is no
    // longer dirty-checked by the ledger's flush and at commit.
    em.flush();
    em.clear();
    dossiers.copy(later.rows);
    changes.write();
    return SyncResult.of(results);
  }

  /** The new dossiers of a batch, written together at its end. */
  private static final class AfterDossiers {
    final DossierCopy rows = new DossierCopy();
    final vn.dunghan.shared.Actor actor;

    AfterDossiers(vn.dunghan.shared.Actor actor) {
      this.actor = actor;
    }
  }

  /** What every item of one batch shares; the actor is the caller (the portal's account). */
  private record Context(
      Instant now,
      DeadlineContext deadlines,
      EntityManager em,
      Settlement.Batch changes,
      vn.dunghan.shared.Actor actor) {}

  private SyncResult.Item create(
      int index,
      Parsed parsed,
      Instant now,
      DeadlineContext ctx,
      Settlement.Batch changes,
      AfterDossiers later) {
    SyncItem item = parsed.item();
    Intake intake = checks.intake(item.intake(), Source.PORTAL, now);
    List<EventRecord> events = checkedEvents(item, intake.receivedAt(), now);
    Dossier dossier = new Dossier(intake, now);
    dossier.receivedBy(later.actor);
    replay(dossier, events, ctx);
    dossier.updatedAt = now;
    Settlement.Prepared prepared = changes.prepare(dossier, ctx);
    dossier.id = dossiers.nextId(dossier);
    later.rows.add(dossier);
    changes.settleNew(dossier, prepared, ctx);
    later.rows.add(Applicant.of(dossier.id, item.applicant()));
    for (int k = 0; k < events.size(); k++) {
      DossierEvent event =
          new DossierEvent(dossier.id, events.get(k), now, Source.PORTAL, later.actor)
              .reported(parsed.reportedFor(k));
      event.id = dossiers.nextId(event);
      later.rows.add(event);
    }
    return done(index, dossier, SyncResult.Outcome.CREATED);
  }

  private SyncResult.Item update(
      int index,
      Parsed parsed,
      Dossier stored,
      Applicant applicant,
      List<DossierEvent> recorded,
      Mode mode,
      Context batch) {
    SyncItem item = parsed.item();
    List<String> differing =
        mode == Mode.PROGRESS
            ? List.of()
            : IntakeComparison.differingFields(stored, applicant, item.intake(), true);
    if (!differing.isEmpty()) {
      throw new ProblemException(
          Problem.of(
                  ProblemType.IDEMPOTENCY_MISMATCH,
                  "dossier "
                      + stored.code
                      + " was received with different "
                      + String.join(", ", differing))
              .with("differingFields", differing));
    }
    List<DossierEvent> known = recorded == null ? List.of() : recorded;
    List<EventRecord> fresh = new ArrayList<>();
    List<Reported> freshReported = new ArrayList<>();
    List<EventRecord> checked = checkedEvents(item, stored.receivedAt, batch.now());
    for (int k = 0; k < checked.size(); k++) {
      EventRecord e = checked.get(k);
      boolean seenBefore =
          mode == Mode.OWN
              ? known.stream().anyMatch(old -> old.sameAs(e))
              : known.stream().anyMatch(old -> old.toRecord().sameOccurrence(e))
                  || fresh.stream().anyMatch(f -> f.sameOccurrence(e));
      if (!seenBefore) {
        fresh.add(e);
        freshReported.add(parsed.reportedFor(k));
      }
    }
    if (fresh.isEmpty()) {
      return done(index, stored, SyncResult.Outcome.UNCHANGED);
    }
    List<EventRecord> all = new ArrayList<>(known.stream().map(DossierEvent::toRecord).toList());
    all.addAll(fresh);
    ResolutionFact before = stored.resolutionFact();
    try {
      replay(stored, all, batch.deadlines());
    } catch (ProblemException e) {
      batch.em().refresh(stored); // undo the in-memory replay: this item changes nothing
      throw e;
    }
    stored.updatedAt = batch.now();
    batch.changes().settle(stored, before, batch.deadlines());
    for (int k = 0; k < fresh.size(); k++) {
      dossiers.persistEvent(
          new DossierEvent(stored.id, fresh.get(k), batch.now(), Source.PORTAL, batch.actor())
              .reported(freshReported.get(k)));
    }
    return done(index, stored, SyncResult.Outcome.UPDATED);
  }

  /** Replays in time order; events at the same instant keep the order they were sent in. */
  private static void replay(Dossier dossier, List<EventRecord> events, DeadlineContext ctx) {
    List<EventRecord> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(EventRecord::at));
    DossierStatus before = dossier.status;
    try {
      dossier.replay(ordered, ctx);
    } catch (IllegalTransitionException e) {
      throw new ProblemException(
          Problem.of(
                  ProblemType.ILLEGAL_TRANSITION, "the events are not possible: " + e.getMessage())
              .with("currentStatus", before)
              .with("statusAtThatTime", e.status()));
    }
  }

  private List<EventRecord> checkedEvents(SyncItem item, Instant receivedAt, Instant now) {
    List<EventRecord> events = new ArrayList<>();
    if (item.events() == null) {
      return events;
    }
    for (int i = 0; i < item.events().size(); i++) {
      try {
        events.add(checks.event(item.events().get(i), receivedAt, now));
      } catch (ProblemException e) {
        throw prefixed(e, "events[" + i + "].");
      }
    }
    return events;
  }

  private void validate(SyncItem item) {
    Set<ConstraintViolation<ReceiveDossierRequest>> intake = validator.validate(item.intake());
    List<FieldError> errors = new ArrayList<>();
    intake.forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
    throwIfAny(errors, item);
  }

  private void validateEvents(SyncItem item) {
    throwIfAny(new ArrayList<>(), item);
  }

  private void throwIfAny(List<FieldError> errors, SyncItem item) {
    Set<ConstraintViolation<SyncItem>> rest = validator.validate(item);
    rest.forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field));
      throw ProblemException.invalid(errors);
    }
  }

  private static ProblemException prefixed(ProblemException e, String prefix) {
    Object errors = e.problem().getExtensions().get("errors");
    if (!(errors instanceof List)) {
      return e;
    }
    List<FieldError> renamed =
        ((List<?>) errors)
            .stream()
                .map(o -> (FieldError) o)
                .map(f -> new FieldError(prefix + f.field(), f.message()))
                .collect(Collectors.toList());
    return ProblemException.invalid(renamed);
  }

  private static SyncResult.Item done(int index, Dossier d, SyncResult.Outcome outcome) {
    return new SyncResult.Item(index, d.code, outcome, d.status.name(), d.dueDate, null, d.id);
  }

  private static List<String> codesOf(List<Parsed> batch) {
    List<String> codes = new ArrayList<>();
    for (Parsed p : batch) {
      if (p.unreadable() == null && p.item().code() != null) {
        codes.add(p.item().code());
      }
    }
    return codes;
  }
}
