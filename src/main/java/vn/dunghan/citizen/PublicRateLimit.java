package vn.dunghan.citizen;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.shared.problem.ProblemWriter;

/**
 * What anyone may call without a token ({@code /public/} and the {@code /tra-cuu} page) is limited
 * per client address: a bucket of {@code dunghan.public.requests-per-minute} requests refilled
 * evenly over the minute. Past it the answer is 429 with {@code Retry-After} (seconds), and nothing
 * is read. With the four-digit check this bounds how fast one address can guess.
 *
 * <p>The address is the connection's, or the one a trusted proxy forwards when {@code
 * quarkus.http.proxy.proxy-address-forwarding} is on. Each instance counts on its own: with N
 * replicas behind a balancer an address gets up to N times the figure. The most recent {@value
 * #ADDRESSES} addresses are remembered; an older one starts afresh.
 */
@ApplicationScoped
public class PublicRateLimit {

  static final int ADDRESSES = 100_000;

  private final int perMinute;
  private final java.time.Clock clock;
  private final ProblemWriter problems;

  /** Tokens left and when they were last counted, per address; most recently used last. */
  private final Map<String, double[]> buckets =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
          return size() > ADDRESSES;
        }
      };

  PublicRateLimit(
      @ConfigProperty(name = "dunghan.public.requests-per-minute", defaultValue = "60")
          int perMinute,
      java.time.Clock clock,
      ProblemWriter problems) {
    this.perMinute = perMinute;
    this.clock = clock;
    this.problems = problems;
  }

  void install(@Observes Router router) {
    // Before authentication and before any resource: a refused request reads nothing.
    router.route().order(Integer.MIN_VALUE + 19).handler(this::check);
  }

  void check(RoutingContext exchange) {
    HttpServerRequest request = exchange.request();
    String path = request.path();
    if (path == null || !(path.startsWith("/public/") || path.startsWith("/tra-cuu"))) {
      exchange.next();
      return;
    }
    long wait = take(address(request), clock.instant().toEpochMilli());
    if (wait == 0) {
      exchange.next();
      return;
    }
    exchange.response().putHeader("Retry-After", Long.toString(wait));
    Problem problem =
        Problem.of(
            ProblemType.TOO_MANY_REQUESTS,
            "Quá nhiều lượt tra cứu từ địa chỉ này, xin thử lại sau "
                + wait
                + " giây (more than "
                + perMinute
                + " requests a minute from this address)");
    problems.answer(exchange, path.length() <= 300 ? problem.withInstance(path) : problem, false);
  }

  /** Takes a token for {@code address} at {@code nowMillis}: 0, else the seconds to wait. */
  synchronized long take(String address, long nowMillis) {
    double perMilli = perMinute / 60_000.0;
    double[] bucket = buckets.get(address);
    if (bucket == null) {
      bucket = new double[] {perMinute, nowMillis};
      buckets.put(address, bucket);
    }
    // A clock set back (tests pin it) refills nothing rather than taking tokens away.
    long elapsed = Math.max(0, nowMillis - (long) bucket[1]);
    double tokens = Math.min(perMinute, bucket[0] + elapsed * perMilli);
    bucket[1] = Math.max(bucket[1], nowMillis);
    if (tokens >= 1) {
      bucket[0] = tokens - 1;
      return 0;
    }
    bucket[0] = tokens;
    return Math.max(1, (long) Math.ceil((1 - tokens) / perMilli / 1000));
  }

  private static String address(HttpServerRequest request) {
    return request.remoteAddress() == null ? "?" : request.remoteAddress().host();
  }
}
