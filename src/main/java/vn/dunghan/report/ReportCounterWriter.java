package vn.dunghan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.dunghan.dossier.DossiersSettled;
import vn.dunghan.dossier.ReportMove;

/**
 * Keeps the report counters in step with the dossiers: each settled write moves them, in the same
 * transaction and in one multi-row statement (ReportLedger). Intake never waits on reporting beyond
 * that statement.
 */
@ApplicationScoped
class ReportCounterWriter {

  private final ReportLedger ledger;

  ReportCounterWriter(ReportLedger ledger) {
    this.ledger = ledger;
  }

  void onSettled(@Observes DossiersSettled settled) {
    if (settled.reportMoves().isEmpty()) {
      return;
    }
    ReportLedger.Changes changes = ledger.changes();
    for (ReportMove move : settled.reportMoves()) {
      changes.move(move.unitCode(), move.fieldCode(), move.online(), move.before(), move.after());
    }
    changes.write();
  }
}
