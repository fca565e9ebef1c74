package vn.dunghan.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counters of deliveries for Prometheus: sent, failed for good, retried. */
@ApplicationScoped
class NotificationMetrics {

  private final Counter sent;
  private final Counter failed;
  private final Counter retried;

  NotificationMetrics(MeterRegistry registry) {
    sent = Counter.builder("dunghan.notifications.sent").register(registry);
    failed = Counter.builder("dunghan.notifications.failed").register(registry);
    retried = Counter.builder("dunghan.notifications.retried").register(registry);
  }

  void sent() {
    sent.increment();
  }

  void failed() {
    failed.increment();
  }

  void retried() {
    retried.increment();
  }
}
