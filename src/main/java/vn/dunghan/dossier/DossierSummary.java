package vn.dunghan.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dunghan.sla.SlaState;
import vn.dunghan.sla.Timeliness;
import vn.dunghan.unit.Level;

/** A dossier in a list: no personal data at all. */
public record DossierSummary(
    String code,
    String procedureCode,
    String fieldCode,
    Level level,
    String handlingUnitCode,
    String holdingUnitCode,
    Channel channel,
    OffsetDateTime receivedAt,
    DossierStatus status,
    LocalDate dueDate,
    LocalDate appointmentDate,
    OffsetDateTime resolvedAt,
    Timeliness timeliness,
    SlaState slaState) {}
