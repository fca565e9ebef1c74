package vn.dunghan.access;

import io.quarkus.runtime.LaunchMode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.ProblemType;

/**
 * {@code /dang-nhap}: where a browser signs in with the province's identity provider. The path is
 * held by the authorization-code flow ({@code quarkus.http.auth.permission.sign-in}): an anonymous
 * browser is sent to the provider's login form and comes back here signed in, with the session
 * cookie; this page then opens the page it was going to ({@code tiep}, a path of this site only),
 * else the dashboard. Without a provider it sends a browser to the development sign-in (dev mode
 * and tests) or answers 404.
 */
@Path(SignInPage.PATH)
@PermitAll
public class SignInPage {

  static final String PATH = "/dang-nhap";

  /** The longest page address kept across the sign-in. */
  static final int LONGEST_NEXT = 512;

  private final boolean provider;

  SignInPage(
      @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
          boolean provider) {
    this.provider = provider;
  }

  @GET
  @Operation(hidden = true)
  public Response signIn(@QueryParam("tiep") String next) {
    if (!provider) {
      if (LaunchMode.current().isDevOrTest()) {
        return Response.seeOther(URI.create("/dev/dang-nhap")).build();
      }
      throw new ProblemException(
          Problem.of(ProblemType.NOT_FOUND, "no identity provider is configured for sign-in"));
    }
    return Response.seeOther(URI.create(local(next))).build();
  }

  /**
   * {@code next} when it is a page of this site (an absolute path, not {@code //host} or {@code
   * /\host}, no control characters, not too long), else the dashboard: the sign-in never sends
   * anyone to another site.
   */
  static String local(String next) {
    if (next == null
        || next.length() > LONGEST_NEXT
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return "/";
    }
    try {
      URI uri = URI.create(next);
      return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }
}
