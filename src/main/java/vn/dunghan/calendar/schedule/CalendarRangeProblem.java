package vn.dunghan.calendar.schedule;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.dunghan.calendar.OutsideCalendarRange;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemMappers;
import vn.dunghan.shared.problem.ProblemType;

/**
 * A computation that left the calendar's years, wherever it ran (an arithmetic endpoint, a deadline
 * at intake, a report window): the input was out of range, a 422 problem.
 */
public class CalendarRangeProblem {

  @ServerExceptionMapper
  public Response outsideRange(OutsideCalendarRange e, UriInfo uri) {
    return ProblemMappers.respond(Problem.of(ProblemType.VALIDATION, e.getMessage()), uri);
  }
}
