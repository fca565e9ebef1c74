package vn.dunghan.dossier;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * At start-up, enters dossiers written before the report counters existed (migration V7) into them,
 * in batches. A database created at V7 or later has none and this costs one query.
 */
@ApplicationScoped
class ReportBackfill {

  private static final Logger LOG = Logger.getLogger(ReportBackfill.class);
  private static final int BATCH = 500;

  private final DossierService service;

  ReportBackfill(DossierService service) {
    this.service = service;
  }

  void onStart(@Observes StartupEvent event) {
    long done = 0;
    int n;
    while ((n = service.backfillReport(BATCH)) > 0) {
      done += n;
      LOG.infof("report counters: %d earlier dossiers entered so far", done);
    }
  }
}
