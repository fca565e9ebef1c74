package vn.dunghan.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The national portal as the tests know it: a WireMock server that opens sessions for the
 * province's credentials only, takes envelopes carrying that session, and can be made to fail. The
 * service's push is pointed at it and switched on.
 */
public class FakePortal implements QuarkusTestResourceLifecycleManager {

  public static final String USER = "tinh-thu-nghiem";
  public static final String PASSWORD = "mật-khẩu-thử";
  public static final String SESSION = "phien-1";
  public static final String AGENCY = "000.00.00.H98";
  private static final ObjectMapper JSON = new ObjectMapper();

  public static volatile WireMockServer portal;

  @Override
  public Map<String, String> start() {
    portal = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    portal.start();
    up();
    String base = "http://127.0.0.1:" + portal.port();
    return Map.of(
        "dvcqg.enabled",
        "true",
        "dvcqg.auth-url",
        base + "/auth",
        "dvcqg.integration-url",
        base + "/integration",
        "dvcqg.username",
        USER,
        "dvcqg.password",
        PASSWORD,
        "dvcqg.agency-code",
        AGENCY,
        "dvcqg.timeout",
        "2s",
        "dvcqg.batch-size",
        "3");
  }

  @Override
  public void stop() {
    if (portal != null) {
      portal.stop();
    }
  }

  /** The portal as it should be: sessions for the right credentials, envelopes accepted. */
  public static void up() {
    portal.resetAll();
    portal.stubFor(
        post(urlEqualTo("/auth"))
            .withRequestBody(matchingJsonPath("$.username", equalTo(USER)))
            .withRequestBody(matchingJsonPath("$.password", equalTo(PASSWORD)))
            .willReturn(okJson("{\"error_code\": 0, \"session\": \"" + SESSION + "\"}")));
    portal.stubFor(
        post(urlEqualTo("/integration"))
            .withRequestBody(matchingJsonPath("$.session", equalTo(SESSION)))
            .withRequestBody(matchingJsonPath("$.madonvi", equalTo(AGENCY)))
            .willReturn(okJson("{\"error_code\": \"00\", \"message\": \"Thành công\"}")));
  }

  /** The portal is down: every envelope answers 500 (sessions still open). */
  public static void down() {
    portal.resetMappings();
    portal.stubFor(
        post(urlEqualTo("/auth"))
            .willReturn(okJson("{\"error_code\": 0, \"session\": \"" + SESSION + "\"}")));
    portal.stubFor(post(urlEqualTo("/integration")).willReturn(aResponse().withStatus(500)));
  }

  /** Forgets the requests received so far (the stubs stay). */
  public static void clear() {
    portal.resetRequests();
  }

  /** One envelope the portal received, its body read. */
  public record Envelope(String service, boolean isUpdating, List<JsonNode> data) {}

  /** The envelopes the portal took (answered 200), in the order received. */
  public static List<Envelope> envelopes() {
    List<Envelope> all = new ArrayList<>();
    List<ServeEvent> served = new ArrayList<>(portal.getAllServeEvents());
    served.sort(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()));
    for (ServeEvent event : served) {
      LoggedRequest request = event.getRequest();
      if (!request.getUrl().equals("/integration") || event.getResponse().getStatus() != 200) {
        continue;
      }
      try {
        JsonNode body = JSON.readTree(request.getBodyAsString());
        List<JsonNode> data = new ArrayList<>();
        body.get("data").forEach(data::add);
        all.add(
            new Envelope(body.get("service").asText(), body.get("isUpdating").asBoolean(), data));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }

  /** The records of {@code service} received for dossier {@code code}, in order. */
  public static List<JsonNode> records(String service, String code) {
    List<JsonNode> found = new ArrayList<>();
    for (Envelope e : envelopes()) {
      if (e.service().equals(service)) {
        e.data().stream().filter(r -> code.equals(r.path("MaHoSo").asText())).forEach(found::add);
      }
    }
    return found;
  }

  /** The service of each record received for dossier {@code code}, in the order received. */
  public static List<String> servicesFor(String code) {
    List<String> order = new ArrayList<>();
    for (Envelope e : envelopes()) {
      e.data().stream()
          .filter(r -> code.equals(r.path("MaHoSo").asText()))
          .forEach(r -> order.add(e.service()));
    }
    return order;
  }

  /** How many sessions were opened. */
  public static int logins() {
    return portal.findAll(postRequestedFor(urlEqualTo("/auth"))).size();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
