package vn.dunghan.dossier;

import java.time.LocalDate;
import vn.dunghan.sla.SlaState;
import vn.dunghan.unit.Level;

/** The filters of the dossier list; null fields do not filter. */
public record DossierFilter(
    String unitCode,
    Level level,
    String fieldCode,
    String procedureCode,
    DossierStatus status,
    SlaState slaState,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    String withinPath) {

  /** The same filter limited to dossiers handled or held by units under {@code path}. */
  DossierFilter within(String path) {
    return new DossierFilter(
        unitCode,
        level,
        fieldCode,
        procedureCode,
        status,
        slaState,
        receivedFrom,
        receivedTo,
        path);
  }

  DossierFilter forUnit(String unit) {
    return new DossierFilter(
        unit,
        level,
        fieldCode,
        procedureCode,
        status,
        slaState,
        receivedFrom,
        receivedTo,
        withinPath);
  }
}
