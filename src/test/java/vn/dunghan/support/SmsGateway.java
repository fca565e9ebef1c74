package vn.dunghan.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A brandname SMS gateway (WireMock): takes {@code POST /sms/send} with the API key in {@code
 * X-Api-Key} and a JSON body, answers 200. The service is pointed at it with the default JSON
 * template.
 */
public class SmsGateway implements QuarkusTestResourceLifecycleManager {

  public static final String API_KEY = "khoa-thu-nghiem";

  public static volatile WireMockServer gateway;

  @Override
  public Map<String, String> start() {
    gateway = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    gateway.start();
    up();
    return Map.of(
        "notify.sms.url",
        "http://127.0.0.1:" + gateway.port() + "/sms/send",
        "notify.sms.headers.\"X-Api-Key\"",
        API_KEY,
        "notify.sms.brandname",
        "UBND-TINH");
  }

  @Override
  public void stop() {
    if (gateway != null) {
      gateway.stop();
    }
  }

  /** Accepts every well-keyed request. */
  public static void up() {
    gateway.resetAll();
    gateway.stubFor(
        post(urlEqualTo("/sms/send"))
            .withHeader("X-Api-Key", equalTo(API_KEY))
            .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"queued\"}")));
  }

  /** Answers 503 to the next request, then accepts again. */
  public static void failNextOnce() {
    gateway.resetAll();
    gateway.stubFor(
        post(urlEqualTo("/sms/send"))
            .inScenario("blip")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("back"));
    gateway.stubFor(
        post(urlEqualTo("/sms/send"))
            .inScenario("blip")
            .whenScenarioStateIs("back")
            .withHeader("X-Api-Key", equalTo(API_KEY))
            .willReturn(aResponse().withStatus(200)));
  }
}
