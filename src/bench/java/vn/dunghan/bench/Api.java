package vn.dunghan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The service under test over HTTP, on 127.0.0.1 only, as a provincial administrator who is also
 * the portal connector (roles {@code province} and {@code portal}, a dev-key token).
 */
final class Api {

  record Answer(int status, String body) {}

  private final HttpClient client;
  private final String base;
  private final String authorization;

  Api(int port, String token) {
    this.base = "http://127.0.0.1:" + port;
    this.authorization = "Bearer " + token;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  Answer post(String path, byte[] json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(10))
            .header("Content-Type", "application/json")
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofByteArray(json))
            .build());
  }

  Answer get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", authorization)
            .GET()
            .build());
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.uri().toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether the service answers ready. */
  boolean ready() {
    try {
      return get("/q/health/ready").status() == 200;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
