package vn.dunghan.sla;

import java.time.LocalDate;

/**
 * What the escalation decision reads of an open, running dossier: the small value a dossier exposes
 * so that the SLA side decides its notices without knowing the aggregate. {@code id} is 0 for a
 * dossier not yet written (its notices get the id with {@link SlaMonitor.Decision#forDossier}).
 */
public record WatchedDossier(
    long id,
    String code,
    String procedureCode,
    String holdingUnitCode,
    LocalDate dueDate,
    String notifiedState,
    int escalationLevel,
    String handlerName) {}
