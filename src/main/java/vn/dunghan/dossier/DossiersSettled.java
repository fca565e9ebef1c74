package vn.dunghan.dossier;

import java.util.List;

/**
 * Fired synchronously, inside the transaction that changed them, once the dossiers of a write (an
 * intake, an event, a sync batch, a calendar recomputation, a backfill) are settled and written:
 * what the changes do to the periodic report. The report's counters observe it and commit with the
 * dossiers, in one statement per transaction; the dossier domain never calls the report.
 */
public record DossiersSettled(List<ReportMove> reportMoves) {}
