package vn.dunghan.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Pushes envelopes to the national public-service portal (Cổng DVCQG) as the province: logs in for
 * a session, then posts each envelope with it, logging in again when the session is no longer good.
 *
 * <p>The wire shape is reconstructed from OpenCPS v2 DVCQGIntegrationActionImpl; the official
 * specification is not public. In OpenCPS ({@code VietOpenCPS/opencps-v2},
 * modules/backend-dossiermgt/…/action/impl/DVCQGIntegrationActionImpl.java): {@code getAccessToken}
 * posts {@code {"username": .., "password": ..}} as JSON to the auth endpoint and takes the
 * answer's {@code session} when its {@code error_code} is 0; {@code syncData} then posts to the
 * integration endpoint one JSON body holding {@code session} and {@code madonvi} (the agency code)
 * beside {@code service}, {@code isUpdating} and {@code data}, and reads {@code error_code} from
 * the answer. OpenCPS trusts a session for 10 minutes after login
 * (AccessTokenLocalServiceImpl.addAccessToken) and shows no answer that means "session expired", so
 * this client renews after that lifetime, and on HTTP 401 or 403. Every name on the wire is one of
 * the constants below, so a correction is one edit.
 *
 * <p>Not followed: OpenCPS also sends a {@code dstcode} header (a configured value, apparently for
 * the gateway in front of the portal) and writes {@code isUpdating} as the strings {@code
 * "True"}/{@code "False"}; here it is a JSON boolean.
 */
public final class DvcqgClient {

  private static final Logger LOG = Logger.getLogger(DvcqgClient.class);

  private static final String LOGIN_USERNAME = "username";
  private static final String LOGIN_PASSWORD = "password";
  private static final String LOGIN_SESSION = "session";
  private static final String ENVELOPE_SESSION = "session";
  private static final String ENVELOPE_AGENCY = "madonvi";
  private static final String ENVELOPE_SERVICE = "service";
  private static final String ENVELOPE_IS_UPDATING = "isUpdating";
  private static final String ENVELOPE_DATA = "data";
  private static final String ANSWER_ERROR_CODE = "error_code";
  private static final String ANSWER_MESSAGE = "message";
  private static final Set<String> ACCEPTED_CODES = Set.of("00", "0");
  private static final Duration SESSION_LIFETIME = Duration.ofMinutes(10);
  private static final String CONTENT_TYPE = "application/json; charset=utf-8";

  /** Where and as whom to push. agencyCode = the province's agency code on the portal (madonvi). */
  public record Settings(
      URI authUrl,
      URI integrationUrl,
      String username,
      String password,
      String agencyCode,
      Duration timeout) {

    public Settings {
      Objects.requireNonNull(authUrl, "authUrl");
      Objects.requireNonNull(integrationUrl, "integrationUrl");
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(agencyCode, "agencyCode");
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
    }

    /** Without the password, so that logging the settings never leaks it. */
    @Override
    public String toString() {
      return "Settings[authUrl=%s, integrationUrl=%s, username=%s, password=***, agencyCode=%s, timeout=%s]"
          .formatted(authUrl, integrationUrl, username, agencyCode, timeout);
    }
  }

  /** The portal's answer to an envelope it processed: accepted() when error_code is "00" or 0. */
  public record Answer(String errorCode, String message) {
    public boolean accepted() {
      return ACCEPTED_CODES.contains(errorCode);
    }
  }

  /**
   * The portal could not be reached or did not answer usefully: connect failure, timeout, HTTP 5xx,
   * 429, unreadable body, login refused. Always worth retrying later. The message says what
   * happened, never with the password or the session token.
   */
  public static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private record Session(String token, long obtainedAtNanos) {}

  private record Reply(int status, byte[] body) {}

  private final Settings settings;
  private final ObjectMapper json;
  private final LongSupplier nanoTime;
  private final HttpClient http;
  private final ReentrantLock renewal = new ReentrantLock();
  private volatile Session session;

  public DvcqgClient(Settings settings, ObjectMapper json) {
    this(settings, json, System::nanoTime);
  }

  /** With the monotonic time the session's age is measured on, for tests. */
  DvcqgClient(Settings settings, ObjectMapper json, LongSupplier nanoTime) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.json = Objects.requireNonNull(json, "json");
    this.nanoTime = nanoTime;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
  }

  /**
   * Sends one envelope. Logs in first when it holds no session, or one older than OpenCPS trusts
   * (10 minutes); when the portal says the session is invalid/expired (HTTP 401/403), logs in again
   * ONCE and resends. Thread-safe: the session is shared, and only one thread renews it at a time.
   */
  public Answer send(String service, boolean isUpdating, List<? extends JsonNode> data)
      throws Unavailable {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(data, "data");
    ObjectNode envelope = json.createObjectNode();
    envelope.put(ENVELOPE_AGENCY, settings.agencyCode());
    envelope.put(ENVELOPE_SERVICE, service);
    envelope.put(ENVELOPE_IS_UPDATING, isUpdating);
    envelope.putArray(ENVELOPE_DATA).addAll(data);

    Session used = currentSession();
    Reply reply = post(settings.integrationUrl(), envelope.put(ENVELOPE_SESSION, used.token()));
    if (sessionRejected(reply)) {
      LOG.infof("the portal refused the session (HTTP %d); logging in again", reply.status());
      used = renewUnlessDoneMeanwhile(used);
      reply = post(settings.integrationUrl(), envelope.put(ENVELOPE_SESSION, used.token()));
      if (sessionRejected(reply)) {
        throw new Unavailable(
            "portal refused a fresh session for " + service + ": HTTP " + reply.status(), null);
      }
    }
    return answer(service, reply);
  }

  private Session currentSession() throws Unavailable {
    Session held = session;
    return fresh(held) ? held : renewUnlessDoneMeanwhile(held);
  }

  /** Logs in, unless another thread has replaced {@code stale} with a fresh session meanwhile. */
  private Session renewUnlessDoneMeanwhile(Session stale) throws Unavailable {
    renewal.lock();
    try {
      Session held = session;
      if (held != stale && fresh(held)) {
        return held;
      }
      session = null;
      Session renewed = login();
      session = renewed;
      return renewed;
    } finally {
      renewal.unlock();
    }
  }

  private boolean fresh(Session held) {
    return held != null
        && nanoTime.getAsLong() - held.obtainedAtNanos() < SESSION_LIFETIME.toNanos();
  }

  private Session login() throws Unavailable {
    ObjectNode credentials =
        json.createObjectNode()
            .put(LOGIN_USERNAME, settings.username())
            .put(LOGIN_PASSWORD, settings.password());
    Reply reply = post(settings.authUrl(), credentials);
    if (clientError(reply.status())) {
      throw new Unavailable("portal login refused: HTTP " + reply.status(), null);
    }
    if (!success(reply.status())) {
      throw new Unavailable("portal login failed: HTTP " + reply.status(), null);
    }
    JsonNode answer = readObject(reply.body());
    if (answer == null) {
      throw new Unavailable("portal login failed: the answer is not a JSON object", null);
    }
    JsonNode code = answer.get(ANSWER_ERROR_CODE);
    if (code != null && !ACCEPTED_CODES.contains(code.asText())) {
      throw new Unavailable(
          "portal login refused: error_code "
              + code.asText()
              + " "
              + answer.path(ANSWER_MESSAGE).asText(""),
          null);
    }
    JsonNode token = answer.get(LOGIN_SESSION);
    if (token == null || !token.isValueNode() || token.asText().isBlank()) {
      throw new Unavailable("portal login refused: the answer carries no " + LOGIN_SESSION, null);
    }
    return new Session(token.asText(), nanoTime.getAsLong());
  }

  /**
   * A 2xx, or a 4xx that carries an error_code (the portal refusing the envelope), is an answer.
   */
  private Answer answer(String service, Reply reply) throws Unavailable {
    int status = reply.status();
    if (!success(status) && !clientError(status)) {
      throw new Unavailable("portal answered HTTP " + status + " to " + service, null);
    }
    JsonNode answer = readObject(reply.body());
    JsonNode code = answer == null ? null : answer.get(ANSWER_ERROR_CODE);
    if (code == null || !code.isValueNode() || code.isNull()) {
      throw new Unavailable(
          "portal answered HTTP " + status + " to " + service + " without an " + ANSWER_ERROR_CODE,
          null);
    }
    return new Answer(code.asText(), answer.path(ANSWER_MESSAGE).asText(""));
  }

  private Reply post(URI uri, ObjectNode body) throws Unavailable {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(uri)
              .timeout(settings.timeout())
              .header("Content-Type", CONTENT_TYPE)
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
              .build();
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response.body());
    } catch (HttpTimeoutException e) {
      throw new Unavailable(
          "portal did not answer " + uri + " within " + settings.timeout() + ": " + e, e);
    } catch (IOException e) {
      throw new Unavailable("portal unreachable at " + uri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while calling the portal at " + uri, e);
    }
  }

  /**
   * The answer as a JSON object, or null when it is none. The parser's error is dropped: it may
   * quote the body, and a login answer holds the session token.
   */
  private JsonNode readObject(byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean sessionRejected(Reply reply) {
    return reply.status() == 401 || reply.status() == 403;
  }

  /** A 4xx other than 429 (too many requests, an outage like a 5xx). */
  private static boolean clientError(int status) {
    return status >= 400 && status < 500 && status != 429;
  }

  private static boolean success(int status) {
    return status >= 200 && status < 300;
  }
}
