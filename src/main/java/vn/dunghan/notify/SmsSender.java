package vn.dunghan.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Map;

/**
 * Sends a text through the configured HTTP SMS gateway ({@link NotifyConfig.Sms}): the body is the
 * configured template with the number, the text, the brandname and the notification's id filled in
 * and escaped for the content type; any 2xx answer is a delivery, anything else is retried by the
 * dispatcher. A 5xx or 429, like no answer, means the gateway is unavailable ({@link IOException}:
 * the dispatcher sends no more texts in that run); another answer refuses this text only.
 */
@ApplicationScoped
class SmsSender {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final NotifyConfig.Sms config;

  SmsSender(NotifyConfig config) {
    this.config = config.sms();
  }

  /** Whether a gateway is configured (SMS notices are queued only then). */
  boolean enabled() {
    return config.url().isPresent();
  }

  void send(long notificationId, String phone, String text)
      throws IOException, Refused, InterruptedException {
    String url =
        config.url().orElseThrow(() -> new IllegalStateException("notify.sms.url is not set"));
    String body = body(notificationId, phone, text);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", config.contentType() + "; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    for (Map.Entry<String, String> h : config.headers().entrySet()) {
      request.header(h.getKey(), h.getValue());
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status / 100 == 5 || status == 429) {
      throw new IOException("SMS gateway answered " + status);
    }
    if (status / 100 != 2) {
      throw new Refused("SMS gateway answered " + status);
    }
  }

  /** The request body for one text, from the template. */
  String body(long notificationId, String phone, String text) {
    boolean form = config.contentType().startsWith("application/x-www-form-urlencoded");
    String to = config.international() && phone.startsWith("0") ? "84" + phone.substring(1) : phone;
    to = to.startsWith("+") ? to.substring(1) : to;
    String message = config.ascii() ? ascii(text) : text;
    return config
        .bodyTemplate()
        .replace("{to}", escape(to, form))
        .replace("{brandname}", escape(config.brandname(), form))
        .replace("{id}", escape(Long.toString(notificationId), form))
        .replace("{text}", escape(message, form));
  }

  /** Vietnamese without diacritics: decomposed, marks dropped, đ/Đ written d/D. */
  static String ascii(String text) {
    String plain =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return plain;
  }

  private static String escape(String value, boolean form) {
    if (form) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
