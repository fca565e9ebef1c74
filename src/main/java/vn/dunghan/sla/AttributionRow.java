package vn.dunghan.sla;

/**
 * Working days of delay charged to a group (a unit, a step position, a field) over late dossiers
 * resolved in a window: "who caused the delay" with an address (rõ người, rõ việc, rõ trách nhiệm).
 * {@code fallbackDays} is the part charged to a holder because no step overran.
 */
public record AttributionRow(
    String key, String name, long lateDossiers, long overrunWorkingDays, long fallbackDays) {}
