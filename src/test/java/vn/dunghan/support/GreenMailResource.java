package vn.dunghan.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server in the test JVM (GreenMail); the mailer is pointed at it. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

  /** The running server, for tests to read what was delivered. */
  public static volatile GreenMail smtp;

  private static ServerSetup setup;

  @Override
  public Map<String, String> start() {
    int port = freePort();
    setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    smtp = new GreenMail(setup);
    smtp.start();
    return Map.of(
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", Integer.toString(port),
        "quarkus.mailer.start-tls", "DISABLED");
  }

  @Override
  public void stop() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  /** Takes the SMTP server down (deliveries fail) ... */
  public static void outage() {
    smtp.stop();
  }

  /** ... and brings a fresh, empty one back on the same port. */
  public static void recover() {
    smtp = new GreenMail(setup);
    smtp.start();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
