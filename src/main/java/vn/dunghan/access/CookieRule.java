package vn.dunghan.access;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.shared.problem.ProblemWriter;

/**
 * The page cookies open the browser pages and nothing else (docs/security.md): the token cookie of
 * the development sign-in and the session cookie of a sign-in with the identity provider alike. A
 * browser sends a cookie with every request to the site, including one forged by another site (a
 * form posted across sites, an image URL): were the cookie enough for the API, any page a leader
 * opens could create a dossier or read figures in the leader's name. So:
 *
 * <ul>
 *   <li>under {@code /api/}, only the {@code Authorization: Bearer} header authenticates, whatever
 *       the method; a request that brings only the cookie is answered 401;
 *   <li>elsewhere (the dashboard pages), the cookie authenticates GET and HEAD only, which change
 *       nothing.
 * </ul>
 *
 * A page that needs to write will have to carry its own CSRF defence before this rule changes.
 */
@ApplicationScoped
public class CookieRule {

  /** The cookie the browser pages read the token from ({@code mp.jwt.token.cookie}). */
  public static final String COOKIE = "dunghan_token";

  private final ProblemWriter problems;

  CookieRule(ProblemWriter problems) {
    this.problems = problems;
  }

  void install(@Observes Router router) {
    // After the request gate, before authentication (which happens when a resource is chosen).
    router.route().order(Integer.MIN_VALUE + 20).handler(this::check);
  }

  void check(RoutingContext exchange) {
    HttpServerRequest request = exchange.request();
    if (request.getHeader("Authorization") != null || !bringsPageCookie(request)) {
      exchange.next();
      return;
    }
    String path = request.path();
    boolean api = path != null && path.startsWith("/api/");
    boolean safe = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
    if (!api && safe) {
      exchange.next();
      return;
    }
    Problem problem =
        Problem.of(
            ProblemType.UNAUTHORIZED,
            api
                ? "the API takes the token from the Authorization header only; a sign-in cookie"
                    + " opens the browser pages"
                : "a sign-in cookie authorises reading pages only (GET), never a change");
    exchange.response().putHeader("WWW-Authenticate", "Bearer");
    problems.answer(
        exchange,
        path != null && path.length() <= 300 ? problem.withInstance(path) : problem,
        false);
  }

  /** Whether the request brings the token cookie or a session cookie (q_session, or its chunks). */
  private static boolean bringsPageCookie(HttpServerRequest request) {
    String header = request.getHeader("Cookie");
    if (header == null
        || !(header.contains(COOKIE) || header.contains(SignInRedirect.SESSION_COOKIE))) {
      return false;
    }
    for (Cookie cookie : request.cookies()) {
      boolean page =
          cookie.getName().equals(COOKIE)
              || cookie.getName().startsWith(SignInRedirect.SESSION_COOKIE);
      if (page && !cookie.getValue().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
