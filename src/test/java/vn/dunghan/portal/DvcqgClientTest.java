package vn.dunghan.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The push to the national portal, against a WireMock stand-in speaking the OpenCPS dialect. */
class DvcqgClientTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AUTH = "/dvcqg/auth";
  private static final String INTEGRATION = "/dvcqg/integration";
  private static final String USERNAME = "stp.h26";
  private static final String PASSWORD = "mật-khẩu-bí-mật";
  private static final String AGENCY = "000.00.00.H26";
  private static final String FIRST_TOKEN = "session-one-7f3a";
  private static final String SECOND_TOKEN = "session-two-91c4";
  private static final String ACCEPTED = "{\"error_code\":\"00\",\"message\":\"ok\"}";
  private static final String DOSSIER =
      "{\"MaHoSo\":\"000.00.12.H26-250303-0001\",\"ChuHoSo\":\"Nguyễn Thị Ánh\"}";

  private static WireMockServer portal;

  @BeforeAll
  static void startPortal() {
    portal = new WireMockServer(options().dynamicPort());
    portal.start();
  }

  @AfterAll
  static void stopPortal() {
    portal.stop();
  }

  @BeforeEach
  void forgetEarlierStubsAndRequests() {
    portal.resetAll();
  }

  @Test
  void logsInThenSendsTheEnvelopeWithTheSessionInItsBody() throws Exception {
    portal.stubFor(post(AUTH).willReturn(okJson(loginAnswer(FIRST_TOKEN))));
    portal.stubFor(post(INTEGRATION).willReturn(okJson(ACCEPTED)));

    DvcqgClient.Answer answer = client().send("DongBoHoSoMC", false, List.of(dossier()));

    assertThat(answer.accepted()).isTrue();
    assertThat(answer).isEqualTo(new DvcqgClient.Answer("00", "ok"));
    portal.verify(
        1,
        postRequestedFor(urlEqualTo(AUTH))
            .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
            .withRequestBody(
                equalToJson(
                    "{\"username\":\"" + USERNAME + "\",\"password\":\"" + PASSWORD + "\"}")));
    portal.verify(
        1,
        postRequestedFor(urlEqualTo(INTEGRATION))
            .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
            .withRequestBody(
                equalToJson(
                    """
                    {"session": "%s", "madonvi": "%s", "service": "DongBoHoSoMC",
                     "isUpdating": false, "data": [%s]}
                    """
                        .formatted(FIRST_TOKEN, AGENCY, DOSSIER))));
    byte[] sent = portal.findAll(postRequestedFor(urlEqualTo(INTEGRATION))).get(0).getBody();
    assertThat(new String(sent, UTF_8)).contains("\"ChuHoSo\":\"Nguyễn Thị Ánh\"");
  }

  @Test
  void theSessionIsReusedForLaterEnvelopes() throws Exception {
    portal.stubFor(post(AUTH).willReturn(okJson(loginAnswer(FIRST_TOKEN))));
    portal.stubFor(post(INTEGRATION).willReturn(okJson(ACCEPTED)));
    DvcqgClient client = client();

    client.send("DongBoHoSoMC", false, List.of(dossier()));
    client.send("CapNhatTienDoHoSoMC", true, List.of(dossier()));

    portal.verify(1, postRequestedFor(urlEqualTo(AUTH)));
    portal.verify(
        2,
        postRequestedFor(urlEqualTo(INTEGRATION))
            .withRequestBody(matchingJsonPath("$.session", equalTo(FIRST_TOKEN))));
    portal.verify(
        1,
        postRequestedFor(urlEqualTo(INTEGRATION))
            .withRequestBody(matchingJsonPath("$.service", equalTo("CapNhatTienDoHoSoMC")))
            .withRequestBody(matchingJsonPath("$.isUpdating", equalTo("true"))));
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403})
  void aRefusedSessionIsRenewedOnceAndTheEnvelopeResent(int refusal) throws Exception {
    loginGivesFirstThenSecondToken();
    portal.stubFor(
        post(INTEGRATION)
            .withRequestBody(matchingJsonPath("$.session", equalTo(FIRST_TOKEN)))
            .willReturn(status(refusal)));
    portal.stubFor(
        post(INTEGRATION)
            .withRequestBody(matchingJsonPath("$.session", equalTo(SECOND_TOKEN)))
            .willReturn(okJson(ACCEPTED)));
    DvcqgClient client = client();

    assertThat(client.send("DongBoHoSoMC", true, List.of(dossier())).accepted()).isTrue();
    assertThat(client.send("DongBoHoSoMC", true, List.of(dossier())).accepted()).isTrue();

    portal.verify(2, postRequestedFor(urlEqualTo(AUTH)));
    portal.verify(
        1,
        postRequestedFor(urlEqualTo(INTEGRATION))
            .withRequestBody(matchingJsonPath("$.session", equalTo(FIRST_TOKEN))));
    portal.verify(
        2,
        postRequestedFor(urlEqualTo(INTEGRATION))
            .withRequestBody(matchingJsonPath("$.session", equalTo(SECOND_TOKEN)))
            .withRequestBody(matchingJsonPath("$.data[0].ChuHoSo", equalTo("Nguyễn Thị Ánh"))));
  }

  @Test
  void aPortalThatKeepsRefusingFreshSessionsIsUnavailableAfterOneRenewal() {
    loginGivesFirstThenSecondToken();
    portal.stubFor(post(INTEGRATION).willReturn(status(401)));

    DvcqgClient.Unavailable e =
        unavailable(() -> client().send("DongBoHoSoMC", false, List.of(dossier())));

    assertThat(e).hasMessageContaining("HTTP 401");
    portal.verify(2, postRequestedFor(urlEqualTo(AUTH)));
    portal.verify(2, postRequestedFor(urlEqualTo(INTEGRATION)));
  }

  /** OpenCPS trusts a session 10 minutes after login, then logs in again before using it. */
  @Test
  void aSessionOlderThanTenMinutesIsRenewedBeforeUse() throws Exception {
    loginGivesFirstThenSecondToken();
    portal.stubFor(post(INTEGRATION).willReturn(okJson(ACCEPTED)));
    AtomicLong nanos = new AtomicLong(42);
    DvcqgClient client = new DvcqgClient(settings(Duration.ofSeconds(5)), JSON, nanos::get);

    client.send("DongBoHoSoMC", false, List.of(dossier()));
    nanos.addAndGet(Duration.ofMinutes(9).toNanos());
    client.send("DongBoHoSoMC", true, List.of(dossier()));
    portal.verify(1, postRequestedFor(urlEqualTo(AUTH)));

    nanos.addAndGet(Duration.ofMinutes(2).toNanos());
    client.send("DongBoHoSoMC", true, List.of(dossier()));
    portal.verify(2, postRequestedFor(urlEqualTo(AUTH)));
    portal.verify(
        1,
        postRequestedFor(urlEqualTo(INTEGRATION))
            .withRequestBody(matchingJsonPath("$.session", equalTo(SECOND_TOKEN))));
  }

  @Test
  void threadsSendingTogetherShareOneLogin() throws Exception {
    portal.stubFor(post(AUTH).willReturn(okJson(loginAnswer(FIRST_TOKEN)).withFixedDelay(300)));
    portal.stubFor(post(INTEGRATION).willReturn(okJson(ACCEPTED)));
    DvcqgClient client = client();
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<DvcqgClient.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.send("DongBoHoSoMC", false, List.of(dossier()));
                }));
      }
      start.countDown();
      for (Future<DvcqgClient.Answer> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS).accepted()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    portal.verify(1, postRequestedFor(urlEqualTo(AUTH)));
    portal.verify(threads, postRequestedFor(urlEqualTo(INTEGRATION)));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 429})
  void serverErrorsAndThrottlingAreUnavailable(int status) {
    portal.stubFor(post(AUTH).willReturn(okJson(loginAnswer(FIRST_TOKEN))));
    portal.stubFor(post(INTEGRATION).willReturn(status(status).withBody("busy")));

    DvcqgClient.Unavailable e =
        unavailable(() -> client().send("DongBoHoSoMC", false, List.of(dossier())));

    assertThat(e).hasMessageContaining("HTTP " + status).hasMessageContaining("DongBoHoSoMC");
  }

  @Test
  void aPortalSlowerThanTheTimeoutIsUnavailable() {
    portal.stubFor(post(AUTH).willReturn(okJson(loginAnswer(FIRST_TOKEN))));
    portal.stubFor(post(INTEGRATION).willReturn(okJson(ACCEPTED).withFixedDelay(3000)));
    DvcqgClient client = new DvcqgClient(settings(Duration.ofMillis(300)), JSON);

    long started = System.nanoTime();
    DvcqgClient.Unavailable e =
        unavailable(() -> client.send("DongBoHoSoMC", false, List.of(dossier())));

    assertThat(e).hasMessageContaining("did not answer");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void aPortalThatRefusesConnectionsIsUnavailable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://localhost:" + closedPort);
    DvcqgClient client =
        new DvcqgClient(
            new DvcqgClient.Settings(
                nowhere.resolve(AUTH),
                nowhere.resolve(INTEGRATION),
                USERNAME,
                PASSWORD,
                AGENCY,
                Duration.ofSeconds(2)),
            JSON);

    DvcqgClient.Unavailable e =
        unavailable(() -> client.send("DongBoHoSoMC", false, List.of(dossier())));

    assertThat(e)
        .hasMessageContaining("unreachable")
        .hasMessageContaining(nowhere.resolve(AUTH).toString());
  }

  @Test
  void aLoginRefusedByStatusIsUnavailableAndNothingIsSent() {
    portal.stubFor(post(AUTH).willReturn(status(401).withBody("{\"error\":\"bad credentials\"}")));

    DvcqgClient.Unavailable e =
        unavailable(() -> client().send("DongBoHoSoMC", false, List.of(dossier())));

    assertThat(e).hasMessageStartingWith("portal login refused").hasMessageContaining("401");
    portal.verify(0, postRequestedFor(urlEqualTo(INTEGRATION)));
  }

  @Test
  void aLoginAnswerWithoutSessionOrWithAnErrorCodeIsRefused() {
    portal.stubFor(post(AUTH).willReturn(okJson("{\"error_code\":0,\"message\":\"ok\"}")));
    assertThat(unavailable(() -> client().send("DongBoHoSoMC", false, List.of(dossier()))))
        .hasMessageStartingWith("portal login refused");

    portal.stubFor(
        post(AUTH)
            .willReturn(
                okJson(
                    "{\"error_code\":-1,\"message\":\"Sai tên đăng nhập\",\"session\":\""
                        + FIRST_TOKEN
                        + "\"}")));
    assertThat(unavailable(() -> client().send("DongBoHoSoMC", false, List.of(dossier()))))
        .hasMessageStartingWith("portal login refused")
        .hasMessageContaining("Sai tên đăng nhập");

    portal.verify(0, postRequestedFor(urlEqualTo(INTEGRATION)));
  }

  @Test
  void anAnswerThatIsNotThePortalsJsonIsUnavailable() {
    portal.stubFor(post(AUTH).willReturn(okJson(loginAnswer(FIRST_TOKEN))));
    portal.stubFor(
        post(INTEGRATION)
            .willReturn(aResponse().withStatus(200).withBody("<html>Bảo trì hệ thống</html>")));
    assertThat(unavailable(() -> client().send("DongBoHoSoMC", false, List.of(dossier()))))
        .hasMessageContaining("without an error_code");

    portal.stubFor(post(INTEGRATION).willReturn(okJson("{\"message\":\"ok\"}")));
    assertThat(unavailable(() -> client().send("DongBoHoSoMC", false, List.of(dossier()))))
        .hasMessageContaining("without an error_code");

    portal.stubFor(post(INTEGRATION).willReturn(status(404).withBody("<h1>Not Found</h1>")));
    assertThat(unavailable(() -> client().send("DongBoHoSoMC", false, List.of(dossier()))))
        .hasMessageContaining("HTTP 404");
  }

  @Test
  void anEnvelopeRefusedByThePortalIsAnAnswerNotAccepted() throws Exception {
    portal.stubFor(post(AUTH).willReturn(okJson(loginAnswer(FIRST_TOKEN))));
    portal.stubFor(
        post(INTEGRATION)
            .willReturn(okJson("{\"error_code\":\"-1\",\"message\":\"Mã TTHC không tồn tại\"}")));

    DvcqgClient.Answer answer = client().send("DongBoHoSoMC", false, List.of(dossier()));

    assertThat(answer.accepted()).isFalse();
    assertThat(answer.errorCode()).isEqualTo("-1");
    assertThat(answer.message()).isEqualTo("Mã TTHC không tồn tại");
  }

  @Test
  void aRefusalSentWithAClientErrorStatusIsStillTheAnswer() throws Exception {
    portal.stubFor(post(AUTH).willReturn(okJson(loginAnswer(FIRST_TOKEN))));
    portal.stubFor(
        post(INTEGRATION)
            .willReturn(
                status(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error_code\":\"-1\",\"message\":\"Dữ liệu không hợp lệ\"}")));

    DvcqgClient.Answer answer = client().send("DongBoHoSoMC", false, List.of(dossier()));

    assertThat(answer).isEqualTo(new DvcqgClient.Answer("-1", "Dữ liệu không hợp lệ"));
    assertThat(answer.accepted()).isFalse();
  }

  @Test
  void errorCodeZeroAsANumberIsAccepted() throws Exception {
    portal.stubFor(post(AUTH).willReturn(okJson(loginAnswer(FIRST_TOKEN))));
    portal.stubFor(post(INTEGRATION).willReturn(okJson("{\"error_code\":0,\"message\":\"\"}")));

    DvcqgClient.Answer answer = client().send("CapNhatTienDoHoSoMC", false, List.of(dossier()));

    assertThat(answer.accepted()).isTrue();
    assertThat(answer.errorCode()).isEqualTo("0");
  }

  @Test
  void theSettingsNeverShowThePassword() {
    assertThat(settings(Duration.ofSeconds(1)).toString())
        .doesNotContain(PASSWORD)
        .contains(USERNAME, AGENCY);
  }

  private static DvcqgClient client() {
    return new DvcqgClient(settings(Duration.ofSeconds(5)), JSON);
  }

  private static DvcqgClient.Settings settings(Duration timeout) {
    URI base = URI.create(portal.baseUrl());
    return new DvcqgClient.Settings(
        base.resolve(AUTH), base.resolve(INTEGRATION), USERNAME, PASSWORD, AGENCY, timeout);
  }

  /** The OpenCPS reading of a successful login: error_code 0 and the token in "session". */
  private static String loginAnswer(String token) {
    return "{\"error_code\":0,\"message\":\"Đăng nhập thành công\",\"session\":\"" + token + "\"}";
  }

  /** Two logins in turn, the first giving the first token, every later one the second. */
  private static void loginGivesFirstThenSecondToken() {
    portal.stubFor(
        post(AUTH)
            .inScenario("session")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(loginAnswer(FIRST_TOKEN)))
            .willSetStateTo("renewed"));
    portal.stubFor(
        post(AUTH)
            .inScenario("session")
            .whenScenarioStateIs("renewed")
            .willReturn(okJson(loginAnswer(SECOND_TOKEN))));
  }

  private static JsonNode dossier() throws Exception {
    return JSON.readTree(DOSSIER);
  }

  /** The Unavailable thrown, after checking that no secret is in its message or its causes'. */
  private static DvcqgClient.Unavailable unavailable(ThrowingCallable call) {
    DvcqgClient.Unavailable e = catchThrowableOfType(DvcqgClient.Unavailable.class, call);
    assertThat(e).as("Unavailable thrown").isNotNull();
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage()))
          .doesNotContain(PASSWORD, FIRST_TOKEN, SECOND_TOKEN);
    }
    return e;
  }
}
