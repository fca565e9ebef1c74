package vn.dunghan.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.dunghan.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private final List<String> loggedIds = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          // Read while the record is published, on the thread serving the request: the record
          // refers to the live MDC until a handler copies it.
          if (record instanceof ExtLogRecord) {
            loggedIds.add(String.valueOf(((ExtLogRecord) record).getMdc(RequestIds.MDC_KEY)));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    Logger.getLogger(RequestIdEcho.LOGGER).addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    Logger.getLogger(RequestIdEcho.LOGGER).removeHandler(capture);
  }

  @Test
  void theCallersRequestIdIsEchoedAndLogged() {
    given()
        .header("X-Request-Id", "desk-22.193-0042")
        .get("/test-only/request-id")
        .then()
        .statusCode(200)
        .header("X-Request-Id", equalTo("desk-22.193-0042"))
        .body(equalTo("desk-22.193-0042"));
    assertThat(loggedIds).containsExactly("desk-22.193-0042");
  }

  @Test
  void aRequestWithoutIdGetsAFreshOne() {
    String id =
        given()
            .get("/test-only/request-id")
            .then()
            .statusCode(200)
            .header("X-Request-Id", matchesPattern(UUID))
            .extract()
            .header("X-Request-Id");
    given()
        .get("/test-only/request-id")
        .then()
        .header("X-Request-Id", matchesPattern(UUID))
        .header("X-Request-Id", org.hamcrest.Matchers.not(equalTo(id)));
    assertThat(loggedIds).contains(id);
  }

  @Test
  void anIdThatCouldForgeALogLineIsReplaced() {
    given()
        .header("X-Request-Id", "abc\" level=ERROR msg=forged")
        .get("/test-only/request-id")
        .then()
        .header("X-Request-Id", matchesPattern(UUID));
    given()
        .header("X-Request-Id", "x".repeat(129))
        .get("/test-only/request-id")
        .then()
        .header("X-Request-Id", matchesPattern(UUID));
  }

  @Test
  void healthAndErrorAnswersCarryTheIdToo() {
    given()
        .header("X-Request-Id", "probe-1")
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .header("X-Request-Id", equalTo("probe-1"));
    given()
        .header("X-Request-Id", "lost-1")
        .get("/api/v1/dossiers/NO-SUCH-DOSSIER")
        .then()
        .statusCode(404)
        .header("X-Request-Id", equalTo("lost-1"));
  }
}
