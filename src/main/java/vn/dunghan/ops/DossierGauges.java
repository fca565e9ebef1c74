package vn.dunghan.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import vn.dunghan.dossier.DossierStatus;
import vn.dunghan.unit.Level;

/**
 * Open dossiers per administrative level, for Prometheus: the work in hand that the overdue gauge
 * ({@code dunghan_dossiers_overdue}) is a part of. Counted at each scrape from the database, so
 * every replica reports the same figure (take one, not the sum). "Open" is what the dossier's
 * status calls open ({@link DossierStatus#open()}): in progress, awaiting a supplement or
 * suspended.
 */
@Startup
@ApplicationScoped
public class DossierGauges {

  private static final List<String> OPEN =
      Arrays.stream(DossierStatus.values()).filter(DossierStatus::open).map(Enum::name).toList();

  private final EntityManager em;

  DossierGauges(MeterRegistry registry, EntityManager em) {
    this.em = em;
    for (Level level : Level.values()) {
      Gauge.builder("dunghan.dossiers.open", () -> open(level))
          .tag("level", level.name())
          .description("Dossiers not yet resolved, withdrawn or rejected")
          .register(registry);
    }
  }

  private double open(Level level) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from dossier"
                                    + " where status in (:open) and level = :level")
                            .setParameter("open", OPEN)
                            .setParameter("level", level.name())
                            .getSingleResult())
                    .doubleValue());
  }
}
