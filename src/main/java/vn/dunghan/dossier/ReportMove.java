package vn.dunghan.dossier;

/**
 * What a change of one dossier does to the periodic report: its timeline of report stages went from
 * {@code before} (null for a dossier the report has not seen) to {@code after}, under its handling
 * unit, field and channel. The report's counters are derived from these moves.
 */
public record ReportMove(
    String unitCode,
    String fieldCode,
    boolean online,
    ReportTimeline before,
    ReportTimeline after) {}
