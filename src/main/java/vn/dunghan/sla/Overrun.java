package vn.dunghan.sla;

/**
 * Working days a unit overran on a late dossier: its step's own overrun, or, when no step overran,
 * the whole delay charged to the unit that held the dossier when the time ran out ({@code
 * fallback}).
 */
public record Overrun(int ordinal, String unitCode, int days, boolean fallback) {}
