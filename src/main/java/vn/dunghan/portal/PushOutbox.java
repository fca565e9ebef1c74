package vn.dunghan.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import vn.dunghan.dossier.DossiersSettled;

/**
 * Every dossier change, from any source, goes into the push outbox in the transaction that made it:
 * if that commits, the portal will hear of it, however long the portal is away.
 */
@ApplicationScoped
class PushOutbox {

  private final PortalStore store;
  private final PortalConfig config;
  private final Clock clock;

  PushOutbox(PortalStore store, PortalConfig config, Clock clock) {
    this.store = store;
    this.config = config;
    this.clock = clock;
  }

  void onSettled(@Observes DossiersSettled settled) {
    if (config.queues() && !settled.changedDossiers().isEmpty()) {
      store.enqueue(settled.changedDossiers(), clock.instant());
    }
  }
}
