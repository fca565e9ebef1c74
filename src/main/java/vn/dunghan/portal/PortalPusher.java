package vn.dunghan.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.dunghan.dossier.DossierState;
import vn.dunghan.dossier.DossierStates;
import vn.dunghan.shared.SessionSql;
import vn.dunghan.unit.UnitDirectory;

/**
 * Drains the push outbox: claims the dossiers whose change is due, sends each as it is now ({@code
 * DongBoHoSoMC}, the portal upserts) followed by its steps that changed ({@code
 * CapNhatTienDoHoSoMC}), and records what the portal took. At least once: a dossier leaves the
 * outbox only once the portal accepted it and nothing changed meanwhile; a failure waits longer
 * each time, up to {@code dvcqg.retry-max}, and nothing is dropped however long the portal is away.
 */
@ApplicationScoped
public class PortalPusher {

  private static final Logger LOG = Logger.getLogger(PortalPusher.class);

  /** How long a claim holds before another replica may take the dossier again. */
  static final Duration LEASE = Duration.ofMinutes(5);

  /** What one run did. */
  public record PushRun(int claimed, int pushed, int refused, int unavailable, int steps) {}

  private final PortalStore store;
  private final DossierStates states;
  private final PortalConfig config;
  private final Clock clock;
  private final DvcqgOutbound outbound;
  private final ObjectMapper json;
  private final EntityManager em;
  private final DistributionSummary lag;
  private volatile DvcqgClient client;

  PortalPusher(
      PortalStore store,
      DossierStates states,
      PortalConfig config,
      Clock clock,
      ObjectMapper json,
      UnitDirectory units,
      EntityManager em,
      MeterRegistry registry) {
    this.store = store;
    this.states = states;
    this.config = config;
    this.clock = clock;
    this.json = json;
    this.em = em;
    this.outbound = new DvcqgOutbound(json, units);
    this.lag =
        DistributionSummary.builder("dunghan.portal.push.lag")
            .description("Time from a dossier's change to the portal's acknowledgement")
            .baseUnit("milliseconds")
            .publishPercentiles(0.5, 0.95)
            .register(registry);
    Gauge.builder("dunghan.portal.push.backlog", this::backlog)
        .description("Dossiers whose change the portal has not acknowledged yet")
        .register(registry);
  }

  /** A dossier claimed with what is sent for it. */
  private record Push(
      PortalStore.Claim claim,
      long version,
      ObjectNode record,
      List<DvcqgOutbound.StepRecord> steps,
      String marks) {}

  /** One run of the push job. */
  public PushRun push() {
    if (!config.queues()) {
      return new PushRun(0, 0, 0, 0, 0);
    }
    Instant now = clock.instant();
    List<Push> pushes =
        QuarkusTransaction.requiringNew().call(() -> claim(now, config.claimLimit()));
    int pushed = 0;
    int refused = 0;
    int unavailable = 0;
    int steps = 0;
    for (int from = 0; from < pushes.size(); from += config.batchSize()) {
      List<Push> batch = pushes.subList(from, Math.min(pushes.size(), from + config.batchSize()));
      if (unavailable > 0) {
        // The portal is away: the rest waits for the next try without hammering it now.
        fail(batch, "not tried: the portal was unavailable earlier in this run", now);
        unavailable += batch.size();
        continue;
      }
      try {
        Outcome outcome = send(batch);
        if (outcome.accepted()) {
          record(batch);
          pushed += batch.size();
          steps += batch.stream().mapToInt(p -> p.steps().size()).sum();
        } else if (batch.size() > 1) {
          // One bad record must not hold the others back: each goes alone.
          for (Push p : batch) {
            Outcome alone = send(List.of(p));
            if (alone.accepted()) {
              record(List.of(p));
              pushed++;
              steps += p.steps().size();
            } else {
              fail(List.of(p), alone.error(), now);
              refused++;
            }
          }
        } else {
          fail(batch, outcome.error(), now);
          refused++;
        }
      } catch (DvcqgClient.Unavailable e) {
        fail(batch, e.getMessage(), now);
        unavailable += batch.size();
      }
    }
    PushRun run = new PushRun(pushes.size(), pushed, refused, unavailable, steps);
    if (run.claimed() > 0) {
      LOG.infof("portal-push: %s", run);
    }
    return run;
  }

  /**
   * The nightly reconciliation: every dossier whose current version the portal has not acknowledged
   * goes back into the outbox, due now (failures included).
   */
  public int reconcile() {
    if (!config.queues()) {
      return 0;
    }
    return QuarkusTransaction.requiringNew()
        .call(() -> store.enqueueUnacknowledged(clock.instant()));
  }

  private List<Push> claim(Instant now, int limit) {
    List<PortalStore.Claim> claims = store.claim(now, LEASE, limit);
    if (claims.isEmpty()) {
      return List.of();
    }
    List<Long> ids = claims.stream().map(PortalStore.Claim::dossierId).toList();
    Map<Long, DossierState> byId =
        states.byIds(ids).stream().collect(Collectors.toMap(DossierState::id, s -> s));
    Map<Long, PortalFacts> facts = store.facts(ids);
    Map<Long, String> marks = store.stepMarks(ids);
    List<Push> pushes = new ArrayList<>();
    for (PortalStore.Claim claim : claims) {
      DossierState state = byId.get(claim.dossierId());
      if (state == null) {
        store.forget(claim);
        continue;
      }
      List<DvcqgOutbound.StepRecord> all = outbound.steps(state);
      pushes.add(
          new Push(
              claim,
              state.version(),
              outbound.dossier(state, facts.getOrDefault(claim.dossierId(), PortalFacts.none())),
              DvcqgOutbound.changed(all, marks.get(claim.dossierId())),
              DvcqgOutbound.marks(all)));
    }
    return pushes;
  }

  /** The portal's word on a batch: accepted, or refused with its message. */
  private record Outcome(boolean accepted, String error) {}

  private Outcome send(List<Push> batch) throws DvcqgClient.Unavailable {
    List<ObjectNode> records = batch.stream().map(Push::record).toList();
    Outcome dossiers = envelope(DvcqgFields.DOSSIER_SERVICE, records);
    if (!dossiers.accepted()) {
      return dossiers;
    }
    List<ObjectNode> stepRecords = new ArrayList<>();
    batch.forEach(p -> p.steps().forEach(s -> stepRecords.add(s.record())));
    return stepRecords.isEmpty() ? dossiers : envelope(DvcqgFields.PROGRESS_SERVICE, stepRecords);
  }

  private Outcome envelope(String service, List<ObjectNode> records)
      throws DvcqgClient.Unavailable {
    if (!config.enabled()) {
      LOG.infof(
          "portal dry run: would send %s with %d records: %s",
          service, records.size(), masked(records));
      return new Outcome(true, null);
    }
    DvcqgClient.Answer answer = client().send(service, true, records);
    return answer.accepted()
        ? new Outcome(true, null)
        : new Outcome(
            false,
            service + " refused: error_code " + answer.errorCode() + ", " + answer.message());
  }

  private void record(List<Push> batch) {
    Instant now = clock.instant();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (Push p : batch) {
                store.pushed(p.claim(), p.version(), p.marks(), now);
              }
            });
    batch.forEach(
        p -> lag.record(Math.max(0, Duration.between(p.claim().enqueuedAt(), now).toMillis())));
  }

  private void fail(List<Push> batch, String error, Instant now) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (Push p : batch) {
                store.failed(p.claim(), now.plus(wait(p.claim().attempts())), error);
              }
            });
  }

  /** The wait after the n-th failure in a row: doubling from the first, never above the most. */
  Duration wait(int failuresBefore) {
    Duration wait = config.retryInitial();
    for (int i = 0; i < failuresBefore && wait.compareTo(config.retryMax()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
  }

  private DvcqgClient client() throws DvcqgClient.Unavailable {
    DvcqgClient current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          client = new DvcqgClient(settings(), json);
        }
        current = client;
      }
    }
    return current;
  }

  private DvcqgClient.Settings settings() throws DvcqgClient.Unavailable {
    Map<String, Object> missing = new HashMap<>();
    if (config.authUrl().isEmpty()) {
      missing.put("dvcqg.auth-url", "");
    }
    if (config.integrationUrl().isEmpty()) {
      missing.put("dvcqg.integration-url", "");
    }
    if (config.username().isEmpty()) {
      missing.put("dvcqg.username", "");
    }
    if (config.password().isEmpty()) {
      missing.put("dvcqg.password", "");
    }
    if (!missing.isEmpty()) {
      throw new DvcqgClient.Unavailable(
          "dvcqg.enabled is true but " + String.join(", ", missing.keySet()) + " not set", null);
    }
    return new DvcqgClient.Settings(
        config.authUrl().get(),
        config.integrationUrl().get(),
        config.username().get(),
        config.password().get(),
        config.agencyCode().orElse(""),
        config.timeout());
  }

  /** The records with the applicant's name, ID number and contacts hidden, for the log. */
  private String masked(List<ObjectNode> records) {
    List<ObjectNode> copies = new ArrayList<>();
    for (ObjectNode r : records) {
      ObjectNode copy = r.deepCopy();
      if (copy.has(DvcqgFields.APPLICANT_NAME)) {
        copy.put(DvcqgFields.APPLICANT_NAME, "***");
      }
      for (String personal :
          List.of(
              DvcqgFields.APPLICANT_ID, DvcqgFields.APPLICANT_PHONE, DvcqgFields.APPLICANT_EMAIL)) {
        if (copy.has(personal)) {
          copy.put(personal, "***");
        }
      }
      copies.add(copy);
    }
    return copies.toString();
  }

  private double backlog() {
    try {
      return QuarkusTransaction.requiringNew()
          .call(() -> (double) SessionSql.singleLong(em, "select count(*) from portal_push"));
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
