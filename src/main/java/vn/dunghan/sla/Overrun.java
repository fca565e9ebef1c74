package vn.dunghan.sla;

/**
 * Working days a unit overran on a late dossier: its step's own overrun, or, when no step overran,
 * the whole delay charged to the unit that held the dossier when the time ran out ({@code
 * fallback}). A step held by several officers past its deadline gives one row per officer, each
 * with the days they held it ({@code officer} null: days nobody was assigned).
 */
public record Overrun(
    int ordinal, String unitCode, int days, boolean fallback, String officer, String officerName) {

  public Overrun(int ordinal, String unitCode, int days, boolean fallback) {
    this(ordinal, unitCode, days, fallback, null, null);
  }
}
