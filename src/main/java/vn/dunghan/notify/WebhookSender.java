package vn.dunghan.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts a notification as JSON. The receiver checks {@code X-DungHan-Signature: sha256=<hex>}, the
 * HMAC-SHA256 with the shared secret of {@code <X-DungHan-Timestamp>.<body>}, rejects old
 * timestamps, and drops repeats by {@code X-DungHan-Notification-Id} (a retry after a lost answer
 * sends the same id again). The timestamp is the time of this request, retries included. No answer
 * within 10 s, a 5xx or a 429 means the receiver is unavailable ({@link IOException}); another
 * non-2xx answer refuses this one message ({@link Refused}).
 */
@ApplicationScoped
class WebhookSender {

  static final String SIGNATURE = "X-DungHan-Signature";
  static final String TIMESTAMP = "X-DungHan-Timestamp";
  static final String ID = "X-DungHan-Notification-Id";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json;
  private final NotifyConfig config;

  WebhookSender(ObjectMapper json, NotifyConfig config) {
    this.json = json;
    this.config = config;
  }

  void send(long notificationId, String url, Map<String, Object> payload, Instant now)
      throws IOException, Refused, InterruptedException {
    String secret =
        config
            .webhookSecret()
            .orElseThrow(() -> new IllegalStateException("notify.webhook-secret is not set"));
    String body = toJson(payload);
    String timestamp = Long.toString(now.getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=utf-8")
            .header(TIMESTAMP, timestamp)
            .header(ID, Long.toString(notificationId))
            .header(SIGNATURE, "sha256=" + sign(secret, timestamp + "." + body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status / 100 == 5 || status == 429) {
      throw new IOException("webhook answered " + status);
    }
    if (status / 100 != 2) {
      throw new Refused("webhook answered " + status);
    }
  }

  static String sign(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  private String toJson(Map<String, Object> payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
