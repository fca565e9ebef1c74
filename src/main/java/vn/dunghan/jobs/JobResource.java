package vn.dunghan.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.shared.Roles;
import vn.dunghan.shared.problem.ProblemException;

@RolesAllowed(Roles.PROVINCE)
@Path("/api/v1/admin/jobs")
@Tag(name = "Jobs", description = "Scheduled jobs, run on demand by operators")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

  private final MonitoringJobs jobs;
  private final JobRuns runs;
  private final java.time.Clock clock;

  JobResource(MonitoringJobs jobs, JobRuns runs, java.time.Clock clock) {
    this.jobs = jobs;
    this.runs = runs;
    this.clock = clock;
  }

  @POST
  @Path("/{name}/run")
  @Operation(
      summary =
          "Run a job now (sla-scan, escalation, dispatch, daily-digest, report-snapshot,"
              + " portal-push, portal-reconcile, index-rebuild, unit-versions) and return what it"
              + " did; the run is"
              + " recorded with who asked for it")
  public Map<String, Object> run(@PathParam("name") String name) {
    java.time.Instant started = clock.instant();
    Map<String, Object> result = jobs.run(name);
    if (result == null) {
      throw ProblemException.notFound(
          "job",
          name + "' (known jobs: " + String.join(", ", new TreeSet<>(MonitoringJobs.NAMES)) + ")");
    }
    runs.record(name, started, result);
    return result;
  }
}
