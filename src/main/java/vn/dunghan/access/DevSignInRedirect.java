package vn.dunghan.access;

import io.quarkus.arc.profile.IfBuildProfile;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * In dev mode (and tests), a browser that opens a page without being signed in is sent to the
 * development sign-in ({@link DevSignIn}) instead of being answered a JSON 401. Scripts (whatever
 * does not ask for HTML) still get the 401 problem. Not when an identity provider is configured:
 * the pages then sign in through it.
 */
@IfBuildProfile(anyOf = {"dev", "test"})
@ApplicationScoped
public class DevSignInRedirect {

  /** With an identity provider configured, its sign-in takes over and this one steps aside. */
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "quarkus.oidc.tenant-enabled",
      defaultValue = "false")
  boolean provider;

  void install(@Observes Router router) {
    if (provider) {
      return;
    }
    router.route().order(Integer.MIN_VALUE + 21).handler(this::check);
  }

  void check(RoutingContext exchange) {
    HttpServerRequest request = exchange.request();
    String path = request.path();
    boolean page =
        path != null
            && (path.equals("/") || path.startsWith("/ho-so/") || path.startsWith("/bao-cao/"));
    String accept = request.getHeader("Accept");
    boolean browser = accept != null && accept.contains("text/html");
    boolean anonymous =
        request.getHeader("Authorization") == null && request.getCookie(CookieRule.COOKIE) == null;
    if (page && browser && anonymous && request.method() == HttpMethod.GET) {
      exchange.response().setStatusCode(303).putHeader("Location", "/dev/dang-nhap").end();
      return;
    }
    exchange.next();
  }
}
