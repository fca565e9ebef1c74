package vn.dunghan.access;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A browser that opens a page (the dashboard, a dossier page, a Biểu 06 download) without being
 * signed in is sent to sign in instead of being answered a JSON 401: to the identity provider
 * through {@code /dang-nhap} (which comes back to the page it was opening) when one is configured,
 * else in dev mode and tests to the development sign-in ({@link DevSignIn}). Scripts (whatever does
 * not ask for HTML) still get the 401 problem, and a production service without a provider has no
 * sign-in to send anyone to.
 */
@ApplicationScoped
public class SignInRedirect {

  /** The cookie (or first chunk's prefix) of an OpenID Connect session. */
  static final String SESSION_COOKIE = "q_session";

  private final boolean provider;

  SignInRedirect(
      @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
          boolean provider) {
    this.provider = provider;
  }

  void install(@Observes Router router) {
    if (provider || LaunchMode.current().isDevOrTest()) {
      router.route().order(Integer.MIN_VALUE + 21).handler(this::check);
    }
  }

  void check(RoutingContext exchange) {
    HttpServerRequest request = exchange.request();
    String target = target(request);
    if (target != null && anonymous(request)) {
      exchange.response().setStatusCode(303).putHeader("Location", target).end();
      return;
    }
    exchange.next();
  }

  /**
   * Where a browser asking for this page should sign in, or null when the request is not a
   * browser's GET of a page (or there is no sign-in to send it to).
   */
  String target(HttpServerRequest request) {
    String path = request.path();
    boolean page = path != null && isPage(path);
    String accept = request.getHeader("Accept");
    boolean browser = accept != null && accept.contains("text/html");
    if (!page || !browser || request.method() != HttpMethod.GET) {
      return null;
    }
    if (provider) {
      String uri = request.uri();
      return uri.length() > SignInPage.LONGEST_NEXT || "/".equals(uri)
          ? SignInPage.PATH
          : SignInPage.PATH + "?tiep=" + URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }
    return LaunchMode.current().isDevOrTest() ? "/dev/dang-nhap" : null;
  }

  /** The browser pages: dashboard, dossier pages and the report downloads. */
  static boolean isPage(String path) {
    return path.equals("/") || path.startsWith("/ho-so/") || path.startsWith("/bao-cao/");
  }

  private static boolean anonymous(HttpServerRequest request) {
    if (request.getHeader("Authorization") != null) {
      return false;
    }
    String cookies = request.getHeader("Cookie");
    return cookies == null
        || !(cookies.contains(CookieRule.COOKIE) || cookies.contains(SESSION_COOKIE));
  }
}
