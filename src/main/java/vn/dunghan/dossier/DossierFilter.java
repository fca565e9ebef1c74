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
    LocalDate receivedTo) {}
