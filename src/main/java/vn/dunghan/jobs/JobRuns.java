package vn.dunghan.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import vn.dunghan.shared.Actor;
import vn.dunghan.shared.CurrentActor;

/** Records each job run by hand: which, who asked (from the token), when, what it answered. */
@ApplicationScoped
class JobRuns {

  private final EntityManager em;
  private final CurrentActor actor;
  private final ObjectMapper json;
  private final Clock clock;

  JobRuns(EntityManager em, CurrentActor actor, ObjectMapper json, Clock clock) {
    this.em = em;
    this.actor = actor;
    this.json = json;
    this.clock = clock;
  }

  void record(String job, Instant started, Map<String, Object> result) {
    Actor who = actor.get();
    String answer;
    try {
      answer = json.writeValueAsString(result.get("result"));
    } catch (JsonProcessingException e) {
      answer = String.valueOf(result.get("result"));
    }
    String text = answer.length() > 4000 ? answer.substring(0, 4000) : answer;
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into job_run (job, run_by, run_by_name, run_by_roles, started_at,"
                            + " finished_at, result) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, job)
                    .setParameter(2, who.subject())
                    .setParameter(3, who.name())
                    .setParameter(4, who.roles())
                    .setParameter(5, started)
                    .setParameter(6, clock.instant())
                    .setParameter(7, text)
                    .executeUpdate());
  }
}
