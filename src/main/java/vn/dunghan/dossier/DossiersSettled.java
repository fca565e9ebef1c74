package vn.dunghan.dossier;

import java.util.List;

/**
 * Fired synchronously, inside the transaction that changed them, once the dossiers of a write (an
 * intake, an event, a sync batch, a calendar recomputation, a backfill) are settled and written:
 * what the changes do to the periodic report, and which dossiers changed. The report's counters and
 * the portal's push outbox observe it and commit with the dossiers, in one statement each per
 * transaction; the dossier domain never calls them.
 *
 * @param changedDossiers the ids of the dossiers whose state changed (a backfill changes none)
 */
public record DossiersSettled(List<ReportMove> reportMoves, List<Long> changedDossiers) {}
