package vn.dunghan.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.dunghan.unit.UnitsMerged;

/**
 * Hands the open dossiers of merged units to their successor when the merger takes effect, in the
 * transaction that marks the merger done: the unit side knows nothing of dossiers.
 */
@ApplicationScoped
class MergerHandOver {

  private static final Logger LOG = Logger.getLogger(MergerHandOver.class);

  private final DossierService dossiers;

  MergerHandOver(DossierService dossiers) {
    this.dossiers = dossiers;
  }

  void onMerged(@Observes UnitsMerged merger) {
    int passed = dossiers.handOver(merger);
    LOG.infof(
        "merger %d: %d open dossiers of %s passed to %s",
        merger.mergerId(), passed, merger.predecessorCodes(), merger.successorCode());
  }
}
