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

  JobResource(MonitoringJobs jobs) {
    this.jobs = jobs;
  }

  @POST
  @Path("/{name}/run")
  @Operation(
      summary =
          "Run a job now (sla-scan, escalation, dispatch, daily-digest, report-snapshot) and return what it did")
  public Map<String, Object> run(@PathParam("name") String name) {
    Map<String, Object> result = jobs.run(name);
    if (result == null) {
      throw ProblemException.notFound(
          "job",
          name + "' (known jobs: " + String.join(", ", new TreeSet<>(MonitoringJobs.NAMES)) + ")");
    }
    return result;
  }
}
