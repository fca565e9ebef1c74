package vn.dunghan.sla;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import vn.dunghan.unit.Level;

/**
 * Domain gauges for Prometheus: open overdue dossiers per level (an indexed count at each scrape)
 * and when this replica last finished an SLA scan (take the max over replicas).
 */
@Startup
@ApplicationScoped
public class SlaGauges {

  private final EntityManager em;
  private final Clock clock;
  private final AtomicLong lastScan = new AtomicLong();

  SlaGauges(MeterRegistry registry, EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
    for (Level level : Level.values()) {
      Gauge.builder("dunghan.dossiers.overdue", () -> overdue(level))
          .tag("level", level.name())
          .description("Open dossiers past their due date")
          .register(registry);
    }
    Gauge.builder("dunghan.sla.scan.last.success", lastScan::get)
        .description("Epoch seconds of the last completed SLA scan on this replica")
        .register(registry);
  }

  void scanned() {
    lastScan.set(clock.instant().getEpochSecond());
  }

  private double overdue(Level level) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from dossier where status = 'IN_PROGRESS'"
                                    + " and due_date < :today and level = :level")
                            .setParameter("today", Date.valueOf(LocalDate.now(clock)))
                            .setParameter("level", level.name())
                            .getSingleResult())
                    .doubleValue());
  }
}
