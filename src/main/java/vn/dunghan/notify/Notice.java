package vn.dunghan.notify;

import java.time.LocalDate;

/**
 * What the escalation policy decided for one dossier: a stage and the unit to tell, with the unit
 * holding the dossier and the officer handling its step (null: nobody assigned) as the address of
 * the delay.
 */
public record Notice(
    long dossierId,
    String dossierCode,
    String procedureCode,
    Stage stage,
    UnitContact unit,
    LocalDate dueDate,
    int overdueWorkingDays,
    UnitContact holder,
    String handlerName) {}
