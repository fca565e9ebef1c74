package vn.dunghan.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemType;

/**
 * Authentication and role failures as problem bodies: 401 for a missing, expired or wrongly signed
 * token (with {@code WWW-Authenticate: Bearer}), 403 for a role the endpoint does not admit.
 * Authentication is not proactive ({@code quarkus.http.auth.proactive=false}) so that these
 * failures reach the mappers.
 */
public class SecurityProblems {

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    Problem problem =
        Problem.of(
                ProblemType.UNAUTHORIZED,
                "a valid bearer token is required (missing, expired or not signed by the"
                    + " configured key)")
            .withInstance(uri.getRequestUri().getRawPath());
    return Response.status(401)
        .type("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .entity(problem)
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    Problem problem =
        Problem.of(ProblemType.FORBIDDEN, "the token's roles do not allow this request")
            .withInstance(uri.getRequestUri().getRawPath());
    return Response.status(403).type("application/problem+json").entity(problem).build();
  }
}
