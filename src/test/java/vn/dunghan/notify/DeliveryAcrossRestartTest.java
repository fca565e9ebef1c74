package vn.dunghan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.Api;
import vn.dunghan.support.PostgresTestResource;
import vn.dunghan.support.TestProvince;

/**
 * The database goes away while a message is on its way out, as in a failover: the receiver has it,
 * the commit that would record it cannot happen. The dispatcher keeps the outcome until the
 * database is back and records it then, so the message is not sent a second time.
 */
@QuarkusTest
@TestProfile(EscalationDeliveryTest.Delivery.class)
class DeliveryAcrossRestartTest {

  @Inject Dispatcher dispatcher;
  @Inject EntityManager em;
  @Inject AgroalDataSource pool;

  private HttpServer receiver;
  private final List<String> received = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopReceiver() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  void aMessageSentWhileTheDatabaseRestartsIsRecordedOnceItIsBackAndNotSentAgain()
      throws Exception {
    Assumptions.assumeTrue(
        PostgresTestResource.restartable(), "the tests run on an external server");
    // The receiver stops the database when the message arrives, answers 204, and the database
    // comes back three seconds later: the dispatcher's record of the delivery meets no server.
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/",
        exchange -> {
          received.add(exchange.getRequestHeaders().getFirst("X-DungHan-Notification-Id"));
          if (received.size() == 1) {
            PostgresTestResource.stopServer();
            CompletableFuture.runAsync(
                () -> {
                  try {
                    PostgresTestResource.startServer();
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                },
                CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS));
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();

    TestProvince province = TestProvince.create(Api.unique("GH"), "Tỉnh Gửi Hộ");
    String code = Api.unique("GH-");
    Api.post(
            "/api/v1/dossiers",
            province.intake(code, province.code, "Phan Văn Gửi", "022190004321"))
        .statusCode(201);
    long id =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            em.createNativeQuery(
                                    "insert into notification (dossier_id, dossier_code, stage,"
                                        + " unit_code, channel, recipient, subject, body, status,"
                                        + " attempts, next_attempt_at, created_at) select id,"
                                        + " code, 'OVERDUE', :unit, 'WEBHOOK', :url, 'Quá hạn',"
                                        + " 'Hồ sơ quá hạn', 'PENDING', 0, now(), now() from"
                                        + " dossier where code = :code returning id")
                                .setParameter("unit", province.code)
                                .setParameter(
                                    "url", "http://127.0.0.1:" + receiver.getAddress().getPort())
                                .setParameter("code", code)
                                .getSingleResult())
                        .longValue());

    // The run also sends the head's e-mail about the overdue dossier (queued at intake); the
    // webhook is the one whose record meets no database.
    try {
      assertThat(dispatcher.dispatch().sent()).isEqualTo(2);
    } finally {
      // Whatever happened, the connections the restart broke must not reach the other tests.
      pool.flush(AgroalDataSource.FlushMode.ALL);
    }
    assertThat(received).containsExactly(Long.toString(id));

    Object[] row =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Object[])
                        em.createNativeQuery(
                                "select status, attempts, (select count(*) from"
                                    + " notification_attempt a where a.notification_id = n.id"
                                    + " and a.success) from notification n where id = :id")
                            .setParameter("id", id)
                            .getSingleResult());
    assertThat(row[0]).isEqualTo("SENT");
    assertThat(((Number) row[1]).intValue()).isEqualTo(1);
    assertThat(((Number) row[2]).intValue()).isEqualTo(1);

    // Nothing is due any more: another run sends nothing, the receiver still has one message.
    assertThat(dispatcher.dispatch().sent()).isZero();
    assertThat(received).hasSize(1);
  }
}
