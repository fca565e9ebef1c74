package vn.dunghan.sla;

import java.time.LocalDate;

/**
 * A resolved dossier as the on-time rates count it: when, by which unit, for what, and how timely.
 */
public record ResolutionFact(
    LocalDate day,
    String unitCode,
    String procedureCode,
    String fieldCode,
    Timeliness timeliness) {}
