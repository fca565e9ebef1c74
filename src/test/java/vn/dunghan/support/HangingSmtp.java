package vn.dunghan.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An SMTP server that can hang: the mailer is pointed at a port of this resource, which passes
 * every connection on to a GreenMail server, or, while hanging, accepts it and never answers, not
 * even the greeting. A connection taken while hanging stays silent after {@link #recover()}, as
 * behind a firewall that drops packets: only new connections reach the server again.
 */
public class HangingSmtp implements QuarkusTestResourceLifecycleManager {

  /** The server behind, for tests to read what was delivered. */
  public static volatile GreenMail smtp;

  private static volatile boolean hanging;
  private static volatile Runnable onHang = () -> {};
  private static final List<Socket> held = new CopyOnWriteArrayList<>();
  private static final List<Socket> passed = new CopyOnWriteArrayList<>();
  private static final Semaphore hungUp = new Semaphore(0);

  private ServerSocket front;
  private int server;

  @Override
  public Map<String, String> start() {
    try {
      front = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    server = port;
    Thread acceptor = new Thread(this::accept, "hanging-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
    return Map.of(
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", Integer.toString(front.getLocalPort()),
        "quarkus.mailer.start-tls", "DISABLED");
  }

  @Override
  public void stop() {
    try {
      front.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : held) {
      close(s);
    }
    smtp.stop();
  }

  /**
   * From now on connections are accepted and never answered; the sessions already open are cut, and
   * {@code whileHanging} runs as each new connection is taken.
   */
  public static void hang(Runnable whileHanging) {
    onHang = whileHanging;
    hanging = true;
    for (Socket s : passed) {
      close(s);
    }
  }

  /** New connections reach the server again; the silent ones stay silent. */
  public static void recover() {
    hanging = false;
    onHang = () -> {};
  }

  /** Connections taken while hanging. */
  public static int held() {
    return held.size();
  }

  private void accept() {
    while (!front.isClosed()) {
      try {
        Socket client = front.accept();
        if (hanging) {
          held.add(client);
          onHang.run();
          watch(client);
        } else {
          Socket behind = new Socket(InetAddress.getLoopbackAddress(), server);
          passed.add(client);
          pump(client, behind);
          pump(behind, client);
        }
      } catch (IOException e) {
        // the front was closed, or one connection failed: the next one is served
      }
    }
  }

  /**
   * Waits at most {@code within} until the client has hung up {@code count} of the silent
   * connections (a client that gives up on a session must not keep its connection).
   */
  public static boolean awaitHangUps(int count, Duration within) throws InterruptedException {
    return hungUp.tryAcquire(count, within.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Reads what the client sends on a silent connection, never answering, until it hangs up. */
  private static void watch(Socket client) {
    Thread t =
        new Thread(
            () -> {
              try (InputStream in = client.getInputStream()) {
                while (in.read() != -1) {
                  // never answered
                }
                hungUp.release();
              } catch (IOException e) {
                // closed on this side
              }
            },
            "hanging-smtp-silent");
    t.setDaemon(true);
    t.start();
  }

  private static void pump(Socket from, Socket to) throws IOException {
    InputStream in = from.getInputStream();
    OutputStream out = to.getOutputStream();
    Thread t =
        new Thread(
            () -> {
              try {
                in.transferTo(out);
              } catch (IOException e) {
                // the other side went away
              } finally {
                close(from);
                close(to);
                passed.remove(from);
              }
            },
            "hanging-smtp-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void close(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
