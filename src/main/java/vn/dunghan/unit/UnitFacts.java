package vn.dunghan.unit;

import java.time.LocalDate;

/**
 * A unit as the other domains read it on every request (intake checks, ledgers, escalation chains):
 * immutable, shared between requests by {@link UnitDirectory}.
 */
public record UnitFacts(
    String code,
    String name,
    UnitKind kind,
    Level level,
    String parentCode,
    String path,
    Head head,
    String webhookUrl,
    LocalDate validFrom,
    LocalDate validTo,
    String successorCode,
    String agencyId) {

  /** Whether the unit exists on {@code day}. */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }
}
