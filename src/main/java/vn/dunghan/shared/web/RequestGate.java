package vn.dunghan.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.shared.problem.ProblemWriter;

/**
 * The door every request passes before any resource sees it. What it refuses, it refuses with a
 * problem body (docs/api.md "Problem types"), where the HTTP layer would answer with an empty one
 * or let the bytes through to PostgreSQL:
 *
 * <ul>
 *   <li>a URL longer than {@link #MAX_URL} characters: 414;
 *   <li>headers larger than {@link #MAX_HEADERS} bytes in all: 431;
 *   <li>a path or query that is not strict percent-encoded UTF-8 ({@code %zz}, a lone {@code %}, an
 *       overlong {@code %C0%AF}) or that decodes to a control character ({@code %00}): 400. A
 *       lenient decoder would turn such a code into another code, and NUL fails in PostgreSQL;
 *   <li>a body announced larger than {@code quarkus.http.limits.max-body-size}: 413, unread;
 *   <li>a body sent without a {@code Content-Type}: 415 (JSON endpoints would otherwise read it).
 * </ul>
 *
 * The codec's own limits are set above these (application.properties), so that these answers, not
 * the codec's empty ones, are what a client sees.
 */
@ApplicationScoped
public class RequestGate {

  /** Longest URL served, in characters of the request line's target. */
  static final int MAX_URL = 8 * 1024;

  /** Largest header block served (names and values); a bearer token is 1-4 KB. */
  static final int MAX_HEADERS = 32 * 1024;

  /** Right after the request id, so refusals carry one. */
  static final int ORDER = Integer.MIN_VALUE + 10;

  private final ProblemWriter problems;
  private final long maxBody;

  RequestGate(
      ProblemWriter problems,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
          MemorySize maxBody) {
    this.problems = problems;
    this.maxBody = maxBody.asLongValue();
  }

  /**
   * Quarkus checks each URL with {@link URI} before the router and answers a failure with an empty
   * 400 (unless this property is set). The gate makes the same check, answering with a problem, so
   * it asks Quarkus to leave the check to it. Called before Quarkus starts (Main; the test JVMs set
   * the property in the pom).
   */
  public static void takeOverUriValidation() {
    if (System.getProperty(QUARKUS_URI_CHECK) == null) {
      System.setProperty(QUARKUS_URI_CHECK, "true");
    }
  }

  static final String QUARKUS_URI_CHECK = "vertx.disableURIValidation";

  void install(@Observes Router router) {
    router.route().order(ORDER).handler(this::check);
    // The router itself fails a request whose path it cannot decode ("%zz", a trailing "%")
    // before any route runs; these handlers give such failures a problem body.
    for (int status : new int[] {400, 413}) {
      router.errorHandler(status, this::routerFailed);
    }
  }

  void routerFailed(RoutingContext exchange) {
    if (exchange.response().ended() || exchange.response().headWritten()) {
      return;
    }
    String why = badTarget(exchange.request().path(), "path");
    if (exchange.statusCode() == 413) {
      refuse(
          exchange,
          ProblemType.PAYLOAD_TOO_LARGE,
          "the body is larger than " + maxBody + " bytes",
          true);
    } else {
      refuse(
          exchange,
          ProblemType.MALFORMED_REQUEST,
          why != null ? why : "the request could not be read",
          false);
    }
  }

  void check(RoutingContext exchange) {
    HttpServerRequest request = exchange.request();
    String target = request.uri();
    if (target != null && target.length() > MAX_URL) {
      refuse(
          exchange,
          ProblemType.URI_TOO_LONG,
          "the URL is longer than " + MAX_URL + " characters",
          true);
      return;
    }
    if (headerBytes(request) > MAX_HEADERS) {
      refuse(
          exchange,
          ProblemType.HEADERS_TOO_LARGE,
          "the request headers exceed " + MAX_HEADERS + " bytes",
          true);
      return;
    }
    String bad = badTarget(request.path(), "path");
    if (bad == null) {
      bad = badTarget(request.query(), "query");
    }
    if (bad == null && !isUri(target)) {
      bad = "the URL is not a valid URI (RFC 3986)";
    }
    if (bad != null) {
      refuse(exchange, ProblemType.MALFORMED_REQUEST, bad, false);
      return;
    }
    String length = request.getHeader("Content-Length");
    long announced = parseLength(length);
    if (announced > maxBody) {
      refuse(
          exchange,
          ProblemType.PAYLOAD_TOO_LARGE,
          "the body announces " + announced + " bytes; at most " + maxBody + " are read",
          true);
      return;
    }
    boolean hasBody = announced > 0 || request.getHeader("Transfer-Encoding") != null;
    if (hasBody && request.getHeader("Content-Type") == null && !isSafe(request.method())) {
      refuse(
          exchange,
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          "the body has no Content-Type; send application/json (or application/x-ndjson where"
              + " the endpoint says so)",
          false);
      return;
    }
    exchange.next();
  }

  private void refuse(RoutingContext exchange, ProblemType type, String detail, boolean close) {
    Problem problem = Problem.of(type, detail);
    String path = exchange.request().path();
    if (path != null && path.length() <= 300 && badTarget(path, "path") == null) {
      problem = problem.withInstance(path);
    }
    problems.answer(exchange, problem, close);
  }

  private static boolean isUri(String target) {
    if (target == null) {
      return true;
    }
    try {
      new URI(target);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isSafe(HttpMethod method) {
    return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
  }

  private static long headerBytes(HttpServerRequest request) {
    long total = 0;
    for (Map.Entry<String, String> header : request.headers()) {
      total += header.getKey().length() + header.getValue().length() + 4;
    }
    return total;
  }

  private static long parseLength(String length) {
    if (length == null) {
      return 0;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return 0; // the codec has refused a malformed Content-Length already
    }
  }

  /**
   * Why the raw (still percent-encoded) {@code part} of the URL is refused, or null. The codec
   * hands over the request line's bytes one char each, so every char must be below 256.
   */
  static String badTarget(String part, String name) {
    if (part == null || part.isEmpty()) {
      return null;
    }
    byte[] bytes = new byte[part.length()];
    int n = 0;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '%') {
        int high = i + 2 < part.length() ? Character.digit(part.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(part.charAt(i + 2), 16);
        if (low < 0) {
          return "the " + name + " has a '%' not followed by two hexadecimal digits";
        }
        bytes[n++] = (byte) (high * 16 + low);
        i += 2;
      } else if (c > 0x7e) {
        // RFC 3986 allows only ASCII in a URL; the layers below would read raw bytes as
        // ISO-8859-1 and store "Ã¡" for "á".
        return "the " + name + " holds a byte that is not ASCII; percent-encode its UTF-8";
      } else {
        bytes[n++] = (byte) c;
      }
    }
    String text = Utf8.decode(bytes, 0, n).orElse(null);
    if (text == null) {
      return "the " + name + " does not decode to valid UTF-8 (overlong or broken sequence)";
    }
    int forbidden = Utf8.firstForbidden(text, false);
    return forbidden < 0
        ? null
        : "the " + name + " holds a control character (" + Utf8.describe(text, forbidden) + ")";
  }
}
