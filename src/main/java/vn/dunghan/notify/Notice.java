package vn.dunghan.notify;

import java.time.LocalDate;

/** What the escalation policy decided for one dossier: a stage and the unit to tell. */
public record Notice(
    long dossierId,
    String dossierCode,
    String procedureCode,
    Stage stage,
    UnitContact unit,
    LocalDate dueDate,
    int overdueWorkingDays) {}
