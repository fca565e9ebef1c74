package vn.dunghan.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** {@code dvcqg.*}: the push to the national portal (docs/portal.md "Settings"). */
@ConfigMapping(prefix = "dvcqg")
public interface PortalConfig {

  /** Push every dossier change to the portal. Off by default: nothing is queued. */
  @WithDefault("false")
  boolean enabled();

  /**
   * Queue and "push" as if enabled, but only log the envelopes (on in dev mode): what would be
   * sent, without a portal.
   */
  @WithDefault("false")
  boolean dryRun();

  /** Where the session is opened (the credentials are posted). */
  Optional<URI> authUrl();

  /** Where the envelopes are posted. */
  Optional<URI> integrationUrl();

  Optional<String> username();

  Optional<String> password();

  /** The province's agency code on the portal (madonvi), when the portal asks for it. */
  Optional<String> agencyCode();

  /** How long a call to the portal may take. */
  @WithDefault("30s")
  Duration timeout();

  /** Dossiers per {@code DongBoHoSoMC} envelope. */
  @WithDefault("100")
  int batchSize();

  /** Dossiers claimed per run of the push job. */
  @WithDefault("2000")
  int claimLimit();

  /** The wait after a first failure; it doubles with each failure after it. */
  @WithDefault("1m")
  Duration retryInitial();

  /** The longest wait between tries, however often a dossier failed. */
  @WithDefault("1h")
  Duration retryMax();

  /** Whether pushing is on in any form (for real or logged). */
  default boolean queues() {
    return enabled() || dryRun();
  }
}
