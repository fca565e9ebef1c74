package vn.dunghan.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * A merger whose effective day has come: the dossier side hands the predecessors' open dossiers to
 * the successor (in the same transaction) and marks the merger handed over.
 */
public record UnitsMerged(
    long mergerId,
    List<String> predecessorCodes,
    String successorCode,
    LocalDate effectiveOn,
    String reason) {}
