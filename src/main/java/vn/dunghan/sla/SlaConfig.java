package vn.dunghan.sla;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of deadline monitoring ({@code sla.*}). */
@ConfigMapping(prefix = "sla")
public interface SlaConfig {

  /** An open dossier is DUE_SOON when at most this many working days remain. */
  @WithDefault("1")
  int dueSoonWorkingDays();
}
