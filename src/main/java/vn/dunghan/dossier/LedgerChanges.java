package vn.dunghan.dossier;

import vn.dunghan.report.ReportLedger;
import vn.dunghan.sla.SlaLedger;

/**
 * What one transaction's dossier changes do to the derived tables: the SLA ledger (resolution
 * counters, overruns) and the report counters. Written together once the dossiers are.
 */
final class LedgerChanges {

  final SlaLedger.Changes sla;
  final ReportLedger.Changes report;

  LedgerChanges(SlaLedger.Changes sla, ReportLedger.Changes report) {
    this.sla = sla;
    this.report = report;
  }

  void report(Dossier.ReportMove move) {
    if (move != null) {
      report.move(move.unitCode(), move.fieldCode(), move.online(), move.before(), move.after());
    }
  }

  void write() {
    sla.write();
    report.write();
  }
}
