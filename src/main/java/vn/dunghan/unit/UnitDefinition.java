package vn.dunghan.unit;

import java.time.LocalDate;

/** A unit's attributes after the request's codes were resolved to units. */
record UnitDefinition(
    String name,
    UnitKind kind,
    Level level,
    AdministrativeUnit parent,
    Head head,
    String webhookUrl,
    LocalDate validFrom,
    LocalDate validTo,
    AdministrativeUnit successor,
    String agencyId,
    boolean demo) {}
